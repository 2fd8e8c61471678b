//! Staff invite investors and staff by an emailed, single-use, expiring link.

use crate::db::begin_write;
use crate::model::codec::Coded;
use crate::model::user::{find_by_email, grant_role, insert_user, Address};
use crate::model::{invitation, user};
use crate::platform::tokens::{self, EmailedToken};
use crate::platform::{audit, mail_texts, outbox};
use crate::secrets::{hash_password, verify_password};
use crate::ServiceError;
use chrono::{Duration, Utc};
use domain::account::{parse_display_name, Email, Password, Role};
use domain::lang::Lang;
use domain::policy::invitable;
use domain::{FieldErrors, Problem, Refusal};
use sea_orm::{entity::prelude::*, ActiveValue::Set};
use wire::InvitationView;

pub const INVITATION_LIFETIME: Duration = Duration::days(7);

/// Emails an invitation to `email`, written in the language the person already chose if
/// the address has an account, else in `lang`, the language of the page it was sent from.
pub async fn invite(
    db: &DatabaseConnection,
    actor: Uuid,
    email: &str,
    role: &str,
    public_url: &str,
    lang: Lang,
) -> Result<(), ServiceError> {
    let mut errors = FieldErrors::new();
    let email = errors.check("email", Email::parse(email));
    let role = errors.check(
        "role",
        role.parse::<Role>().and_then(|r| {
            if invitable(r) {
                Ok(r)
            } else {
                Err(Problem::FoundersSignUp)
            }
        }),
    );
    let (Some(email), Some(role)) = (email, role) else {
        return Err(ServiceError::Invalid(errors));
    };
    let inviter = user::Entity::find_by_id(actor)
        .one(db)
        .await?
        .ok_or(ServiceError::Unauthenticated)?;
    let lang = find_by_email(db, &email)
        .await?
        .and_then(|u| u.language)
        .map_or(lang, |c| c.0);
    let token = EmailedToken::issue(INVITATION_LIFETIME);
    let now = Utc::now();
    let txn = begin_write(db).await?;
    let id = Uuid::new_v4();
    invitation::ActiveModel {
        id: Set(id),
        token_hash: Set(token.hash.clone()),
        email: Set(email.as_str().to_string()),
        role: Set(Coded(role)),
        invited_by: Set(Some(actor)),
        created_at: Set(now),
        expires_at: Set(token.expires_at),
        accepted_at: Set(None),
    }
    .insert(&txn)
    .await?;
    let mail = mail_texts::invitation(
        lang,
        &inviter.display_name,
        role,
        &token.link(public_url, "/invitation"),
    );
    outbox::enqueue(&txn, email.as_str(), &mail.subject, &mail.body).await?;
    audit::record(
        &txn,
        Some(actor),
        "invitation.create",
        &format!("invitation:{id}"),
        &format!("{} as {}", email, role),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

async fn open(
    db: &impl sea_orm::ConnectionTrait,
    token: &str,
) -> Result<invitation::Model, ServiceError> {
    let now = Utc::now();
    invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(tokens::hash_of(token)))
        .one(db)
        .await?
        .filter(|i| i.accepted_at.is_none() && i.expires_at > now)
        .ok_or(ServiceError::Refused(Refusal::InvitationExpired))
}

pub async fn view(db: &DatabaseConnection, token: &str) -> Result<InvitationView, ServiceError> {
    let invite = open(db, token).await?;
    let email = Email::parse(&invite.email).map_err(|p| ServiceError::stored("email", p))?;
    let role = invite.role.0;
    Ok(InvitationView {
        existing_account: find_by_email(db, &email).await?.is_some(),
        email: invite.email,
        role,
    })
}

/// Accepts an invitation: a new person chooses a name and password; someone who already
/// has an account proves it with their password and gains the role. A new account
/// writes its emails in `lang`, the language of the page it was made on.
pub async fn accept(
    db: &DatabaseConnection,
    token: &str,
    display_name: &str,
    password: &str,
    lang: Lang,
) -> Result<Uuid, ServiceError> {
    let invite = open(db, token).await?;
    let email = Email::parse(&invite.email).map_err(|p| ServiceError::stored("email", p))?;
    let role: Role = invite.role.0;
    let existing = find_by_email(db, &email).await?;
    let new_hash = match &existing {
        Some(account) => {
            if !verify_password(password, account.password_hash.clone()).await? {
                return Err(ServiceError::field("password", Problem::NotYourPassword));
            }
            None
        }
        None => {
            let mut errors = FieldErrors::new();
            let name = errors.check("display_name", parse_display_name(display_name));
            let password = errors.check("password", Password::parse(password));
            let (Some(name), Some(password)) = (name, password) else {
                return Err(ServiceError::Invalid(errors));
            };
            Some((name, hash_password(password.expose()).await?))
        }
    };
    let txn = begin_write(db).await?;
    // Re-read under the write lock so one link cannot be used twice concurrently.
    let invite = open(&txn, token).await?;
    let user_id = match (existing, new_hash) {
        (Some(account), _) => {
            grant_role(&txn, account.id, role).await?;
            // The link reached this address: that proves it.
            user::mark_verified(&txn, account.id).await?;
            account.id
        }
        (None, Some((name, hash))) => {
            let id = insert_user(&txn, &email, &name, hash, &[role], Address::Verified).await?;
            user::set_language(&txn, id, lang).await?;
            id
        }
        (None, None) => {
            return Err(ServiceError::Internal(
                "new account without a password".into(),
            ))
        }
    };
    let mut accepted: invitation::ActiveModel = invite.clone().into();
    accepted.accepted_at = Set(Some(Utc::now()));
    accepted.update(&txn).await?;
    audit::record(
        &txn,
        Some(user_id),
        "invitation.accept",
        &format!("invitation:{}", invite.id),
        role.as_str(),
    )
    .await?;
    txn.commit().await?;
    Ok(user_id)
}
