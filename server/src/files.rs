//! Upload and download routes for logos and pitch decks. Plain HTML forms post here
//! (multipart), so uploads work with and without JavaScript. Every route checks the
//! session and the startup policy before it reads a byte of the body.

use app::error::AppError;
use app::notice::{Notice, UploadRefusal};
use axum::body::Body;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Multipart, Path, Query, State};
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

/// Why an upload or a download was refused.
enum Refusal {
    /// Shown beside the upload field.
    Upload(UploadRefusal),
    /// Answered like any other request.
    Service(ServiceError),
}

impl From<ServiceError> for Refusal {
    fn from(err: ServiceError) -> Self {
        match err {
            // A pitch that can no longer change: the page says so beside the field.
            ServiceError::Conflict(_) => Refusal::Upload(UploadRefusal::Locked),
            other => Refusal::Service(other),
        }
    }
}

impl From<UploadError> for Refusal {
    fn from(err: UploadError) -> Self {
        match err {
            UploadError::Refused(problem) => Refusal::Upload(UploadRefusal::File(problem)),
            UploadError::Interrupted => Refusal::Upload(UploadRefusal::Interrupted),
            UploadError::Failed(e) => e.into(),
        }
    }
}

fn wants_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.contains("text/html"))
}

impl Refusal {
    /// A browser's form post goes back to the page with the form (`back`), which shows
    /// the refusal beside the upload field; other clients get the status and the JSON
    /// error every server function answers with.
    fn answer(self, headers: &HeaderMap, back: Option<&str>, field: &str) -> Response {
        let browser = wants_html(headers);
        match self {
            Refusal::Upload(refusal) => match (browser, back) {
                (true, Some(back)) => Redirect::to(&refusal.on(back)).into_response(),
                _ => {
                    let status = match refusal {
                        UploadRefusal::File(p) if p.is_too_large() => StatusCode::PAYLOAD_TOO_LARGE,
                        UploadRefusal::File(UploadProblem::WrongType { .. }) => {
                            StatusCode::UNSUPPORTED_MEDIA_TYPE
                        }
                        UploadRefusal::Locked => StatusCode::CONFLICT,
                        UploadRefusal::Failed => StatusCode::INTERNAL_SERVER_ERROR,
                        _ => StatusCode::UNPROCESSABLE_ENTITY,
                    };
                    let error = AppError::invalid_field(
                        field,
                        refusal.message(app::lang::request_lang(headers)),
                    );
                    (status, axum::Json(error)).into_response()
                }
            },
            Refusal::Service(ServiceError::Unauthenticated) if browser => {
                Redirect::to("/login").into_response()
            }
            Refusal::Service(err) => {
                let lang = app::lang::request_lang(headers);
                let error = AppError::from_service(err, lang);
                if browser {
                    error.browser_page(lang)
                } else {
                    error.into_response()
                }
            }
        }
    }
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
                UploadError::Interrupted
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
                Err(_) => return Err(UploadError::Interrupted),
            }
        }
        let received = incoming.finish(&store).await?;
        return Ok((received, original));
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
    let result: Result<Uuid, Refusal> = async {
        let me = signed_in(&state, &headers).await?;
        let id = parse_id(&id)?;
        let (_, access) = backend::access::startup::load_visible(&state.db, id, &me).await?;
        if !access.can_edit() {
            return Err(ServiceError::Forbidden.into());
        }
        let client = client_key(&state, &headers, peer);
        rate_limits::hit_upload(&state.db, me.id, &client).await?;
        let (received, original) = receive(&state, multipart, "logo", UploadRule::Logo).await?;
        let store = FileStore::new(&state.config.data_dir);
        if let Err(e) = startups::set_logo(&state.db, &store, &me, id, &received, &original).await {
            store.remove(received.id).await;
            return Err(e.into());
        }
        Ok(id)
    }
    .await;
    match result {
        Ok(id) => {
            Redirect::to(&Notice::LogoUploaded.on(&format!("/startups/{id}"))).into_response()
        }
        Err(refused) => refused.answer(&headers, Some(&back), "logo"),
    }
}

async fn upload_deck(
    State(state): State<AppState>,
    Path(id): Path<String>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    multipart: Multipart,
) -> Response {
    // The page to send a browser back to, once we know whose pitch this is.
    let mut back = None;
    let result: Result<Uuid, Refusal> = async {
        let me = signed_in(&state, &headers).await?;
        let id = parse_id(&id)?;
        let (submission, _) = pitches::may_upload_deck(&state.db, &me, id).await?;
        back = Some(format!(
            "/startups/{}/pitch?edition={}",
            submission.startup_id, submission.edition_id
        ));
        let client = client_key(&state, &headers, peer);
        rate_limits::hit_upload(&state.db, me.id, &client).await?;
        let (received, original) = receive(&state, multipart, "deck", UploadRule::Deck).await?;
        let store = FileStore::new(&state.config.data_dir);
        match pitches::set_deck(&state.db, &store, &me, id, &received, &original).await {
            Ok(startup_id) => Ok(startup_id),
            Err(e) => {
                store.remove(received.id).await;
                Err(e.into())
            }
        }
    }
    .await;
    match result {
        Ok(startup_id) => {
            let page = back.unwrap_or_else(|| format!("/startups/{startup_id}/pitch"));
            Redirect::to(&Notice::DeckUploaded.on(&page)).into_response()
        }
        Err(refused) => refused.answer(&headers, back.as_deref(), "deck"),
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

/// `?view=inline`: the deck shown inside our own review page (an `<iframe>`), not saved.
#[derive(serde::Deserialize, Default)]
struct DeckQuery {
    view: Option<String>,
}

/// The policy of a deck shown inline: the browser's PDF viewer may draw it, nothing else
/// loads, and only a page of our own origin may frame it.
pub const DECK_INLINE_CSP: &str = "default-src 'none'; object-src 'self'; frame-ancestors 'self'";

async fn download_deck(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(query): Query<DeckQuery>,
    headers: HeaderMap,
) -> Response {
    let inline = query.view.as_deref() == Some("inline");
    let result = async {
        let me = signed_in(&state, &headers).await?;
        let (file, name) = pitches::deck_for_download(&state.db, &me, parse_id(&id)?).await?;
        let disposition = if inline { "inline" } else { "attachment" };
        let mut response = send_file(
            &state,
            file.id,
            "application/pdf",
            format!("{disposition}; filename=\"{name}\""),
            "private, no-store",
        )
        .await?;
        if inline {
            // The web layer answers DENY / 'none' for everything else (middleware.rs).
            let h = response.headers_mut();
            h.insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(DECK_INLINE_CSP),
            );
            h.insert(
                header::X_FRAME_OPTIONS,
                HeaderValue::from_static("SAMEORIGIN"),
            );
        }
        Ok(response)
    }
    .await;
    result.unwrap_or_else(|e| {
        let e = match e {
            // Anonymous visitors learn nothing about which decks exist.
            ServiceError::Unauthenticated => ServiceError::NotFound,
            other => other,
        };
        Refusal::Service(e).answer(&headers, None, "deck")
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
    result.unwrap_or_else(|e| Refusal::Service(e).answer(&headers, None, "logo"))
}
