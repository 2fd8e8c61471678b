//! Long form errors kept out of URLs: the error of a failed plain form post (with what
//! was typed) waits here under a short random id for `LIFETIME`, and the URL that sends
//! the browser back to the form carries `~<id>` instead. Any instance can answer the
//! next request: the row is in the shared database.

use crate::model::form_error;
use crate::secrets::new_token;
use crate::ServiceError;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{entity::prelude::*, ActiveValue::Set};

/// As long as the browser may show the error (the binding cookie's lifetime).
pub const LIFETIME: Duration = Duration::minutes(10);

/// Keeps `payload` and returns its id.
pub async fn stash(db: &DatabaseConnection, payload: &str) -> Result<String, ServiceError> {
    let id = new_token();
    form_error::ActiveModel {
        id: Set(id.clone()),
        payload: Set(payload.to_string()),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(id)
}

/// The payload kept under `id`, while it is fresh (a reload shows the error again).
pub async fn fetch(db: &DatabaseConnection, id: &str) -> Result<Option<String>, ServiceError> {
    let found = form_error::Entity::find_by_id(id.to_string())
        .one(db)
        .await?;
    Ok(found
        .filter(|f| f.created_at > Utc::now() - LIFETIME)
        .map(|f| f.payload))
}

/// Removes what is past its lifetime; run periodically by the server.
pub async fn purge_stale(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<u64, ServiceError> {
    let done = form_error::Entity::delete_many()
        .filter(form_error::Column::CreatedAt.lt(now - LIFETIME))
        .exec(db)
        .await?;
    Ok(done.rows_affected)
}
