//! Upload and download routes for logos and pitch decks. Plain HTML forms post here
//! (multipart), so uploads work with and without JavaScript. Every route checks the
//! session and the startup policy before it reads a byte of the body.

use axum::body::Body;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Multipart, Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post, MethodRouter};
use axum::{Extension, Router};
use backend::features::{startups, submissions as pitches};
use backend::platform::files::{FileStore, UploadError};
use backend::platform::rate_limits;
use backend::platform::sessions::{self, SessionUser};
use backend::{AppState, ServiceError};
use domain::upload::{UploadProblem, UploadRule, DECK_MAX_BYTES};
use std::net::SocketAddr;
use uuid::Uuid;

/// Every file route: (method, path, handler). One table, so the authorization matrix
/// test (`server/tests/api/authz.rs`) sees each route and fails on one without a row.
fn table() -> [(&'static str, &'static str, MethodRouter<AppState>); 4] {
    [
        ("POST", "/files/startups/{id}/logo", post(upload_logo)),
        ("POST", "/files/pitches/{id}/deck", post(upload_deck)),
        ("GET", "/files/decks/{id}", get(download_deck)),
        ("GET", "/files/logos/{id}", get(show_logo)),
    ]
}

/// The method and path of every file route.
pub fn route_paths() -> Vec<(&'static str, &'static str)> {
    table()
        .into_iter()
        .map(|(method, path, _)| (method, path))
        .collect()
}

pub fn routes(state: AppState) -> Router {
    table()
        .into_iter()
        .fold(Router::new(), |router, (_, path, handler)| {
            router.route(path, handler)
        })
        // Room for the largest deck plus the multipart envelope; the exact per-file
        // limit is enforced while streaming.
        .layer(DefaultBodyLimit::max(DECK_MAX_BYTES as usize + 64 * 1024))
        .with_state(state)
}

/// What went wrong, as the person who clicked "Upload" should read it.
struct Refusal {
    status: StatusCode,
    message: String,
    back: Option<String>,
}

impl Refusal {
    fn new(status: StatusCode, message: impl Into<String>, back: Option<String>) -> Self {
        Self {
            status,
            message: message.into(),
            back,
        }
    }

    fn from_service(err: ServiceError, back: Option<String>) -> Self {
        match err {
            ServiceError::NotFound => Self::new(StatusCode::NOT_FOUND, "Not found.", None),
            ServiceError::Unauthenticated => Self::new(
                StatusCode::UNAUTHORIZED,
                "Please log in again, then retry the upload.",
                Some("/login".into()),
            ),
            ServiceError::Forbidden => Self::new(
                StatusCode::FORBIDDEN,
                "You may not change this startup.",
                back,
            ),
            ServiceError::Conflict(message) => Self::new(StatusCode::CONFLICT, message, back),
            other => {
                let app_error: app::error::AppError = other.into();
                Self::new(
                    StatusCode::from_u16(app_error.status_code())
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    app_error.to_string(),
                    back,
                )
            }
        }
    }

    fn from_problem(problem: UploadProblem, back: Option<String>) -> Self {
        let status = match problem {
            UploadProblem::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            UploadProblem::WrongType { .. } => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            UploadProblem::Missing { .. } | UploadProblem::Empty { .. } => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
        };
        Self::new(status, problem.to_string(), back)
    }

    fn into_response(self, headers: &HeaderMap) -> Response {
        let wants_html = headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|a| a.contains("text/html"));
        if !wants_html {
            return (
                self.status,
                axum::Json(serde_json::json!({ "error": self.message })),
            )
                .into_response();
        }
        let back = self
            .back
            .map(|href| {
                format!(
                    "<p><a href=\"{}\">Go back</a> — nothing else you entered was lost.</p>",
                    escape(&href)
                )
            })
            .unwrap_or_default();
        let html = format!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>Upload not accepted · Pitchline</title></head><body>\
             <main>\
             <h1>Upload not accepted</h1><p role=\"alert\">{}</p>{back}</main></body></html>",
            escape(&self.message)
        );
        (
            self.status,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            html,
        )
            .into_response()
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

