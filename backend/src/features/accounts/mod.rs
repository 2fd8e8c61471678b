//! Sign-up, log-in, log-out and password reset.

pub mod invitations;
pub mod signup;

pub use signup::{sign_up, verify_email, VERIFY_TOKEN_LIFETIME};

use crate::db::begin_write;
use crate::model::user::{find_by_email, grant_role, insert_user, mark_verified, Address};
use crate::model::{password_reset, user};
use crate::platform::tokens::{self, EmailedToken};
use crate::platform::{audit, mail_texts, outbox, rate_limits, sessions};
use crate::secrets::{hash_password, verify_password};
use crate::ServiceError;
use chrono::{Duration, Utc};
use domain::account::{parse_display_name, Email, Password, Role};
use domain::lang::Lang;
use domain::{FieldErrors, Noun, Problem, Refusal};

use sea_orm::{entity::prelude::*, ActiveValue::Set, TransactionTrait};

pub const RESET_TOKEN_LIFETIME: Duration = Duration::hours(1);

pub struct SignUp<'a> {
    pub display_name: &'a str,
    pub email: &'a str,
    pub password: &'a str,
    /// The language the form was shown in: their emails will be written in it.
    pub lang: Lang,
}

/// Remembers the language `user_id` chose with the switcher.
pub async fn set_language(
    db: &DatabaseConnection,
    user_id: Uuid,
    lang: Lang,
) -> Result<(), ServiceError> {
    user::set_language(db, user_id, lang).await?;
    Ok(())
}

/// The language `user_id` chose, if they ever did (put back into the browser at log-in).
pub async fn language_of(
    db: &impl ConnectionTrait,
    user_id: Uuid,
) -> Result<Option<Lang>, ServiceError> {
    Ok(user::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .and_then(|u| u.language.map(|c| c.0)))
}

/// Checks the credentials; the same refusal for an unknown email and a wrong password.
/// The right password of an account whose address was never proved gets the sign-up
/// link again and a refusal that says so (only someone who knows the password learns
/// that the account waits for its link).
pub async fn authenticate(
    db: &DatabaseConnection,
    email: &str,
    password: &str,
    ip: &str,
    public_url: &str,
) -> Result<Uuid, ServiceError> {
    let mut errors = FieldErrors::new();
    let parsed = errors.check("email", Email::parse(email));
    if password.is_empty() {
        errors.add(
            "password",
            Problem::Required {
                field: Noun::Password,
            },
        );
    }
    let Some(email) = parsed.filter(|_| errors.is_empty()) else {
        return Err(ServiceError::Invalid(errors));
    };
    rate_limits::hit(db, &format!("login:ip:{ip}"), rate_limits::LOGIN_PER_IP).await?;
    // Wrong guesses lock out the guesser's address, not the account: the owner logging
    // in from elsewhere is not locked out. A looser limit per account alone still stops
    // guessing spread over many addresses.
    rate_limits::hit(
        db,
        &format!("login:email:{email}"),
        rate_limits::LOGIN_PER_EMAIL,
    )
    .await?;
    let email_key = format!("login:email-ip:{email}:{ip}");
    rate_limits::hit(db, &email_key, rate_limits::LOGIN_PER_EMAIL_AND_IP).await?;
    let found = find_by_email(db, &email).await?;
    let stored = found.as_ref().and_then(|u| u.password_hash.clone());
    if verify_password(password, stored).await? {
        rate_limits::clear(db, &email_key).await?;
        let account =
            found.ok_or_else(|| ServiceError::field("password", Problem::BadCredentials))?;
        if account.email_verified_at.is_none() {
            return Err(signup::resend(db, &account, ip, public_url).await?);
        }
        Ok(account.id)
    } else {
        Err(ServiceError::field("password", Problem::BadCredentials))
    }
}

