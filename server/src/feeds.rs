//! The released schedule as files for other programs: the edition's iCalendar feed
//! (`/agenda.ics`), each person's secret personal feed (`/calendar/<token>.ics`) and the
//! frab-compatible JSON (`/agenda.json`). Plain GET routes beside the pages; the texts are
//! built by `backend::features::rounds::feeds` from the latest released version only.

use app::error::AppError;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, MethodRouter};
use axum::Router;
use backend::features::rounds::feeds;
use backend::{AppState, ServiceError};
use std::collections::HashMap;
use uuid::Uuid;

/// Every feed route: (method, path, handler). One table, so the authorization matrix
/// (`server/tests/api/authz.rs`) sees each route and fails on one without a row.
fn table() -> [(&'static str, &'static str, MethodRouter<AppState>); 3] {
    [
        ("GET", "/agenda.ics", get(edition_ical)),
        ("GET", "/agenda.json", get(frab_json)),
        // `<token>.ics`: the router matches whole segments, the handler checks the suffix.
        ("GET", "/calendar/{token}", get(personal_ical)),
    ]
}

/// The method and path of every feed route.
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

/// `?edition=<id>`: none means the current edition; anything but a UUID is no edition.
fn wanted_edition(query: &HashMap<String, String>) -> Result<Option<Uuid>, ServiceError> {
    match query.get("edition").map(|v| v.trim()) {
        None | Some("") => Ok(None),
        Some(raw) => raw.parse().map(Some).map_err(|_| ServiceError::NotFound),
    }
}

fn refused(err: ServiceError, headers: &HeaderMap) -> Response {
    AppError::from_service(err, app::lang::request_lang(headers)).into_response()
}

fn answer(body: String, content_type: &'static str, cache: &'static str) -> Response {
    let mut response = (StatusCode::OK, body).into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    response
}

const CALENDAR: &str = "text/calendar; charset=utf-8";

async fn edition_ical(
    State(state): State<AppState>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let lang = app::lang::request_lang(&headers);
    let result = async {
        let wanted = wanted_edition(&query)?;
        feeds::edition_ical(&state.db, wanted, lang, &state.config.public_url).await
    }
    .await;
    match result {
        Ok(text) => {
            let mut response = answer(text, CALENDAR, "public, max-age=300");
            response.headers_mut().insert(
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("inline; filename=\"agenda.ics\""),
            );
            response
        }
        Err(e) => refused(e, &headers),
    }
}

async fn personal_ical(
    State(state): State<AppState>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Response {
    let result = async {
        let token = file.strip_suffix(".ics").ok_or(ServiceError::NotFound)?;
        feeds::personal_ical(&state.db, token, &state.config.public_url).await
    }
    .await;
    match result {
        Ok(text) => {
            let mut response = answer(text, CALENDAR, "private, max-age=300");
            let h = response.headers_mut();
            h.insert(
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("inline; filename=\"my-pitch-schedule.ics\""),
            );
            h.insert("x-robots-tag", HeaderValue::from_static("noindex"));
            response
        }
        Err(e) => refused(e, &headers),
    }
}

async fn frab_json(
    State(state): State<AppState>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let result = async {
        let wanted = wanted_edition(&query)?;
        feeds::frab_json(&state.db, wanted, &state.config.public_url).await
    }
    .await;
    match result {
        Ok(value) => answer(
            value.to_string(),
            "application/json; charset=utf-8",
            "public, max-age=300",
        ),
        Err(e) => refused(e, &headers),
    }
}