async fn signed_in(state: &AppState, headers: &HeaderMap) -> Result<SessionUser, ServiceError> {
    let token = sessions::token_from_headers(headers).ok_or(ServiceError::Unauthenticated)?;
    sessions::lookup(&state.db, &state.config.session, &token)
        .await?
        .ok_or(ServiceError::Unauthenticated)
}

/// The address per-IP limits count under (as `Ctx::client_ip` for server functions).
fn client_key(
    state: &AppState,
    headers: &HeaderMap,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
) -> String {
    let forwarded: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    let forwarded = (!forwarded.is_empty()).then(|| forwarded.join(","));
    domain::rate_limit::address_key(domain::rate_limit::client_address(
        forwarded.as_deref(),
        peer.map(|Extension(ConnectInfo(addr))| addr.ip()),
        state.config.trusted_proxy_hops,
    ))
}

fn parse_id(raw: &str) -> Result<Uuid, ServiceError> {
    raw.parse().map_err(|_| ServiceError::NotFound)
}

/// Streams the multipart field `field` into the store; other fields are ignored.
async fn receive(
    state: &AppState,
    mut multipart: Multipart,
    field: &str,
    rule: UploadRule,
) -> Result<(backend::platform::files::Received, String), UploadError> {
    let store = FileStore::new(&state.config.data_dir);
    let too_large = || UploadError::Refused(UploadProblem::TooLarge { rule });
    loop {
        let next = multipart.next_field().await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                too_large()
            } else {
                UploadError::Failed(ServiceError::Invalid(domain::FieldErrors(vec![
                    domain::FieldError {
                        field: field.into(),
                        message: "The upload was interrupted; please try again.".into(),
                    },
                ])))
            }
        })?;
        let Some(mut part) = next else {
            return Err(UploadError::Refused(UploadProblem::Missing { rule }));
        };
        if part.name() != Some(field) {
            continue;
        }
        let original = part.file_name().unwrap_or_default().to_string();
        if original.is_empty() {
            return Err(UploadError::Refused(UploadProblem::Missing { rule }));
        }
        let mut incoming = store.receive(rule).await?;
        loop {
            match part.chunk().await {
                Ok(Some(chunk)) => incoming.write(&chunk).await?,
                Ok(None) => break,
                Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => return Err(too_large()),
                Err(_) => {
                    return Err(UploadError::Failed(ServiceError::Internal(
                        "upload stream broke off".into(),
                    )))
                }
            }
        }
        let received = incoming.finish(&store).await?;
        return Ok((received, original));
    }
}

fn refusal(err: UploadError, back: Option<String>) -> Refusal {
    match err {
        UploadError::Refused(problem) => Refusal::from_problem(problem, back),
        UploadError::Failed(ServiceError::Invalid(fields)) => Refusal::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            fields
                .0
                .first()
                .map(|f| f.message.clone())
                .unwrap_or_default(),
            back,
        ),
        UploadError::Failed(e) => Refusal::from_service(e, back),
    }
}

async fn upload_logo(
    State(state): State<AppState>,
    Path(id): Path<String>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    multipart: Multipart,
) -> Response {
    let back = format!("/startups/{id}");
    let result = async {
        let me = signed_in(&state, &headers)
            .await
            .map_err(UploadError::Failed)?;
        let id = parse_id(&id)?;
        let (_, access) = backend::access::startup::load_visible(&state.db, id, &me).await?;
        if !access.can_edit() {
            return Err(UploadError::Failed(ServiceError::Forbidden));
        }
        let client = client_key(&state, &headers, peer);
        rate_limits::hit_upload(&state.db, me.id, &client).await?;
        let (received, original) = receive(&state, multipart, "logo", UploadRule::Logo).await?;
        let store = FileStore::new(&state.config.data_dir);
        if let Err(e) = startups::set_logo(&state.db, &store, &me, id, &received, &original).await {
            store.remove(received.id).await;
            return Err(UploadError::Failed(e));
        }
        Ok(id)
    }
    .await;
    match result {
        Ok(id) => Redirect::to(&format!("/startups/{id}?uploaded=logo")).into_response(),
        Err(e) => refusal(e, Some(back)).into_response(&headers),
    }
}

