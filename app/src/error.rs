//! The one error type every server function returns. It carries only what a user may
//! read: a message, per-field problems and, for failures on our side, a correlation id
//! that points staff at the full cause in the server log.

use domain::FieldErrors;
use serde::{Deserialize, Serialize};
use server_fn::codec::JsonEncoding;
use server_fn::error::{FromServerFnError, ServerFnErrorErr};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// The input broke a rule. `kept` holds the non-secret values the user typed, so a
    /// form re-rendered without JavaScript can show them again.
    #[error("{message}")]
    Invalid {
        message: String,
        fields: FieldErrors,
        kept: Vec<(String, String)>,
    },
    #[error("Please log in to continue.")]
    Unauthenticated,
    #[error("You do not have permission to do that.")]
    Forbidden,
    #[error("We could not find that page or item.")]
    NotFound,
    #[error("Too many attempts. Please try again {}.", wait_phrase(.retry_after_secs))]
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
    let secs = (*secs).max(1);
    let (n, unit) = match secs {
        s if s < 60 => (s, "second"),
        s if s < 3600 => ((s + 59) / 60, "minute"),
        s => ((s + 3599) / 3600, "hour"),
    };
    format!("in {n} {unit}{}", if n == 1 { "" } else { "s" })
}

impl AppError {
    pub fn invalid(fields: FieldErrors) -> Self {
        let message = match fields.0.len() {
            1 => "Please correct the highlighted field.".to_string(),
            _ => "Please correct the highlighted fields.".to_string(),
        };
        AppError::Invalid {
            message,
            fields,
            kept: Vec::new(),
        }
    }

    pub fn invalid_field(field: &str, message: impl Into<String>) -> Self {
        let mut fields = FieldErrors::new();
        fields.add(field, message);
        Self::invalid(fields)
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
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
            },
            other => other,
        }
    }

    pub fn field(&self, name: &str) -> Option<String> {
        match self {
            AppError::Invalid { fields, .. } => fields.get(name).map(str::to_string),
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
            | ServerFnErrorErr::Deserialization(_) => AppError::Invalid {
                message: "The form was incomplete or malformed; please fill it in again.".into(),
                fields: FieldErrors::new(),
                kept: Vec::new(),
            },
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

/// A stable short reference for errors raised outside our own handlers.
fn short_id(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf29ce484222325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    });
    format!("sf-{:08x}", hash as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
