use domain::session::SessionPolicy;
use sea_orm::DatabaseConnection;
use std::path::PathBuf;
use std::sync::Arc;

/// Settings read once at start-up; identical on every instance of a deployment.
#[derive(Clone, Debug)]
pub struct AppConfig {
    /// Base URL used in emailed links, e.g. `https://pitch.example.org`.
    pub public_url: String,
    /// Mark cookies `Secure` (the site is served over https).
    pub secure_cookies: bool,
    pub session: SessionPolicy,
    pub smtp_url: Option<String>,
    pub mail_from: String,
    pub data_dir: PathBuf,
    /// How many proxies in front of the server append to `X-Forwarded-For` (0: none,
    /// the header is ignored). The client address is that many entries from the right.
    pub trusted_proxy_hops: usize,
}

impl AppConfig {
    pub fn for_tests() -> Self {
        Self {
            public_url: "http://127.0.0.1:3000".into(),
            secure_cookies: false,
            session: SessionPolicy::default(),
            smtp_url: None,
            mail_from: "Pitchline <no-reply@pitchline.local>".into(),
            data_dir: std::env::temp_dir(),
            trusted_proxy_hops: 0,
        }
    }
}

/// Everything a request needs, shared by all requests. Holds no per-process state that
/// would diverge between two instances behind a load balancer: sessions, rate limits
/// and the outbox all live in the database.
#[derive(Clone, Debug)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub config: Arc<AppConfig>,
}