/// Queues a reset link if the account exists; answers the same either way.
pub async fn request_reset(
    db: &DatabaseConnection,
    email: &str,
    ip: &str,
    public_url: &str,
) -> Result<(), ServiceError> {
    let email = Email::parse(email).map_err(|m| ServiceError::field("email", m))?;
    rate_limits::hit(db, &format!("reset:ip:{ip}"), rate_limits::RESET_PER_IP).await?;
    rate_limits::hit(
        db,
        &format!("reset:email:{email}"),
        rate_limits::RESET_PER_EMAIL,
    )
    .await?;
    let Some(user) = find_by_email(db, &email).await? else {
        return Ok(());
    };
    let token = EmailedToken::issue(RESET_TOKEN_LIFETIME);
    let now = Utc::now();
    let txn = begin_write(db).await?;
    password_reset::ActiveModel {
        token_hash: Set(token.hash.clone()),
        user_id: Set(user.id),
        created_at: Set(now),
        expires_at: Set(token.expires_at),
        used_at: Set(None),
    }
    .insert(&txn)
    .await?;
    let mail = mail_texts::password_reset(
        user.lang(),
        &user.display_name,
        &token.link(public_url, "/reset-password"),
    );
    outbox::enqueue(&txn, &user.email, &mail.subject, &mail.body).await?;
    txn.commit().await?;
    Ok(())
}

/// The unused, unexpired reset row for `token`, or the "link expired" refusal.
async fn open_reset(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<password_reset::Model, ServiceError> {
    let now = Utc::now();
    password_reset::Entity::find_by_id(tokens::hash_of(token))
        .one(db)
        .await?
        .filter(|r| r.used_at.is_none() && r.expires_at > now)
        .ok_or(ServiceError::Refused(Refusal::ResetLinkExpired))
}

/// Sets a new password from a single-use, expiring token and ends every session of the
/// account (whoever had the old password is logged out).
pub async fn reset_password(
    db: &DatabaseConnection,
    token: &str,
    new_password: &str,
    ip: &str,
) -> Result<Uuid, ServiceError> {
    rate_limits::hit(
        db,
        &format!("reset-use:ip:{ip}"),
        rate_limits::RESET_USE_PER_IP,
    )
    .await?;
    let password = Password::parse(new_password).map_err(|m| ServiceError::field("password", m))?;
    // The token is checked before the (memory-hungry) hash: a request without a live
    // link costs one indexed read.
    open_reset(db, token).await?;
    let hash = hash_password(password.expose()).await?;
    let txn = begin_write(db).await?;
    let now = Utc::now();
    // Again under the write lock: the same link may be used twice at once.
    let reset = open_reset(&txn, token).await?;
    // This link and every other open one of the account end here: an older email
    // must not reset the password again.
    password_reset::Entity::update_many()
        .col_expr(password_reset::Column::UsedAt, Expr::value(now))
        .filter(password_reset::Column::UserId.eq(reset.user_id))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, Expr::value(hash))
        .filter(user::Column::Id.eq(reset.user_id))
        .exec(&txn)
        .await?;
    sessions::end_all_for_user(&txn, reset.user_id).await?;
    audit::record(
        &txn,
        Some(reset.user_id),
        "user.password_reset",
        &format!("user:{}", reset.user_id),
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(reset.user_id)
}

/// Bootstraps an account from the command line (`pitchline user create`). An existing
/// account gets the roles added and keeps its password. Whoever runs the command vouches
/// for the address: the account counts as proved.
pub async fn create_or_grant(
    db: &DatabaseConnection,
    email: &str,
    display_name: &str,
    password: &str,
    roles: &[Role],
) -> Result<(Uuid, bool), ServiceError> {
    let email = Email::parse(email).map_err(|m| ServiceError::field("email", m))?;
    if let Some(existing) = find_by_email(db, &email).await? {
        let txn = db.begin().await?;
        for role in roles {
            grant_role(&txn, existing.id, *role).await?;
        }
        mark_verified(&txn, existing.id).await?;
        txn.commit().await?;
        return Ok((existing.id, false));
    }
    let name =
        parse_display_name(display_name).map_err(|m| ServiceError::field("display_name", m))?;
    let password = Password::parse(password).map_err(|m| ServiceError::field("password", m))?;
    let hash = hash_password(password.expose()).await?;
    let txn = begin_write(db).await?;
    let id = insert_user(&txn, &email, &name, hash, roles, Address::Verified).await?;
    audit::record(
        &txn,
        None,
        "user.create",
        &format!("user:{id}"),
        email.as_str(),
    )
    .await?;
    txn.commit().await?;
    Ok((id, true))
}