async fn upload_deck(
    State(state): State<AppState>,
    Path(id): Path<String>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    multipart: Multipart,
) -> Response {
    let result: Result<Uuid, Refusal> = async {
        let me = signed_in(&state, &headers)
            .await
            .map_err(|e| Refusal::from_service(e, None))?;
        let id = parse_id(&id).map_err(|e| Refusal::from_service(e, None))?;
        let (submission, _) = pitches::may_upload_deck(&state.db, &me, id)
            .await
            .map_err(|e| Refusal::from_service(e, None))?;
        let back = Some(format!("/startups/{}/pitch", submission.startup_id));
        let client = client_key(&state, &headers, peer);
        rate_limits::hit_upload(&state.db, me.id, &client)
            .await
            .map_err(|e| Refusal::from_service(e, back.clone()))?;
        let (received, original) = receive(&state, multipart, "deck", UploadRule::Deck)
            .await
            .map_err(|e| refusal(e, back.clone()))?;
        let store = FileStore::new(&state.config.data_dir);
        match pitches::set_deck(&state.db, &store, &me, id, &received, &original).await {
            Ok(startup_id) => Ok(startup_id),
            Err(e) => {
                store.remove(received.id).await;
                Err(Refusal::from_service(e, back))
            }
        }
    }
    .await;
    match result {
        Ok(startup_id) => {
            Redirect::to(&format!("/startups/{startup_id}/pitch?uploaded=deck")).into_response()
        }
        Err(refused) => refused.into_response(&headers),
    }
}

async fn send_file(
    state: &AppState,
    file_id: Uuid,
    content_type: &str,
    disposition: String,
    cache: &'static str,
) -> Result<Response, ServiceError> {
    let path = FileStore::new(&state.config.data_dir).path_of(file_id);
    let file = tokio::fs::File::open(&path).await.map_err(|e| {
        ServiceError::Internal(format!("stored file {} unreadable: {e}", path.display()))
    })?;
    let len = file.metadata().await.map(|m| m.len()).unwrap_or(0);
    let body = Body::from_stream(tokio_util::io::ReaderStream::new(file));
    let mut response = Response::new(body);
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(content_type)
            .unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(len));
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    Ok(response)
}

async fn download_deck(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let result = async {
        let me = signed_in(&state, &headers).await?;
        let (file, name) = pitches::deck_for_download(&state.db, &me, parse_id(&id)?).await?;
        send_file(
            &state,
            file.id,
            "application/pdf",
            format!("attachment; filename=\"{name}\""),
            "private, no-store",
        )
        .await
    }
    .await;
    result.unwrap_or_else(|e| {
        let e = match e {
            // Anonymous visitors learn nothing about which decks exist.
            ServiceError::Unauthenticated => ServiceError::NotFound,
            other => other,
        };
        Refusal::from_service(e, None).into_response(&headers)
    })
}

async fn show_logo(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let result = async {
        let id = parse_id(&id)?;
        // Public while the startup is in a showcase; otherwise only for who may see it.
        let model = match backend::queries::catalogue::public_listing(&state.db, id).await? {
            Some((s, _)) => s,
            None => {
                let me = signed_in(&state, &headers)
                    .await
                    .map_err(|_| ServiceError::NotFound)?;
                backend::access::startup::load_visible(&state.db, id, &me)
                    .await?
                    .0
            }
        };
        let file_id = model.logo_file_id.ok_or(ServiceError::NotFound)?;
        let file = backend::platform::files::find(&state.db, file_id)
            .await?
            .ok_or(ServiceError::NotFound)?;
        send_file(
            &state,
            file.id,
            &file.content_type,
            "inline".into(),
            "private, max-age=300",
        )
        .await
    }
    .await;
    result.unwrap_or_else(|e| Refusal::from_service(e, None).into_response(&headers))
}
