//! Founder self-sign-up with a proved address (issue 13, items 9 and 10).
//!
//! Whatever the address, sign-up answers the same: "check your inbox". A new address
//! gets an account that cannot log in yet and a single-use, expiring link; opening it
//! proves the address and logs the person in. An address with a proved account gets an
//! email saying someone tried to sign up with it (log in or reset instead); an address
//! whose account was never proved takes the newest sign-up's name and password and a
//! fresh link (older links end), so whoever reads that inbox finishes the latest one.
//! The password is hashed on every path, so the answer takes as long either way.

use super::SignUp;
use crate::db::begin_write;
use crate::model::email_verification;
use crate::model::user::{self, find_by_email, insert_user, Address};
use crate::platform::tokens::{self, EmailedToken};
use crate::platform::{audit, mail_texts, outbox, rate_limits};
use crate::secrets::hash_password;
use crate::ServiceError;
use chrono::{Duration, Utc};
use domain::account::{parse_display_name, Email, Password, Role};
use domain::{FieldErrors, Refusal};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait};

/// How long a sign-up link stays valid.
pub const VERIFY_TOKEN_LIFETIME: Duration = Duration::hours(24);

/// Counts one sign-up email to `email` from `ip` (the link, the "someone tried" note and
/// the link sent again at log-in all count).
async fn count_mail(db: &DatabaseConnection, email: &Email, ip: &str) -> Result<(), ServiceError> {
    rate_limits::hit(
        db,
        &format!("signup-mail:ip:{ip}"),
        rate_limits::SIGNUP_MAILS_PER_IP,
    )
    .await?;
    rate_limits::hit(
        db,
        &format!("signup-mail:email:{email}"),
        rate_limits::SIGNUP_MAILS_PER_EMAIL,
    )
    .await
}

/// Ends every open link of `user_id` and queues a fresh one to their address.
async fn send_link(
    txn: &impl ConnectionTrait,
    account: &user::Model,
    public_url: &str,
) -> Result<(), ServiceError> {
    let now = Utc::now();
    email_verification::Entity::update_many()
        .col_expr(email_verification::Column::UsedAt, Expr::value(now))
        .filter(email_verification::Column::UserId.eq(account.id))
        .filter(email_verification::Column::UsedAt.is_null())
        .exec(txn)
        .await?;
    let token = EmailedToken::issue(VERIFY_TOKEN_LIFETIME);
    email_verification::ActiveModel {
        token_hash: Set(token.hash.clone()),
        user_id: Set(account.id),
        created_at: Set(now),
        expires_at: Set(token.expires_at),
        used_at: Set(None),
    }
    .insert(txn)
    .await?;
    let mail = mail_texts::confirm_sign_up(
        account.lang(),
        &account.display_name,
        &token.link(public_url, "/verify-email"),
    );
    outbox::enqueue(txn, &account.email, &mail.subject, &mail.body).await
}

