//! Integration tests through the real router, in-process, with a fresh database per
//! test. SQLite by default; PostgreSQL when PITCHLINE_TEST_DATABASE holds an admin URL
//! (`make test` runs this binary both ways).

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use backend::{AppConfig, AppState};
use http_body_util::BodyExt;
use leptos::prelude::LeptosOptions;
use sea_orm::{ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait};
use serde_json::Value;
use std::sync::Arc;
use tower::ServiceExt;

mod accounts;
mod agenda;
mod attendance;
mod authz;
/// The benchmarks' bulk rows (through the model's codec): tests that need more pitches
/// than the services would let one founder make.
#[allow(dead_code)]
#[path = "../../benches/common/mod.rs"]
mod bulk;
mod deals;
mod editions;
mod escaping;
mod feeds;
mod investors;
mod judging;
mod languages;
mod live;
mod meeting_staff;
mod meetings;
mod needs;
mod pipeline;
mod rounds;
mod security;
mod seed;
mod startups;
mod verify;
mod web;

struct TestApp {
    router: Router,
    db: DatabaseConnection,
    _dir: tempfile::TempDir,
    _one_at_a_time: tokio::sync::OwnedMutexGuard<()>,
}

/// Tests run one at a time. With several test runtimes in one process, a Leptos page
/// render sometimes never completes while another test runs; alone it always does, and
/// the real server has one (multi-threaded) runtime.
///
/// Reproduction (issue 8, item 7; cause not found yet): with
/// `PITCHLINE_TEST_PARALLEL=1` this lock is skipped, and
/// `PITCHLINE_TEST_PARALLEL=1 cargo test -p server --test api -- --test-threads 8`
/// stalled in 3 runs of 10 on 2 cores at commit 9d97c51 (0 of 5 at d854c07, with other
/// load on the machine): a page render answers no headers, or its body never ends, until
/// `ANSWER_WITHIN` fails the test (seen: `/founder`, `/staff/submissions?edition=…`,
/// `/staff/editions/{id}` in the escaping test, `/no/such/page` in the web test). The
/// escaping tests alone never stalled (4 runs); escaping together with `security` did
/// (1 of 3). Each test has its own current-thread
/// runtime, database and router; what they share is process-wide: Leptos' global
/// executor (`any_spawner` → `tokio::spawn` on whichever runtime is current), the
/// reactive graph's globals, and this crate's hashing semaphore. Separately,
/// `a_reset_without_a_live_link_hashes_nothing…` reads process-wide hashing counters and
/// fails whenever another test hashes at the same time: it needs this lock (or its own
/// exclusive one) even once the stall is gone.
fn serial() -> Arc<tokio::sync::Mutex<()>> {
    static LOCK: std::sync::OnceLock<Arc<tokio::sync::Mutex<()>>> = std::sync::OnceLock::new();
    if std::env::var_os("PITCHLINE_TEST_PARALLEL").is_some() {
        return Arc::new(tokio::sync::Mutex::new(()));
    }
    LOCK.get_or_init(|| Arc::new(tokio::sync::Mutex::new(())))
        .clone()
}

struct Reply {
    status: StatusCode,
    headers: http::HeaderMap,
    body: String,
}

impl Reply {
    /// The body as JSON. A body that is not JSON fails the test: an empty or broken
    /// answer must never pass for `null`.
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| {
            panic!(
                "expected a JSON body ({e}), got status {} and {:?}",
                self.status, self.body
            )
        })
    }

    /// The form-level message of a refused form (not tied to one field).
    fn form_error(&self) -> Option<String> {
        self.json()["Invalid"]["message"]
            .as_str()
            .map(str::to_string)
    }

    /// The session cookie this reply sets, as `name=value`.
    fn session_cookie(&self) -> Option<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|c| c.starts_with("pitchline_session=") && !c.starts_with("pitchline_session=;"))
            .map(|c| c.split(';').next().unwrap_or_default().to_string())
    }

    /// The cookie called `name` this reply sets, as `name=value`.
    fn cookie(&self, name: &str) -> Option<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|c| c.starts_with(&format!("{name}=")))
            .map(|c| c.split(';').next().unwrap_or_default().to_string())
    }

    fn field_error(&self, field: &str) -> Option<String> {
        let fields = &self.json()["Invalid"]["fields"];
        fields
            .as_array()?
            .iter()
            .find(|f| f["field"] == field)
            .and_then(|f| f["message"].as_str().map(str::to_string))
    }
}

