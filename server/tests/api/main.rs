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

mod authz;
mod escaping;
mod investors;
mod judging;
mod security;
mod startups;

struct TestApp {
    router: Router,
    db: DatabaseConnection,
    _dir: tempfile::TempDir,
    _one_at_a_time: tokio::sync::OwnedMutexGuard<()>,
}

/// Tests run one at a time. With several test runtimes in one process, a Leptos page
/// render (seen: `/signup?__err=…` after a no-JS post) sometimes never completes while
/// another test runs; alone it always does, and the real server has one runtime.
fn serial() -> Arc<tokio::sync::Mutex<()>> {
    static LOCK: std::sync::OnceLock<Arc<tokio::sync::Mutex<()>>> = std::sync::OnceLock::new();
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
    let options = LeptosOptions::builder().output_name("pitchline").build();
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
        let reply = self.sign_up("Test Founder", email, "founder-pass-1").await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        reply.session_cookie().expect("session cookie")
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

#[tokio::test]
async fn health_reports_the_database() {
    let app = spawn_app().await;
    let reply = app.get("/healthz", None).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(
        reply.json(),
        serde_json::json!({"status": "ok", "db": "ok"})
    );
    app.db.clone().close().await.expect("close");
    assert_eq!(
        app.get("/healthz", None).await.status,
        StatusCode::SERVICE_UNAVAILABLE
    );
}

#[tokio::test]
async fn sign_up_reports_every_bad_field_and_creates_nothing() {
    let app = spawn_app().await;
    let reply = app.sign_up("", "not-an-email", "short").await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        reply.field_error("display_name").as_deref(),
        Some("Name is required.")
    );
    assert!(reply
        .field_error("email")
        .unwrap()
        .contains("not a valid email"));
    assert_eq!(
        reply.field_error("password").as_deref(),
        Some("Password needs at least 8 characters.")
    );
    let too_long = "x".repeat(129);
    assert!(app
        .sign_up("Ann", "ann@example.com", &too_long)
        .await
        .field_error("password")
        .unwrap()
        .contains("at most 128"));
    assert_eq!(app.user_count().await, 0);
    // What the user typed comes back (for the form without JavaScript), never the password.
    assert!(reply.body.contains("not-an-email"));
    assert!(!reply.body.contains("short\""));
}

#[tokio::test]
async fn sign_up_logs_in_as_founder_with_a_safe_cookie() {
    let app = spawn_app().await;
    let reply = app
        .sign_up("Ann Lee", "Ann@Example.com", "a long passphrase")
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let set_cookie = reply
        .headers
        .get(header::SET_COOKIE)
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Lax"),
        "{set_cookie}"
    );
    assert!(
        !set_cookie.contains("Secure"),
        "plain http must not get Secure cookies"
    );
    let me = app.me(reply.session_cookie().as_deref()).await;
    assert_eq!(me["email"], "ann@example.com");
    assert_eq!(me["roles"], serde_json::json!(["founder"]));
}

#[tokio::test]
async fn duplicate_email_is_refused_beside_the_email_field() {
    let app = spawn_app().await;
    app.founder("dup@example.com").await;
    let reply = app
        .sign_up("Other", "DUP@example.com", "another password")
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply
        .field_error("email")
        .unwrap()
        .contains("already exists"));
    assert_eq!(app.user_count().await, 1);
}

#[tokio::test]
async fn wrong_password_and_unknown_email_get_the_same_answer() {
    let app = spawn_app().await;
    app.founder("known@example.com").await;
    let wrong = app.log_in("known@example.com", "wrong password").await;
    let unknown = app.log_in("nobody@example.com", "wrong password").await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(wrong.status, unknown.status);
    assert_eq!(
        wrong.field_error("password"),
        unknown.field_error("password")
    );
    assert!(wrong.session_cookie().is_none());
    let right = app.log_in("known@example.com", "founder-pass-1").await;
    assert_eq!(right.status, StatusCode::OK);
    assert!(right.session_cookie().is_some());
}

