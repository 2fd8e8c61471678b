//! The request context a server function runs in: who is calling, from where, and the
//! single place where a service's error becomes the user's `AppError`.

use crate::error::AppError;
use backend::platform::sessions::{self, SessionUser};
use backend::{AppState, ServiceError};
use domain::policy::{allows, Permission};
use http::request::Parts;
use leptos::prelude::*;
use leptos_axum::ResponseOptions;
use std::future::Future;

pub struct Ctx {
    pub state: AppState,
    pub parts: Parts,
    response: Option<ResponseOptions>,
    caller: Option<CallerOfRequest>,
}

/// Who made the request, once looked up. Provided fresh for each request (page or server
/// function call) by the router's context, so it never outlives the request's cookie. A
/// call that changes the session (log-in, log-out) reads the cookie itself, never this.
#[derive(Clone, Default)]
pub struct CallerOfRequest(std::sync::Arc<tokio::sync::OnceCell<Option<SessionUser>>>);

impl Ctx {
    fn from_leptos() -> Result<Self, ServiceError> {
        let state = use_context::<AppState>()
            .ok_or_else(|| ServiceError::Internal("AppState missing from context".into()))?;
        let parts = use_context::<Parts>()
            .ok_or_else(|| ServiceError::Internal("request parts missing from context".into()))?;
        Ok(Self {
            state,
            parts,
            response: use_context::<ResponseOptions>(),
            caller: use_context::<CallerOfRequest>(),
        })
    }

    /// The language of the page that called (cookie, else `Accept-Language`).
    pub fn lang(&self) -> domain::lang::Lang {
        crate::lang::request_lang(&self.parts.headers)
    }

    pub fn db(&self) -> &backend::db::Db {
        &self.state.db
    }

    /// The logged-in user, or `Unauthenticated`.
    pub async fn user(&self) -> Result<SessionUser, ServiceError> {
        self.maybe_user()
            .await?
            .ok_or(ServiceError::Unauthenticated)
    }

    /// Looked up once per request: a page's cards each ask, and each lookup is three
    /// queries (session, user, roles).
    pub async fn maybe_user(&self) -> Result<Option<SessionUser>, ServiceError> {
        let lookup = || async {
            match sessions::token_from_headers(&self.parts.headers) {
                Some(token) => {
                    sessions::lookup(self.db(), &self.state.config.session, &token).await
                }
                None => Ok(None),
            }
        };
        match &self.caller {
            Some(caller) => caller.0.get_or_try_init(lookup).await.cloned(),
            None => lookup().await,
        }
    }

    /// The logged-in user if they hold `permission`. Someone without it learns nothing
    /// about the resource: 404, as for a thing that does not exist.
    pub async fn require(&self, permission: Permission) -> Result<SessionUser, ServiceError> {
        let user = self.user().await?;
        if allows(&user.roles, permission) {
            Ok(user)
        } else {
            Err(ServiceError::NotFound)
        }
    }

    /// The key per-IP limits count under: the client's address (taken from
    /// `X-Forwarded-For` only as far as the configured proxies vouch for it), an IPv6
    /// address by its /64.
    pub fn client_ip(&self) -> String {
        let forwarded: Vec<&str> = self
            .parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        let forwarded = (!forwarded.is_empty()).then(|| forwarded.join(","));
        let peer = self
            .parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|c| c.0.ip());
        domain::rate_limit::address_key(domain::rate_limit::client_address(
            forwarded.as_deref(),
            peer,
            self.state.config.trusted_proxy_hops,
        ))
    }

    /// The value of the request's cookie `name`, if it has a non-empty one.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.parts
            .headers
            .get_all(http::header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.to_string())
            .filter(|v| !v.is_empty())
    }

    pub fn set_cookie(&self, cookie: &str) {
        if let (Some(res), Ok(value)) = (&self.response, http::HeaderValue::from_str(cookie)) {
            res.append_header(http::header::SET_COOKIE, value);
        }
    }

    /// Sends the browser to `path` after the call (a real 302 for a form posted without
    /// JavaScript, a client-side navigation otherwise).
    pub fn redirect(&self, path: &str) {
        // A path that cannot be a header value (a control character from a form field)
        // would panic the request: go home instead.
        let path = if http::HeaderValue::from_str(path).is_ok() {
            path
        } else {
            tracing::warn!("refused a redirect to a path with control characters");
            "/"
        };
        leptos_axum::redirect(path);
    }

    /// Sends the browser to `path`, where the page shows `notice`.
    pub fn redirect_with(&self, path: &str, notice: crate::notice::Notice) {
        self.redirect(&notice.on(path));
    }

    fn is_plain_form_post(&self) -> bool {
        self.parts
            .headers
            .get(http::header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("text/html"))
    }
}

/// Runs one server function body: builds the context, calls the service, and maps its
/// error to what the user may see, with the right HTTP status for API clients.
pub async fn run<T, F, Fut>(body: F) -> Result<T, AppError>
where
    F: FnOnce(Ctx) -> Fut,
    Fut: Future<Output = Result<T, ServiceError>>,
{
    let ctx = Ctx::from_leptos().map_err(AppError::from)?;
    let response = ctx.response.clone();
    // A plain form post is answered with a redirect back to the form (the error rides in
    // the URL), so its status must stay 302.
    let plain_form = ctx.is_plain_form_post();
    let result = body(ctx).await.map_err(AppError::from);
    if let (Err(err), Some(res), false) = (&result, response, plain_form) {
        if let Ok(status) = http::StatusCode::from_u16(err.status_code()) {
            res.set_status(status);
        }
    }
    result
}
