//! The one error type every server function returns. It carries only what a user may
//! read: a message, per-field messages and, for failures on our side, a correlation id
//! that points staff at the full cause in the server log. The words are chosen once, in
//! the language of the request, where a service's typed error becomes an `AppError`
//! (`server/error.rs`), so the JSON answer and a form's no-JS `__err` redirect carry the
//! same text the page shows.

use crate::lang::t;
use domain::lang::Lang;
use serde::{Deserialize, Serialize};
use server_fn::codec::JsonEncoding;
use server_fn::error::{FromServerFnError, ServerFnErrorErr};

/// What is wrong with one field, in the reader's words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldMessage {
    pub field: String,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// The input broke a rule. `kept` holds the non-secret values the user typed, so a
    /// form re-rendered without JavaScript can show them again.
    #[error("{}", if message.is_empty() { "Please correct the highlighted fields." } else { message.as_str() })]
    Invalid {
        message: String,
        fields: Vec<FieldMessage>,
        kept: Vec<(String, String)>,
    },
    #[error("Please log in to continue.")]
    Unauthenticated,
    #[error("You do not have permission to do that.")]
    Forbidden,
    #[error("We could not find that page or item.")]
    NotFound,
    #[error("{}", wait_phrase(.retry_after_secs))]
    RateLimited { retry_after_secs: i64 },
    #[error("{0}")]
    Conflict(String),
    #[error("Something went wrong on our side. If it persists, quote reference {correlation_id}.")]
    Internal { correlation_id: String },
    #[error("Could not reach Pitchline: {0}. Check your connection and try again.")]
    Transport(String),
}

/// "in 40 seconds", "in 15 minutes", "in 24 hours": a wait a person can read.
fn wait_phrase(secs: &i64) -> String {
    rate_limit_text(Lang::En, *secs)
}

fn rate_limit_text(lang: Lang, secs: i64) -> String {
    match secs.max(1) {
        s if s < 60 => t!(lang, "rate-limited-seconds", count = s),
        s if s < 3600 => t!(lang, "rate-limited-minutes", count = ((s + 59) / 60)),
        s => t!(lang, "rate-limited-hours", count = ((s + 3599) / 3600)),
    }
}

impl AppError {
    /// Field messages; the form-level summary ("Please correct the highlighted field")
    /// is chosen when shown, in the reader's language (`message` stays empty).
    pub fn invalid(fields: Vec<FieldMessage>) -> Self {
        AppError::Invalid {
            message: String::new(),
            fields,
            kept: Vec::new(),
        }
    }

    /// The whole form refused with `message` (already in the reader's language), shown
    /// at its top rather than beside a field.
    pub fn refused(message: String) -> Self {
        AppError::Invalid {
            message,
            fields: Vec::new(),
            kept: Vec::new(),
        }
    }

    /// What the person reads, in `lang`. (`Display` is the English text, for logs.)
    pub fn message(&self, lang: Lang) -> String {
        match self {
            AppError::Invalid {
                message, fields, ..
            } if message.is_empty() => match fields.len() {
                1 => t!(lang, "error-fix-field"),
                _ => t!(lang, "error-fix-fields"),
            },
            AppError::Invalid { message, .. } | AppError::Conflict(message) => message.clone(),
            AppError::Unauthenticated => t!(lang, "error-log-in"),
            AppError::Forbidden => t!(lang, "error-forbidden"),
            AppError::NotFound => t!(lang, "error-not-found"),
            AppError::RateLimited { retry_after_secs } => rate_limit_text(lang, *retry_after_secs),
            AppError::Internal { correlation_id } => {
                t!(lang, "error-internal", reference = correlation_id.as_str())
            }
            AppError::Transport(cause) => t!(lang, "error-transport", cause = cause.as_str()),
        }
    }

    /// One field's message, already in the reader's language (a domain problem is
    /// worded by `components::problems`).
    pub fn invalid_field(field: &str, message: String) -> Self {
        Self::invalid(vec![FieldMessage {
            field: field.to_string(),
            message,
        }])
    }