#[tokio::test]
async fn login_is_rate_limited_per_email() {
    let app = spawn_app().await;
    app.founder("target@example.com").await;
    for _ in 0..10 {
        assert_eq!(
            app.log_in("target@example.com", "guess guess").await.status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
    }
    let limited = app.log_in("target@example.com", "founder-pass-1").await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        limited.json()["RateLimited"]["retry_after_secs"]
            .as_i64()
            .unwrap()
            > 0
    );
}

#[tokio::test]
async fn login_rotates_the_session_and_logout_ends_it_on_the_server() {
    let app = spawn_app().await;
    let first = app.founder("rot@example.com").await;
    let login = app
        .call(
            "auth/log-in",
            Some(&first),
            &[("email", "rot@example.com"), ("password", "founder-pass-1")],
        )
        .await;
    let second = login.session_cookie().unwrap();
    assert_ne!(first, second);
    assert_eq!(
        app.me(Some(&first)).await,
        Value::Null,
        "the pre-login session must end"
    );
    assert_eq!(app.me(Some(&second)).await["email"], "rot@example.com");
    let out = app.call("auth/log-out", Some(&second), &[]).await;
    assert_eq!(out.status, StatusCode::OK);
    assert!(out
        .headers
        .get(header::SET_COOKIE)
        .unwrap()
        .to_str()
        .unwrap()
        .contains("Max-Age=0"));
    assert_eq!(
        app.me(Some(&second)).await,
        Value::Null,
        "a copied cookie must not outlive log-out"
    );
}

