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

/// `PITCHLINE_TRUST_PROXY`: the number of proxies in front of the server (`true` is one).
fn proxy_hops(raw: Option<&str>) -> usize {
    match raw.map(str::trim) {
        Some("true") => 1,
        Some(n) => n.parse().unwrap_or(0),
        None => 0,
    }
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
                trusted_proxy_hops: proxy_hops(var("PITCHLINE_TRUST_PROXY").as_deref()),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::proxy_hops;

    #[test]
    fn trusted_proxies_are_counted() {
        assert_eq!(proxy_hops(None), 0);
        assert_eq!(proxy_hops(Some("1")), 1);
        assert_eq!(proxy_hops(Some("true")), 1);
        assert_eq!(proxy_hops(Some("2")), 2);
        assert_eq!(proxy_hops(Some("yes please")), 0);
    }
}