/// Runs `test` on a thread with a roomy stack. Unoptimised test builds (without
/// cargo-leptos' `erase_components`) render the big pages with very deep, very large
/// stack frames; the 2 MiB of a test thread overflows on the startup page. Release
/// builds, which serve real traffic, need a fraction of it.
pub(crate) fn on_a_big_stack<F, Fut>(test: F)
where
    F: FnOnce() -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()>,
{
    let thread = std::thread::Builder::new()
        .stack_size(32 * 1024 * 1024)
        .spawn(move || {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime")
                .block_on(test())
        })
        .expect("test thread");
    if let Err(panic) = thread.join() {
        std::panic::resume_unwind(panic);
    }
}

/// Generous: only a hang should ever reach it.
const ANSWER_WITHIN: std::time::Duration = std::time::Duration::from_secs(60);

async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// A fresh, empty database: a new PostgreSQL database when PITCHLINE_TEST_DATABASE is
/// set, else a SQLite file in `dir`.
async fn fresh_database_url(dir: &std::path::Path) -> String {
    match std::env::var("PITCHLINE_TEST_DATABASE") {
        Ok(admin_url) => {
            let admin = sea_orm::Database::connect(&admin_url)
                .await
                .expect("connect to PostgreSQL");
            let name = format!("pitchline_test_{}", uuid::Uuid::new_v4().simple());
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .expect("create test database");
            let base = admin_url
                .rsplit_once('/')
                .map(|(b, _)| b)
                .unwrap_or(&admin_url);
            format!("{base}/{name}")
        }
        Err(_) => format!("sqlite://{}/test.db?mode=rwc", dir.display()),
    }
}

/// `spawn_app` with settings changed by `configure` (e.g. trusted proxies).
async fn spawn_app_with(configure: impl FnOnce(&mut AppConfig)) -> TestApp {
    let one_at_a_time = serial().lock_owned().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let url = fresh_database_url(dir.path()).await;
    let db = server::connect_and_migrate(&url).await.expect("database");
    let mut config = AppConfig {
        data_dir: dir.path().into(),
        ..AppConfig::for_tests()
    };
    configure(&mut config);
    let state = AppState {
        db: db.clone(),
        config: Arc::new(config),
    };
    let site_root = dir.path().join("site");
    let options = LeptosOptions::builder()
        .output_name("pitchline")
        .site_root(site_root.to_string_lossy().into_owned())
        .build();
    TestApp {
        router: server::router(state, options),
        db,
        _dir: dir,
        _one_at_a_time: one_at_a_time,
    }
}

