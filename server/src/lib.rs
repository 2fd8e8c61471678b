//! The Pitchline HTTP server: builds the router (testable in-process) and runs the
//! background jobs. `main.rs` only parses the command line.

pub mod cli;
pub mod config;
pub mod feeds;
pub mod files;
pub mod live;
pub mod middleware;
pub mod startup_lock;

use app::{shell, App};
use axum::routing::post;
use axum::{extract::State, http::StatusCode, response::IntoResponse, routing::get, Json, Router};
use backend::platform::{mailer, sessions};
use backend::AppState;
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use migrations::{Migrator, MigratorTrait};
use sea_orm::ConnectionTrait;
use std::time::Duration;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::services::ServeDir;

/// Larger bodies are refused before they are read (uploads have their own limits).
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

pub async fn connect_and_migrate(
    database_url: &str,
) -> anyhow::Result<sea_orm::DatabaseConnection> {
    Ok(connect_migrate_and_seed(database_url, None).await?.0)
}

/// Opens the database, brings its schema up to date and, with `demo` (the public URL
/// its emails link to), seeds an empty one (answering whether it did). Both run under a
/// database-wide lock, so any number of instances may start at once on one fresh
/// database: the first migrates and seeds, the others wait and then find nothing left
/// to do.
pub async fn connect_migrate_and_seed(
    database_url: &str,
    demo: Option<&str>,
) -> anyhow::Result<(sea_orm::DatabaseConnection, bool)> {
    // The lock comes first: two processes opening a brand-new SQLite file at once both
    // switch it to WAL, and the loser gets "database is locked" before any busy timeout.
    let lock = startup_lock::acquire(database_url)
        .await
        .map_err(|e| anyhow::anyhow!("cannot lock the database for start-up: {e}"))?;
    let db = match backend::db::connect(database_url).await {
        Ok(db) => db,
        Err(e) => {
            lock.release().await;
            anyhow::bail!("cannot open the database at {}: {e}", redact(database_url));
        }
    };
    let prepared = prepare(&db, demo).await;
    lock.release().await;
    Ok((db, prepared?))
}

async fn prepare(db: &sea_orm::DatabaseConnection, demo: Option<&str>) -> anyhow::Result<bool> {
    Migrator::up(db, None)
        .await
        .map_err(|e| anyhow::anyhow!("database migration failed: {e}"))?;
    let Some(public_url) = demo else {
        return Ok(false);
    };
    if !backend::seed::is_empty(db)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?
    {
        return Ok(false);
    }
    backend::seed::seed_demo(db, public_url)
        .await
        .map_err(|e| anyhow::anyhow!("seeding failed: {e}"))?;
    Ok(true)
}

/// The path of every server function, e.g. `/api/auth/log-in` (for routing checks and
/// for tests that must cover every endpoint).
pub fn server_function_paths() -> std::collections::BTreeSet<String> {
    leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_string())
        .collect()
}

/// Every server function has its own route (registered by `leptos_routes_with_context`);
/// any other `/api/` path lands here: 404 with a sentence, not the framework's
/// developer hint.
async fn unknown_endpoint(headers: http::HeaderMap) -> axum::response::Response {
    let lang = app::lang::request_lang(&headers);
    (
        StatusCode::NOT_FOUND,
        [
            (http::header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (http::header::CONTENT_LANGUAGE, lang.tag()),
        ],
        i18n::t!(lang, "refusal-no-endpoint"),
    )
        .into_response()
}

/// Hides the password of a `postgres://user:pass@host/db` URL in messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            format!("{}://***{}", &url[..scheme], &url[at..])
        }
        _ => url.to_string(),
    }
}

async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    match state.db.execute_unprepared("SELECT 1").await {
        Ok(_) => (
            StatusCode::OK,
            Json(serde_json::json!({"status": "ok", "db": "ok"})),
        ),
        Err(e) => {
            tracing::error!(error = %e, "health check: database unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(serde_json::json!({"status": "unavailable", "db": "unreachable"})),
            )
        }
    }
}