    /// Attaches what the user typed (never passwords) to a validation error.
    pub fn keeping(self, values: &[(&str, &str)]) -> Self {
        match self {
            AppError::Invalid {
                message, fields, ..
            } => AppError::Invalid {
                message,
                fields,
                kept: values
                    .iter()
                    .map(|(k, v)| (k.to_string(), keepable(v).to_string()))
                    .collect(),
            },
            other => other,
        }
    }

    pub fn field(&self, name: &str) -> Option<String> {
        match self {
            AppError::Invalid { fields, .. } => fields
                .iter()
                .find(|f| f.field == name)
                .map(|f| f.message.clone()),
            _ => None,
        }
    }

    pub fn kept(&self, name: &str) -> Option<String> {
        match self {
            AppError::Invalid { kept, .. } => {
                kept.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
            }
            _ => None,
        }
    }

    pub fn status_code(&self) -> u16 {
        match self {
            AppError::Invalid { .. } => 422,
            AppError::Unauthenticated => 401,
            AppError::Forbidden => 403,
            AppError::NotFound => 404,
            AppError::RateLimited { .. } => 429,
            AppError::Conflict(_) => 409,
            AppError::Internal { .. } => 500,
            AppError::Transport(_) => 502,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(msg) | ServerFnErrorErr::Response(msg) => {
                AppError::Transport(msg)
            }
            ServerFnErrorErr::Args(_)
            | ServerFnErrorErr::MissingArg(_)
            | ServerFnErrorErr::Deserialization(_) => {
                AppError::refused(t!(current_lang(), "error-malformed"))
            }
            ServerFnErrorErr::UnsupportedRequestMethod(_) => AppError::NotFound,
            other => {
                let correlation_id = short_id(&other.to_string());
                // The user sees only the reference; the cause goes to the server log.
                #[cfg(feature = "ssr")]
                tracing::error!(%correlation_id, error = %other, "server function failed");
                AppError::Internal { correlation_id }
            }
        }
    }
}

/// The language of the request being answered (English outside one).
pub(crate) fn current_lang() -> Lang {
    #[cfg(feature = "ssr")]
    if let Some(parts) = leptos::prelude::use_context::<http::request::Parts>() {
        return crate::lang::request_lang(&parts.headers);
    }
    crate::lang::use_lang()
}

/// A stable short reference for errors raised outside our own handlers.
fn short_id(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf29ce484222325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    });
    format!("sf-{:08x}", hash as u32)
}

/// The most of one typed value an error carries back: twice the longest text any form
/// accepts (5,000 characters), so a refused over-long value comes back long enough to
/// see and shorten, while a 100 KB paste is not stored and sent back whole.
pub const KEPT_MAX_CHARS: usize = 10_000;

fn keepable(value: &str) -> &str {
    match value.char_indices().nth(KEPT_MAX_CHARS) {
        Some((cut, _)) => &value[..cut],
        None => value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_value_is_cut_at_a_character_boundary_past_the_longest_field() {
        let long = "潮".repeat(KEPT_MAX_CHARS + 5);
        let kept = AppError::invalid_field("description", "too long".into())
            .keeping(&[("description", &long), ("name", "Tidal Grid")]);
        assert_eq!(
            kept.kept("description").map(|v| v.chars().count()),
            Some(KEPT_MAX_CHARS)
        );
        assert_eq!(kept.kept("name").as_deref(), Some("Tidal Grid"));
    }

    #[test]
    fn a_rate_limit_says_how_long_to_wait_in_words() {
        let says = |secs| {
            AppError::RateLimited {
                retry_after_secs: secs,
            }
            .to_string()
        };
        assert_eq!(says(1), "Too many attempts. Please try again in 1 second.");
        assert_eq!(
            says(45),
            "Too many attempts. Please try again in 45 seconds."
        );
        assert_eq!(
            says(899),
            "Too many attempts. Please try again in 15 minutes."
        );
        assert_eq!(
            says(86_399),
            "Too many attempts. Please try again in 24 hours."
        );
        let zh = AppError::RateLimited {
            retry_after_secs: 120,
        }
        .message(Lang::Zh);
        assert_eq!(zh, "尝试次数过多，请在 2 分钟后重试。");
    }
}