fn form(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", k, urlencode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

impl TestApp {
    /// As if every rate-limit window had ended (a fixture needs more of something than
    /// one address may create in a day).
    async fn let_a_day_pass_for_rate_limits(&self) {
        backend::model::rate_limit::Entity::delete_many()
            .exec(&self.db)
            .await
            .expect("clear rate limits");
    }

    /// Where this app serves its built site from (empty until a test writes to it).
    fn site_root(&self) -> std::path::PathBuf {
        self._dir.path().join("site")
    }

    async fn send(&self, req: Request<Body>) -> Reply {
        // A stuck response must fail the test with its address, not hang the whole run.
        let uri = req.uri().clone();
        let res = tokio::time::timeout(ANSWER_WITHIN, self.router.clone().oneshot(req))
            .await
            .unwrap_or_else(|_| panic!("no response headers for {uri}"))
            .expect("router answered");
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = tokio::time::timeout(ANSWER_WITHIN, res.into_body().collect())
            .await
            .unwrap_or_else(|_| panic!("the body of {uri} never ended"))
            .expect("body")
            .to_bytes();
        Reply {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    /// Calls a server function the way the hydrated front end does.
    async fn call(&self, endpoint: &str, cookie: Option<&str>, pairs: &[(&str, &str)]) -> Reply {
        let mut req = Request::post(format!("/api/{endpoint}"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "application/json")
            .header(header::HOST, "127.0.0.1:3000")
            .header(header::ORIGIN, "http://127.0.0.1:3000");
        if let Some(c) = cookie {
            req = req.header(header::COOKIE, c);
        }
        self.send(req.body(Body::from(form(pairs))).expect("request"))
            .await
    }

    /// Posts a plain HTML form without JavaScript from the page `from` (its `Referer`),
    /// as a browser does: the answer is a redirect back to a page.
    async fn post_from_page(
        &self,
        endpoint: &str,
        cookie: &str,
        from: &str,
        pairs: &[(&str, &str)],
    ) -> Reply {
        let req = Request::post(format!("/api/{endpoint}"))
            .header(header::HOST, "127.0.0.1:3000")
            .header(header::ORIGIN, "http://127.0.0.1:3000")
            .header(header::ACCEPT, "text/html")
            .header(header::REFERER, format!("http://127.0.0.1:3000{from}"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, cookie)
            .body(Body::from(form(pairs)))
            .expect("request");
        self.send(req).await
    }

    async fn get(&self, path: &str, cookie: Option<&str>) -> Reply {
        let mut req = Request::get(path)
            .header(header::HOST, "127.0.0.1:3000")
            .header(header::ACCEPT, "text/html");
        if let Some(c) = cookie {
            req = req.header(header::COOKIE, c);
        }
        self.send(req.body(Body::empty()).expect("request")).await
    }

    async fn sign_up(&self, name: &str, email: &str, password: &str) -> Reply {
        self.call(
            "auth/sign-up",
            None,
            &[
                ("display_name", name),
                ("email", email),
                ("password", password),
            ],
        )
        .await
    }

    async fn log_in(&self, email: &str, password: &str) -> Reply {
        self.call(
            "auth/log-in",
            None,
            &[("email", email), ("password", password)],
        )
        .await
    }

    async fn founder(&self, email: &str) -> String {
        self.sign_up_and_verify("Test Founder", email, "founder-pass-1")
            .await
    }

    /// Signs up, opens the link the email carried, and answers the session cookie. The
    /// link's email then leaves the outbox (read and done with, as in a real inbox), so
    /// tests that count the emails a feature sends count only theirs.
    async fn sign_up_and_verify(&self, name: &str, email: &str, password: &str) -> String {
        use backend::model::outbox;
        use sea_orm::{ColumnTrait, QueryFilter};
        let reply = self.sign_up(name, email, password).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert!(
            reply.session_cookie().is_none(),
            "no session before the link"
        );
        let opened = self.open_sign_up_link(email).await;
        assert_eq!(opened.status, StatusCode::OK, "{}", opened.body);
        outbox::Entity::delete_many()
            .filter(outbox::Column::ToEmail.eq(email.trim().to_lowercase()))
            .filter(outbox::Column::Body.contains("/verify-email?token="))
            .exec(&self.db)
            .await
            .expect("the read sign-up email");
        opened.session_cookie().expect("session cookie")
    }

    /// The newest sign-up link emailed to `email`, opened (its button pressed).
    async fn open_sign_up_link(&self, email: &str) -> Reply {
        let token = self.sign_up_token(email).await;
        self.call("auth/verify-email", None, &[("token", &token)])
            .await
    }

    /// The token of the newest sign-up link emailed to `email`.
    async fn sign_up_token(&self, email: &str) -> String {
        use backend::model::outbox;
        use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
        let mail = outbox::Entity::find()
            .filter(outbox::Column::ToEmail.eq(email.trim().to_lowercase()))
            .filter(outbox::Column::Body.contains("/verify-email?token="))
            .order_by_desc(outbox::Column::CreatedAt)
            .one(&self.db)
            .await
            .expect("outbox")
            .expect("a sign-up link in the outbox");
        token_in(&mail.body)
    }

    async fn staff(&self) -> String {
        backend::features::accounts::create_or_grant(
            &self.db,
            "staff@test.org",
            "Staff",
            "staff-pass-1",
            &[domain::account::Role::Staff],
        )
        .await
        .expect("staff");
        self.log_in("staff@test.org", "staff-pass-1")
            .await
            .session_cookie()
            .expect("staff session")
    }

    async fn me(&self, cookie: Option<&str>) -> Value {
        self.call("auth/me", cookie, &[]).await.json()
    }

    async fn outbox_bodies(&self) -> Vec<String> {
        use backend::model::outbox;
        outbox::Entity::find()
            .all(&self.db)
            .await
            .expect("outbox")
            .into_iter()
            .map(|m| m.body)
            .collect()
    }

    async fn user_count(&self) -> u64 {
        backend::model::user::Entity::find()
            .count(&self.db)
            .await
            .expect("count")
    }
}

/// The `token=` value of the last link in the newest matching email.
fn token_in(body: &str) -> String {
    body.split("token=")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("token in email")
        .to_string()
}