/// Founder self-sign-up. Answers the address the link went to (as stored: trimmed,
/// lower case) whether or not it had an account; every field is checked at once.
pub async fn sign_up(
    db: &DatabaseConnection,
    input: SignUp<'_>,
    ip: &str,
    public_url: &str,
) -> Result<String, ServiceError> {
    rate_limits::hit(db, &format!("signup:ip:{ip}"), rate_limits::SIGNUP_PER_IP).await?;
    let mut errors = FieldErrors::new();
    let name = errors.check("display_name", parse_display_name(input.display_name));
    let email = errors.check("email", Email::parse(input.email));
    let password = errors.check("password", Password::parse(input.password));
    let (Some(name), Some(email), Some(password)) = (name, email, password) else {
        return Err(ServiceError::Invalid(errors));
    };
    count_mail(db, &email, ip).await?;
    // Hashed on every path: a known address must not answer faster.
    let hash = hash_password(password.expose()).await?;
    let answer = email.as_str().to_string();
    let txn = begin_write(db).await?;
    match find_by_email(&txn, &email).await? {
        Some(account) if account.email_verified_at.is_some() => {
            let mail = mail_texts::sign_up_attempted(
                account.lang(),
                &account.display_name,
                &format!("{public_url}/login"),
                &format!("{public_url}/forgot-password"),
            );
            outbox::enqueue(&txn, &account.email, &mail.subject, &mail.body).await?;
            audit::record(
                &txn,
                None,
                "user.sign_up_known_address",
                &format!("user:{}", account.id),
                "",
            )
            .await?;
        }
        Some(account) => {
            // Never proved: the newest sign-up wins, and only its link works.
            user::Entity::update_many()
                .col_expr(user::Column::DisplayName, Expr::value(name.clone()))
                .col_expr(user::Column::PasswordHash, Expr::value(hash))
                .filter(user::Column::Id.eq(account.id))
                .exec(&txn)
                .await?;
            user::set_language(&txn, account.id, input.lang).await?;
            let account = user::Model {
                display_name: name,
                language: Some(crate::model::codec::Coded(input.lang)),
                ..account
            };
            send_link(&txn, &account, public_url).await?;
            audit::record(
                &txn,
                Some(account.id),
                "user.sign_up_again",
                &format!("user:{}", account.id),
                "",
            )
            .await?;
        }
        None => {
            let inserted = insert_user(
                &txn,
                &email,
                &name,
                hash,
                &[Role::Founder],
                Address::Unverified,
            )
            .await;
            let id = match inserted {
                Ok(id) => id,
                // The same address signed up at the same moment: that one sends the link.
                Err(e) if crate::error::is_unique_violation(&e) => return Ok(answer),
                Err(e) => return Err(e.into()),
            };
            user::set_language(&txn, id, input.lang).await?;
            let account = user::Entity::find_by_id(id)
                .one(&txn)
                .await?
                .ok_or_else(|| ServiceError::Internal("the new account is gone".into()))?;
            send_link(&txn, &account, public_url).await?;
            audit::record(
                &txn,
                Some(id),
                "user.sign_up",
                &format!("user:{id}"),
                email.as_str(),
            )
            .await?;
        }
    }
    txn.commit().await?;
    Ok(answer)
}

/// At log-in with the right password but an unproved address: the link again (counted
/// like the sign-up's), and the refusal that says so.
pub(super) async fn resend(
    db: &DatabaseConnection,
    account: &user::Model,
    ip: &str,
    public_url: &str,
) -> Result<ServiceError, ServiceError> {
    let email = Email::parse(&account.email).map_err(|p| ServiceError::stored("email", p))?;
    count_mail(db, &email, ip).await?;
    let txn = begin_write(db).await?;
    send_link(&txn, account, public_url).await?;
    txn.commit().await?;
    Ok(ServiceError::Refused(Refusal::AddressNotConfirmed))
}

/// The unused, unexpired link row for `token`, or the "link expired" refusal.
async fn open_link(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<email_verification::Model, ServiceError> {
    let now = Utc::now();
    email_verification::Entity::find_by_id(tokens::hash_of(token))
        .one(db)
        .await?
        .filter(|r| r.used_at.is_none() && r.expires_at > now)
        .ok_or(ServiceError::Refused(Refusal::SignUpLinkExpired))
}

/// Opens a sign-up link: proves the address (once) and answers whose it is, to log them
/// in.
pub async fn verify_email(db: &DatabaseConnection, token: &str) -> Result<Uuid, ServiceError> {
    open_link(db, token).await?;
    let txn = begin_write(db).await?;
    // Again under the write lock: the same link may be opened twice at once.
    let link = open_link(&txn, token).await?;
    email_verification::Entity::update_many()
        .col_expr(email_verification::Column::UsedAt, Expr::value(Utc::now()))
        .filter(email_verification::Column::UserId.eq(link.user_id))
        .filter(email_verification::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    user::mark_verified(&txn, link.user_id).await?;
    audit::record(
        &txn,
        Some(link.user_id),
        "user.email_verified",
        &format!("user:{}", link.user_id),
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(link.user_id)
}
