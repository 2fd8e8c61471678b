//! Server push for the live missing-scores board: `GET /staff/live/<session>/events`,
//! server-sent events, staff only (anyone else: 404, anonymous: 401). Works behind a
//! load balancer with any number of instances: nothing is broadcast in process; each
//! stream reads the session's change counter (`live_sessions.version`, bumped in the
//! transaction of every live write on any instance) once a second and sends the whole
//! board when it moved, so a score shows within about a second wherever it was saved.

use app::error::AppError;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, MethodRouter};
use axum::Router;
use backend::features::live::board;
use backend::platform::sessions;
use backend::{AppState, ServiceError};
use domain::policy::{allows, Permission};
use std::convert::Infallible;
use std::time::Duration;
use uuid::Uuid;

/// How often a stream reads the session's change counter (and re-checks who listens).
pub const POLL: Duration = Duration::from_secs(1);
/// The longest a stream lives; the browser's `EventSource` then reconnects by itself,
/// through the same checks as a new stream.
pub const STREAM_LIFETIME: Duration = Duration::from_secs(30 * 60);

fn table() -> [(&'static str, &'static str, MethodRouter<AppState>); 1] {
    [("GET", "/staff/live/{session}/events", get(board_events))]
}

/// The method and path of every live route (the authorization matrix reads them).
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
        .with_state(state)
}

fn refused(err: ServiceError, headers: &HeaderMap) -> Response {
    AppError::from_service(err, app::lang::request_lang(headers)).into_response()
}

async fn staff_only(state: &AppState, headers: &HeaderMap) -> Result<(), ServiceError> {
    let token = sessions::token_from_headers(headers).ok_or(ServiceError::Unauthenticated)?;
    let user = sessions::lookup(&state.db, &state.config.session, &token)
        .await?
        .ok_or(ServiceError::Unauthenticated)?;
    if allows(&user.roles, Permission::RunSchedule) {
        Ok(())
    } else {
        Err(ServiceError::NotFound)
    }
}

async fn board_events(
    State(state): State<AppState>,
    Path(session): Path<String>,
    headers: HeaderMap,
) -> Response {
    if let Err(e) = staff_only(&state, &headers).await {
        return refused(e, &headers);
    }
    let Ok(session) = session.parse::<Uuid>() else {
        return refused(ServiceError::NotFound, &headers);
    };
    // The first board goes out at once: it is what the page shows, and it proves the
    // session exists before the stream starts.
    let first = match board::board(&state.db, session).await {
        Ok(b) => b,
        Err(e) => return refused(e, &headers),
    };
    let opened = std::time::Instant::now();
    let stream = futures_util::stream::unfold(
        (state, headers, Some(first), None::<i64>),
        move |(state, headers, pending, mut seen)| async move {
            if let Some(b) = pending {
                seen = Some(b.version);
                let event = Event::default().event("board").json_data(&b).ok()?;
                return Some((Ok::<_, Infallible>(event), (state, headers, None, seen)));
            }
            loop {
                tokio::time::sleep(POLL).await;
                // The stream ends when its listener logs out, loses the staff role or
                // has listened long enough; only a refusal ends it, not a failed read.
                let still_staff = staff_only(&state, &headers).await;
                if matches!(
                    still_staff,
                    Err(ServiceError::Unauthenticated | ServiceError::NotFound)
                ) || opened.elapsed() > STREAM_LIFETIME
                {
                    return None;
                }
                // A read that fails (a restart of the database) is tried again next tick.
                let Ok(version) = board::version(&state.db, session).await else {
                    continue;
                };
                if version.is_some() && version != seen {
                    let Ok(b) = board::board(&state.db, session).await else {
                        continue;
                    };
                    seen = Some(b.version);
                    let event = Event::default().event("board").json_data(&b).ok()?;
                    return Some((Ok(event), (state, headers, None, seen)));
                }
            }
        },
    );
    Sse::new(stream)
        .keep_alive(KeepAlive::default())
        .into_response()
}