#[tokio::test]
async fn password_reset_token_is_single_use_and_ends_sessions() {
    let app = spawn_app().await;
    let session = app.founder("reset@example.com").await;
    let asked = app
        .call(
            "auth/request-reset",
            None,
            &[("email", "reset@example.com")],
        )
        .await;
    assert_eq!(asked.status, StatusCode::OK);
    // An unknown email gets the same answer and sends nothing.
    assert_eq!(
        app.call(
            "auth/request-reset",
            None,
            &[("email", "ghost@example.com")]
        )
        .await
        .status,
        StatusCode::OK
    );
    let mails = app.outbox_bodies().await;
    assert_eq!(mails.len(), 1);
    let token = token_in(&mails[0]);
    let short = app
        .call(
            "auth/reset",
            None,
            &[("token", &token), ("password", "short")],
        )
        .await;
    assert!(short.field_error("password").is_some());
    let done = app
        .call(
            "auth/reset",
            None,
            &[("token", &token), ("password", "brand new password")],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert_eq!(
        app.me(Some(&session)).await,
        Value::Null,
        "old sessions end at reset"
    );
    let again = app
        .call(
            "auth/reset",
            None,
            &[("token", &token), ("password", "another new one")],
        )
        .await;
    assert!(again
        .form_error()
        .unwrap()
        .contains("expired or was already used"));
    assert_eq!(
        app.log_in("reset@example.com", "brand new password")
            .await
            .status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn expired_reset_token_is_refused() {
    use backend::model::password_reset;
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let app = spawn_app().await;
    app.founder("late@example.com").await;
    app.call("auth/request-reset", None, &[("email", "late@example.com")])
        .await;
    let token = token_in(&app.outbox_bodies().await[0]);
    let row = password_reset::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut expired: password_reset::ActiveModel = row.into();
    expired.expires_at = Set(chrono::Utc::now() - chrono::Duration::minutes(1));
    expired.update(&app.db).await.unwrap();
    let reply = app
        .call(
            "auth/reset",
            None,
            &[("token", &token), ("password", "brand new password")],
        )
        .await;
    assert!(reply.form_error().unwrap().contains("expired"));
    assert_eq!(
        app.log_in("late@example.com", "founder-pass-1")
            .await
            .status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn staff_invite_an_investor_who_accepts_and_logs_in() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let bad = app
        .call(
            "staff/invite",
            Some(&staff),
            &[("email", "x"), ("role", "founder")],
        )
        .await;
    assert!(bad.field_error("email").is_some() && bad.field_error("role").is_some());
    let ok = app
        .call(
            "staff/invite",
            Some(&staff),
            &[("email", "vc@fund.com"), ("role", "investor")],
        )
        .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    let outbox = app
        .call("staff/outbox", Some(&staff), &[("page", "0")])
        .await
        .json();
    assert_eq!(outbox["total"], 1);
    let token = token_in(outbox["messages"][0]["body"].as_str().unwrap());
    let view = app
        .call("invitations/view", None, &[("token", &token)])
        .await
        .json();
    assert_eq!(view["email"], "vc@fund.com");
    assert_eq!(view["role"], "investor");
    let accepted = app
        .call(
            "invitations/accept",
            None,
            &[
                ("token", &token),
                ("display_name", "Vera Capital"),
                ("password", "investor pass"),
            ],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.body);
    assert_eq!(
        app.me(accepted.session_cookie().as_deref()).await["roles"],
        serde_json::json!(["investor"])
    );
    let reused = app
        .call(
            "invitations/accept",
            None,
            &[
                ("token", &token),
                ("display_name", "X"),
                ("password", "investor pass"),
            ],
        )
        .await;
    assert!(reused
        .form_error()
        .unwrap()
        .contains("expired or was already used"));
    let login = app.log_in("vc@fund.com", "investor pass").await;
    assert_eq!(
        login
            .headers
            .get(header::LOCATION)
            .and_then(|l| l.to_str().ok()),
        Some("/investor")
    );
}

#[tokio::test]
async fn an_existing_founder_gains_the_investor_role_by_invitation() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    app.founder("both@example.com").await;
    app.call(
        "staff/invite",
        Some(&staff),
        &[("email", "both@example.com"), ("role", "investor")],
    )
    .await;
    let token = token_in(&app.outbox_bodies().await[0]);
    let wrong = app
        .call(
            "invitations/accept",
            None,
            &[
                ("token", &token),
                ("display_name", ""),
                ("password", "not mine"),
            ],
        )
        .await;
    assert!(wrong.field_error("password").is_some());
    let ok = app
        .call(
            "invitations/accept",
            None,
            &[
                ("token", &token),
                ("display_name", ""),
                ("password", "founder-pass-1"),
            ],
        )
        .await;
    assert_eq!(
        app.me(ok.session_cookie().as_deref()).await["roles"],
        serde_json::json!(["founder", "investor"])
    );
}

#[tokio::test]
async fn staff_functions_are_hidden_from_everyone_else() {
    let app = spawn_app().await;
    let founder = app.founder("f@example.com").await;
    let staff_only: [(&str, &[(&str, &str)]); 6] = [
        ("staff/invite", &[("email", "a@b.co"), ("role", "investor")]),
        ("staff/outbox", &[("page", "0")]),
        ("editions/list", &[]),
        (
            "editions/get",
            &[("id", "00000000-0000-0000-0000-000000000000")],
        ),
        (
            "editions/make-current",
            &[("id", "00000000-0000-0000-0000-000000000000")],
        ),
        (
            "editions/save",
            &[
                ("id", ""),
                ("name", "X"),
                ("city", "Y"),
                ("starts_on", "2027-01-01"),
                ("ends_on", "2027-01-02"),
                ("time_zone", "UTC"),
                ("submission_deadline", "2026-12-01T10:00"),
                ("tracks", "AI"),
            ],
        ),
    ];
    for (endpoint, args) in staff_only {
        assert_eq!(
            app.call(endpoint, Some(&founder), args).await.status,
            StatusCode::NOT_FOUND,
            "{endpoint} as founder"
        );
        assert_eq!(
            app.call(endpoint, None, args).await.status,
            StatusCode::UNAUTHORIZED,
            "{endpoint} anonymous"
        );
    }
    assert_eq!(app.outbox_bodies().await.len(), 0);
}

#[tokio::test]
async fn staff_create_edit_and_switch_editions() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let fields = |name: &'static str, start: &'static str, end: &'static str| {
        vec![
            ("id", ""),
            ("name", name),
            ("city", "Shanghai"),
            ("starts_on", start),
            ("ends_on", end),
            ("time_zone", "Asia/Shanghai"),
            ("submission_deadline", "2026-12-01T23:59"),
            ("tracks", "AI\nFintech"),
        ]
    };
    let backwards = app
        .call(
            "editions/save",
            Some(&staff),
            &fields("GSIC 2026", "2026-12-14", "2026-12-10"),
        )
        .await;
    assert_eq!(backwards.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        backwards.field_error("ends_on").as_deref(),
        Some("The end date cannot be before the start date.")
    );
    assert!(
        backwards.body.contains("2026-12-10"),
        "the typed values come back"
    );
    assert_eq!(
        app.call("editions/list", Some(&staff), &[]).await.json(),
        serde_json::json!([])
    );

    assert_eq!(
        app.call(
            "editions/save",
            Some(&staff),
            &fields("GSIC 2026", "2026-12-14", "2026-12-16")
        )
        .await
        .status,
        StatusCode::OK
    );
    assert_eq!(
        app.call(
            "editions/save",
            Some(&staff),
            &fields("GSIC 2027", "2027-12-14", "2027-12-16")
        )
        .await
        .status,
        StatusCode::OK
    );
    let list = app.call("editions/list", Some(&staff), &[]).await.json();
    let first = list
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "GSIC 2026")
        .unwrap()
        .clone();
    assert_eq!(
        first["is_current"], true,
        "the first edition becomes current"
    );
    assert_eq!(first["tracks"], serde_json::json!(["AI", "Fintech"]));
    assert_eq!(first["submission_deadline_local"], "2026-12-01T23:59");
    let second_id = list
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "GSIC 2027")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();

    app.call("editions/make-current", Some(&staff), &[("id", &second_id)])
        .await;
    let current = app.call("editions/current", None, &[]).await.json();
    assert_eq!(current["name"], "GSIC 2027");

    let mut rename = fields("GSIC 2027 Shanghai", "2027-12-14", "2027-12-16");
    rename[0] = ("id", &second_id);
    rename[7] = ("tracks", "AI\nClean energy");
    assert_eq!(
        app.call("editions/save", Some(&staff), &rename)
            .await
            .status,
        StatusCode::OK
    );
    let edited = app
        .call("editions/get", Some(&staff), &[("id", &second_id)])
        .await
        .json();
    assert_eq!(edited["name"], "GSIC 2027 Shanghai");
    assert_eq!(edited["tracks"], serde_json::json!(["AI", "Clean energy"]));
    let clash = app
        .call(
            "editions/save",
            Some(&staff),
            &fields("GSIC 2026", "2026-12-14", "2026-12-16"),
        )
        .await;
    assert!(clash.field_error("name").is_some());
}

