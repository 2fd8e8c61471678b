use crate::error::AppError;
use leptos::prelude::*;
use wire::{CurrentUser, InvitationView};

#[cfg(feature = "ssr")]
use crate::notice::Notice;
#[cfg(feature = "ssr")]
use crate::server::ctx::{run, Ctx};
#[cfg(feature = "ssr")]
use backend::{
    features::accounts::{self, invitations},
    platform::sessions,
    ServiceError,
};

/// Starts a fresh session for `user_id`, ending the one the browser had (session ids
/// rotate at every login), and sends the person to `to` (their home by default).
#[cfg(feature = "ssr")]
pub(crate) async fn start_session(
    ctx: &Ctx,
    user_id: uuid::Uuid,
    to: Option<&str>,
) -> Result<(), ServiceError> {
    if let Some(old) = sessions::token_from_headers(&ctx.parts.headers) {
        sessions::end(ctx.db(), &old).await?;
    }
    let token = sessions::create(ctx.db(), user_id).await?;
    let config = &ctx.state.config;
    ctx.set_cookie(&sessions::cookie(
        &token,
        &config.session,
        config.secure_cookies,
    ));
    // Their saved language follows them to this browser.
    if let Some(lang) = accounts::language_of(ctx.db(), user_id).await? {
        ctx.set_cookie(&crate::lang::cookie(lang, config.secure_cookies));
    }
    let roles = sessions::roles_of(ctx.db(), user_id).await?;
    ctx.redirect(to.unwrap_or(super::home_path(&roles)));
    Ok(())
}

#[server(endpoint = "auth/me")]
pub async fn who_am_i() -> Result<Option<CurrentUser>, AppError> {
    run(|ctx| async move { Ok(ctx.maybe_user().await?.map(CurrentUser::from)) }).await
}

/// The cookie that tells the "check your inbox" page which address the link went to
/// (the page's URL carries only the notice code, never text of its own).
pub const SIGN_UP_SENT_COOKIE: &str = "pitchline_signup_sent";

/// `Set-Cookie` for the address a sign-up link went to: readable by this site's
/// sign-up page only, for ten minutes. The address is percent-encoded (a cookie value
/// takes no `;`, `,`, quotes or spaces).
#[cfg(feature = "ssr")]
fn sign_up_sent_cookie(address: &str, secure: bool) -> String {
    let mut value = String::new();
    for b in address.bytes() {
        if b.is_ascii_alphanumeric() || b"@._+-".contains(&b) {
            value.push(b as char);
        } else {
            value.push_str(&format!("%{b:02X}"));
        }
    }
    format!(
        "{SIGN_UP_SENT_COOKIE}={value}; Path=/signup; HttpOnly; SameSite=Lax; Max-Age=600{}",
        if secure { "; Secure" } else { "" }
    )
}

/// The address a sign-up link went to, from this browser's cookie (see
/// [`SIGN_UP_SENT_COOKIE`]); `None` without one or when it is not an address.
#[cfg(feature = "ssr")]
pub fn sign_up_sent_to(headers: &http::HeaderMap) -> Option<String> {
    let raw = headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SIGN_UP_SENT_COOKIE)?
        .1;
    let mut bytes = Vec::new();
    let mut rest = raw.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        if b == b'%' && tail.len() >= 2 {
            let hex = std::str::from_utf8(&tail[..2]).ok()?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
            rest = &tail[2..];
        } else {
            bytes.push(b);
            rest = tail;
        }
    }
    let decoded = String::from_utf8(bytes).ok()?;
    // Only what sign-up itself would accept is shown back.
    domain::account::Email::parse(&decoded)
        .ok()
        .map(|e| e.as_str().to_string())
}

