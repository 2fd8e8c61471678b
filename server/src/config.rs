//! Configuration from the environment, with defaults that run on one machine.

use backend::AppConfig;
use domain::session::SessionPolicy;
use std::path::PathBuf;

#[derive(Clone, Debug)]
pub struct Config {
    pub database_url: String,
    pub app: AppConfig,
}

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

impl Config {
    pub fn from_env() -> Self {
        let site_addr = var("LEPTOS_SITE_ADDR").unwrap_or_else(|| "127.0.0.1:3000".into());
        let public_url =
            var("PITCHLINE_PUBLIC_URL").unwrap_or_else(|| format!("http://{site_addr}"));
        let public_url = public_url.trim_end_matches('/').to_string();
        Self {
            database_url: var("DATABASE_URL")
                .unwrap_or_else(|| backend::db::DEFAULT_DATABASE_URL.into()),
            app: AppConfig {
                secure_cookies: public_url.starts_with("https://"),
                public_url,
                session: SessionPolicy::default(),
                smtp_url: var("SMTP_URL"),
                mail_from: var("PITCHLINE_MAIL_FROM")
                    .unwrap_or_else(|| "Pitchline <no-reply@pitchline.local>".into()),
                data_dir: PathBuf::from(var("PITCHLINE_DATA_DIR").unwrap_or_else(|| "data".into())),
                trust_forwarded_for: var("PITCHLINE_TRUST_PROXY")
                    .is_some_and(|v| v == "1" || v == "true"),
            },
        }
    }
}