#[tokio::test]
async fn cross_site_mutations_and_get_mutations_are_refused() {
    let app = spawn_app().await;
    let req = Request::post("/api/auth/sign-up")
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, "https://evil.example")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form(&[
            ("display_name", "E"),
            ("email", "e@evil.example"),
            ("password", "12345678"),
        ])))
        .unwrap();
    assert_eq!(app.send(req).await.status, StatusCode::FORBIDDEN);
    let req = Request::post("/api/auth/log-out")
        .header(header::HOST, "127.0.0.1:3000")
        .header("sec-fetch-site", "cross-site")
        .body(Body::empty())
        .unwrap();
    assert_eq!(app.send(req).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.get("/api/auth/log-out", None).await.status,
        StatusCode::METHOD_NOT_ALLOWED
    );
    assert_eq!(app.user_count().await, 0);
}

#[tokio::test]
async fn pages_carry_security_headers_and_are_compressed() {
    let app = spawn_app().await;
    let req = Request::get("/login")
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ACCEPT_ENCODING, "br")
        .body(Body::empty())
        .unwrap();
    let reply = app.send(req).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.headers.get(header::CONTENT_ENCODING).unwrap(), "br");
    let csp = reply
        .headers
        .get(header::CONTENT_SECURITY_POLICY)
        .unwrap()
        .to_str()
        .unwrap();
    for part in [
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "'nonce-",
        "'wasm-unsafe-eval'",
    ] {
        assert!(csp.contains(part), "CSP lacks {part}: {csp}");
    }
    assert!(!csp.contains("unsafe-inline"));
    assert_eq!(
        reply.headers.get(header::X_CONTENT_TYPE_OPTIONS).unwrap(),
        "nosniff"
    );
    assert!(reply.headers.get(header::REFERRER_POLICY).is_some());
    let missing = app.get("/no/such/page", None).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.contains("Page not found"));
}

