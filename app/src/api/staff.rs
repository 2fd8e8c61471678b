use crate::error::AppError;
use leptos::prelude::*;
use wire::{AuditPage, OutboxPage};

#[cfg(feature = "ssr")]
use crate::notice::Notice;
#[cfg(feature = "ssr")]
use crate::server::ctx::run;
#[cfg(feature = "ssr")]
use backend::features::accounts::invitations;
#[cfg(feature = "ssr")]
use backend::platform::{audit, outbox};
#[cfg(feature = "ssr")]
use domain::policy::Permission;

#[server(endpoint = "staff/invite")]
pub async fn invite_user(email: String, role: String) -> Result<(), AppError> {
    let (email, role) = (&email, &role);
    run(|ctx| async move {
        let staff = ctx.require(Permission::InviteUsers).await?;
        invitations::invite(
            ctx.db(),
            staff.id,
            email,
            role,
            &ctx.state.config.public_url,
            ctx.lang(),
        )
        .await?;
        ctx.redirect_with("/staff/outbox", Notice::StaffInvited);
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&[("email", email), ("role", role)]))
}

#[server(endpoint = "staff/outbox")]
pub async fn outbox(page: u64) -> Result<OutboxPage, AppError> {
    run(|ctx| async move {
        ctx.require(Permission::ReadOutbox).await?;
        let config = &ctx.state.config;
        outbox::list(
            ctx.db(),
            page,
            config.smtp_url.is_some(),
            &config.public_url,
        )
        .await
    })
    .await
}

/// A page of the audit log with its filters (who, action, days: the GET form's values).
#[server(endpoint = "staff/audit")]
pub async fn audit_log(
    #[server(default)] page: u64,
    #[server(flatten)] filter: domain::audit::AuditQuery,
) -> Result<AuditPage, AppError> {
    let kept = filter.clone();
    run(|ctx| async move {
        ctx.require(Permission::ReadAuditLog).await?;
        audit::list(ctx.db(), page, &filter).await
    })
    .await
    .map_err(|e| e.keeping(&kept.pairs()))
}
