//! How accounts are named to other people (agreements, shared pipeline stages).

use crate::model::{investor_profile, need_organisation, user};
use crate::ServiceError;
use sea_orm::{entity::prelude::*, ConnectionTrait};
use std::collections::HashMap;

/// The organisation each account speaks for: a corporate's organisation, else an
/// investor's firm (typed names: see `user::Model::proved_domain` for what backs them).
pub async fn organisations(
    db: &impl ConnectionTrait,
    ids: Vec<Uuid>,
) -> Result<HashMap<Uuid, String>, ServiceError> {
    let mut orgs: HashMap<Uuid, String> = investor_profile::Entity::find()
        .filter(investor_profile::Column::UserId.is_in(ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .filter(|p| !p.firm.trim().is_empty())
        .map(|p| (p.user_id, p.firm))
        .collect();
    orgs.extend(
        need_organisation::Entity::find()
            .filter(need_organisation::Column::UserId.is_in(ids.clone()))
            .all(db)
            .await?
            .into_iter()
            .map(|o| (o.user_id, o.name)),
    );
    Ok(orgs)
}

/// Accounts as other people read them: "Name (organisation or firm · @domain)", the
/// domain being the company mail domain the account proved. Organisation and firm names
/// are typed and cannot contain "@", so only a proved domain carries one.
pub async fn labels(
    db: &impl ConnectionTrait,
    ids: Vec<Uuid>,
) -> Result<HashMap<Uuid, String>, ServiceError> {
    let orgs = organisations(db, ids.clone()).await?;
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| {
            // The proved company domain backs the organisation's name, which anyone
            // may type.
            let org = match (orgs.get(&u.id), u.proved_domain()) {
                (Some(org), Some(domain)) => Some(format!("{org} · @{domain}")),
                (Some(org), None) => Some(org.clone()),
                (None, domain) => domain.map(|d| format!("@{d}")),
            };
            let label = match org {
                Some(org) => format!("{} ({org})", u.display_name),
                None => u.display_name.clone(),
            };
            (u.id, label)
        })
        .collect())
}