#[tokio::test]
async fn a_form_posted_without_javascript_returns_to_the_form_with_its_values() {
    let app = spawn_app().await;
    let req = Request::post("/api/auth/sign-up")
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, "http://127.0.0.1:3000")
        .header(header::ACCEPT, "text/html")
        .header(header::REFERER, "http://127.0.0.1:3000/signup")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form(&[
            ("display_name", "Kept Name"),
            ("email", "kept@example"),
            ("password", "12345678"),
        ])))
        .unwrap();
    let reply = app.send(req).await;
    assert_eq!(reply.status, StatusCode::FOUND);
    let location = reply
        .headers
        .get(header::LOCATION)
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        location.starts_with("http://127.0.0.1:3000/signup?") && location.contains("__err="),
        "{location}"
    );
    // The browser that posted holds the cookie that lets it see its own error.
    let binding = reply
        .cookie("pitchline_form_error")
        .expect("form error cookie");
    let page = app
        .get(
            location.trim_start_matches("http://127.0.0.1:3000"),
            Some(&binding),
        )
        .await;
    assert!(page.body.contains("Kept Name"), "the name is kept");
    assert!(page.body.contains("kept@example"), "the email is kept");
    assert!(
        page.body.contains("is not a valid email address"),
        "the error shows beside the field"
    );
}

#[tokio::test]
async fn concurrent_sign_ups_all_succeed() {
    let app = Arc::new(spawn_app().await);
    let mut tasks = Vec::new();
    for i in 0..12 {
        let app = app.clone();
        tasks.push(tokio::spawn(async move {
            app.sign_up("Parallel", &format!("p{i}@example.com"), "parallel pass")
                .await
                .status
        }));
    }
    for task in tasks {
        assert_eq!(task.await.unwrap(), StatusCode::OK);
    }
    assert_eq!(app.user_count().await, 12);
}

#[tokio::test]
async fn concurrent_sign_ups_with_one_email_create_one_account() {
    let app = Arc::new(spawn_app().await);
    let mut tasks = Vec::new();
    for _ in 0..6 {
        let app = app.clone();
        tasks.push(tokio::spawn(async move {
            app.sign_up("Twin", "twin@example.com", "twin passphrase")
                .await
        }));
    }
    let mut created = 0;
    for task in tasks {
        let reply = task.await.unwrap();
        if reply.status == StatusCode::OK {
            created += 1;
        } else {
            assert_eq!(
                reply.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{}",
                reply.body
            );
            assert!(reply
                .field_error("email")
                .is_some_and(|m| m.contains("already exists")));
        }
    }
    assert_eq!(created, 1);
    assert_eq!(app.user_count().await, 1);
}