/// The whole application as an axum router.
pub fn router(state: AppState, leptos_options: LeptosOptions) -> Router {
    let routes = generate_route_list(App);
    let page_state = state.clone();
    let pages_context = move || {
        provide_context(page_state.clone());
        provide_context(app::server::ctx::CallerOfRequest::default());
        if let (Some(nonce), Some(res)) = (
            leptos::nonce::use_nonce(),
            use_context::<leptos_axum::ResponseOptions>(),
        ) {
            if let Ok(csp) = http::HeaderValue::from_str(&middleware::page_csp(&nonce)) {
                res.insert_header(http::header::CONTENT_SECURITY_POLICY, csp);
            }
        }
    };
    let app_router = Router::new()
        .route("/api/{*fn_name}", post(unknown_endpoint))
        .nest_service(
            &format!("/{}", leptos_options.site_pkg_dir),
            package_files(&leptos_options),
        )
        .leptos_routes_with_context(&leptos_options, routes, pages_context.clone(), {
            let options = leptos_options.clone();
            move || shell(options.clone())
        })
        // The not-found page renders the app too (its nav asks who is signed in), so it
        // needs the same context as every other page.
        .fallback(leptos_axum::file_and_error_handler_with_context(
            pages_context,
            shell,
        ))
        .with_state(leptos_options);
    Router::new()
        .route("/healthz", get(healthz))
        .with_state(state.clone())
        .merge(app_router)
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        // Uploads stream to disk under their own, larger limits.
        .merge(files::routes(state.clone()))
        .merge(feeds::routes(state.clone()))
        .merge(live::routes(state.clone()))
        .layer(axum::middleware::from_fn_with_state(
            state,
            middleware::request_guard,
        ))
        .layer(CompressionLayer::new().br(true).gzip(true))
}

/// The browser bundle and style sheet. `scripts/build-site.sh` writes `.br` and `.gz`
/// beside each file at build time (best levels); they are sent as they are, so assets
/// are never compressed per request. A file without them (a dev build) is sent plain
/// and the compression layer compresses it.
fn package_files(options: &LeptosOptions) -> ServeDir {
    let dir = std::path::Path::new(options.site_root.as_ref()).join(options.site_pkg_dir.as_ref());
    ServeDir::new(dir).precompressed_br().precompressed_gzip()
}

/// Periodic jobs. Each is safe on several instances at once: outbox rows are claimed,
/// purging expired sessions twice does no harm, and starting due reviews re-reads what
/// is due under the write lock.
pub fn spawn_background_jobs(state: AppState) {
    let transport = match state.config.smtp_url.as_deref().map(mailer::transport) {
        Some(Ok(t)) => Some(t),
        Some(Err(e)) => {
            tracing::error!("{e}; emails stay in the outbox");
            None
        }
        None => None,
    };
    if let Some(transport) = transport {
        let state = state.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(5));
            loop {
                tick.tick().await;
                if let Err(e) = mailer::deliver_batch(&state, &transport).await {
                    tracing::warn!(error = %e, "outbox delivery round failed");
                }
            }
        });
    }
    {
        let state = state.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(60));
            loop {
                tick.tick().await;
                let now = chrono::Utc::now();
                match backend::features::judging::assignments::start_due_reviews(&state.db, now)
                    .await
                {
                    Ok(n) if n > 0 => {
                        tracing::info!(pitches = n, "deadline passed: reviews started")
                    }
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "starting due reviews failed"),
                }
            }
        });
    }
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(3600));
        loop {
            tick.tick().await;
            match sessions::purge_expired(&state.db, &state.config.session).await {
                Ok(n) if n > 0 => tracing::info!(sessions = n, "purged expired sessions"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "session purge failed"),
            }
            match backend::platform::form_errors::purge_stale(&state.db, chrono::Utc::now()).await {
                Ok(n) if n > 0 => tracing::info!(errors = n, "purged kept form errors"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "form error purge failed"),
            }
            match backend::platform::rate_limits::purge_stale(&state.db, chrono::Utc::now()).await {
                Ok(n) if n > 0 => tracing::info!(counters = n, "purged stale rate limits"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "rate limit purge failed"),
            }
            // The weekly pipeline digest: the first round of each ISO week sends it; a
            // `deal_digests` row per person and week keeps every later round (on any
            // instance) from sending it again.
            let url = state.config.public_url.clone();
            match backend::features::pipeline::digest::run(&state.db, chrono::Utc::now(), &url)
                .await
            {
                Ok(n) if n > 0 => tracing::info!(digests = n, "sent pipeline digests"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "pipeline digest failed"),
            }
        }
    });
}
