//! Database-backed sessions: any instance can serve any request.

use crate::model::{session, user, user_role};
use crate::secrets::{new_token, token_hash};
use crate::ServiceError;
use chrono::Utc;
use domain::account::Role;
use domain::session::{SessionPolicy, SessionState};
use sea_orm::sea_query::ExprTrait;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, QueryOrder};
use wire::CurrentUser;

pub const COOKIE_NAME: &str = "pitchline_session";

#[derive(Clone, Debug)]
pub struct SessionUser {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub roles: Vec<Role>,
}

impl From<SessionUser> for CurrentUser {
    fn from(u: SessionUser) -> Self {
        CurrentUser {
            id: u.id,
            email: u.email,
            display_name: u.display_name,
            roles: u.roles,
        }
    }
}

pub fn token_from_headers(headers: &http::HeaderMap) -> Option<String> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE_NAME)
        .map(|(_, value)| value.to_string())
        .filter(|v| !v.is_empty())
}

pub fn cookie(token: &str, policy: &SessionPolicy, secure: bool) -> String {
    format!(
        "{COOKIE_NAME}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{}",
        policy.absolute_timeout.num_seconds(),
        if secure { "; Secure" } else { "" }
    )
}

pub fn clearing_cookie(secure: bool) -> String {
    format!(
        "{COOKIE_NAME}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{}",
        if secure { "; Secure" } else { "" }
    )
}

/// Starts a session and returns the cookie token (only its hash is stored).
pub async fn create(db: &impl ConnectionTrait, user_id: Uuid) -> Result<String, ServiceError> {
    let token = new_token();
    let now = Utc::now();
    session::ActiveModel {
        id: Set(token_hash(&token)),
        user_id: Set(user_id),
        created_at: Set(now),
        last_seen_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(token)
}

pub async fn end(db: &impl ConnectionTrait, token: &str) -> Result<(), ServiceError> {
    session::Entity::delete_by_id(token_hash(token))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn end_all_for_user(
    db: &impl ConnectionTrait,
    user_id: Uuid,
) -> Result<(), ServiceError> {
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn lookup(
    db: &DatabaseConnection,
    policy: &SessionPolicy,
    token: &str,
) -> Result<Option<SessionUser>, ServiceError> {
    let Some(found) = session::Entity::find_by_id(token_hash(token))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let now = Utc::now();
    match policy.check(found.created_at, found.last_seen_at, now) {
        SessionState::Expired => {
            session::Entity::delete_by_id(found.id).exec(db).await?;
            return Ok(None);
        }
        SessionState::Valid { touch: true } => {
            session::Entity::update_many()
                .col_expr(session::Column::LastSeenAt, Expr::value(now))
                .filter(session::Column::Id.eq(found.id.clone()))
                .exec(db)
                .await?;
        }
        SessionState::Valid { touch: false } => {}
    }
    load_user(db, found.user_id).await
}

pub async fn load_user(
    db: &impl ConnectionTrait,
    user_id: Uuid,
) -> Result<Option<SessionUser>, ServiceError> {
    let Some(user) = user::Entity::find_by_id(user_id).one(db).await? else {
        return Ok(None);
    };
    let roles = roles_of(db, user_id).await?;
    Ok(Some(SessionUser {
        id: user.id,
        email: user.email,
        display_name: user.display_name,
        roles,
    }))
}

pub async fn roles_of(db: &impl ConnectionTrait, user_id: Uuid) -> Result<Vec<Role>, ServiceError> {
    let rows = user_role::Entity::find()
        .filter(user_role::Column::UserId.eq(user_id))
        .order_by_asc(user_role::Column::Role)
        .all(db)
        .await?;
    Ok(rows.iter().map(|r| r.role.0).collect())
}

/// Removes sessions past their absolute lifetime; run periodically by the server.
pub async fn purge_expired(
    db: &DatabaseConnection,
    policy: &SessionPolicy,
) -> Result<u64, ServiceError> {
    let now = Utc::now();
    let result = session::Entity::delete_many()
        .filter(
            session::Column::CreatedAt
                .lt(now - policy.absolute_timeout)
                .or(session::Column::LastSeenAt.lt(now - policy.idle_timeout)),
        )
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}