/// Founder sign-up. Every address gets the same answer ("check your inbox", a link to
/// it); no session starts until the emailed link proves the address.
#[server(endpoint = "auth/sign-up")]
pub async fn sign_up(
    display_name: String,
    email: String,
    password: String,
) -> Result<(), AppError> {
    let (display_name, email) = (&display_name, &email);
    run(|ctx| async move {
        let input = accounts::SignUp {
            display_name,
            email,
            password: &password,
            lang: ctx.lang(),
        };
        let config = &ctx.state.config;
        let sent_to =
            accounts::sign_up(ctx.db(), input, &ctx.client_ip(), &config.public_url).await?;
        ctx.set_cookie(&sign_up_sent_cookie(&sent_to, config.secure_cookies));
        ctx.redirect_with("/signup", Notice::SignUpSent);
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&[("display_name", display_name), ("email", email)]))
}

/// Opens a sign-up link: proves the address and logs the person in (a form with a
/// button, not the GET of the link itself, so a mail scanner that follows links uses
/// nothing up).
#[server(endpoint = "auth/verify-email")]
pub async fn verify_email(token: String) -> Result<(), AppError> {
    run(|ctx| async move {
        let user_id = accounts::verify_email(ctx.db(), &token).await?;
        start_session(&ctx, user_id, None).await
    })
    .await
}

#[server(endpoint = "auth/log-in")]
pub async fn log_in(email: String, password: String) -> Result<(), AppError> {
    let email = &email;
    run(|ctx| async move {
        let user_id = accounts::authenticate(
            ctx.db(),
            email,
            &password,
            &ctx.client_ip(),
            &ctx.state.config.public_url,
        )
        .await?;
        start_session(&ctx, user_id, None).await
    })
    .await
    .map_err(|e| e.keeping(&[("email", email)]))
}

#[server(endpoint = "auth/log-out")]
pub async fn log_out() -> Result<(), AppError> {
    run(|ctx| async move {
        if let Some(token) = sessions::token_from_headers(&ctx.parts.headers) {
            sessions::end(ctx.db(), &token).await?;
        }
        ctx.set_cookie(&sessions::clearing_cookie(ctx.state.config.secure_cookies));
        ctx.redirect_with("/login", Notice::LoggedOut);
        Ok(())
    })
    .await
}

#[server(endpoint = "auth/request-reset")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    let email = &email;
    run(|ctx| async move {
        accounts::request_reset(
            ctx.db(),
            email,
            &ctx.client_ip(),
            &ctx.state.config.public_url,
        )
        .await?;
        ctx.redirect_with("/forgot-password", Notice::ResetSent);
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&[("email", email)]))
}

#[server(endpoint = "auth/reset")]
pub async fn reset_password(token: String, password: String) -> Result<(), AppError> {
    run(|ctx| async move {
        accounts::reset_password(ctx.db(), &token, &password, &ctx.client_ip()).await?;
        ctx.redirect_with("/login", Notice::PasswordChanged);
        Ok(())
    })
    .await
}

#[server(endpoint = "invitations/view")]
pub async fn invitation(token: String) -> Result<InvitationView, AppError> {
    run(|ctx| async move { invitations::view(ctx.db(), &token).await }).await
}

#[server(endpoint = "invitations/accept")]
pub async fn accept_invitation(
    token: String,
    display_name: String,
    password: String,
) -> Result<(), AppError> {
    let display_name = &display_name;
    run(|ctx| async move {
        let user_id =
            invitations::accept(ctx.db(), &token, display_name, &password, ctx.lang()).await?;
        start_session(&ctx, user_id, None).await
    })
    .await
    .map_err(|e| e.keeping(&[("display_name", display_name)]))
}

/// The language switcher: remembers the choice in a cookie and, for a signed-in person,
/// on their account (their emails follow it), then returns to the page it came from.
#[server(endpoint = "lang")]
pub async fn set_language(lang: String, back: String) -> Result<(), AppError> {
    run(|ctx| async move {
        let lang = domain::lang::Lang::from_tag(&lang).unwrap_or_default();
        ctx.set_cookie(&crate::lang::cookie(lang, ctx.state.config.secure_cookies));
        if let Some(user) = ctx.maybe_user().await? {
            accounts::set_language(ctx.db(), user.id, lang).await?;
        }
        ctx.redirect(crate::lang::local_return_path(&back));
        Ok(())
    })
    .await
}
