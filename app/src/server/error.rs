//! The single place where a backend failure becomes the user's `AppError`: typed
//! problems, refusals and clashes are worded in the request's language
//! (`components::problems`), internal causes are logged with a correlation id and
//! replaced by it.

use crate::components::problems;
use crate::error::{AppError, FieldMessage};
use backend::ServiceError;
use domain::lang::Lang;

impl From<ServiceError> for AppError {
    /// In the language of the request being answered (English outside one).
    fn from(err: ServiceError) -> Self {
        AppError::from_service(err, crate::error::current_lang())
    }
}

impl AppError {
    /// `err` as the user may read it, in `lang` (for a plain route, which knows the
    /// request's headers but runs outside a server function's context).
    pub fn from_service(err: ServiceError, lang: Lang) -> Self {
        match err {
            ServiceError::Invalid(fields) => AppError::invalid(
                fields
                    .0
                    .into_iter()
                    .map(|f| FieldMessage {
                        message: problems::problem(lang, &f.problem),
                        field: f.field,
                    })
                    .collect(),
            ),
            ServiceError::Refused(refusal) => AppError::refused(problems::refusal(lang, &refusal)),
            ServiceError::Unauthenticated => AppError::Unauthenticated,
            ServiceError::Forbidden => AppError::Forbidden,
            ServiceError::NotFound => AppError::NotFound,
            ServiceError::RateLimited(secs) => AppError::RateLimited {
                retry_after_secs: secs,
            },
            ServiceError::Conflict(clash) => AppError::Conflict(problems::clash(lang, &clash)),
            cause @ (ServiceError::Db(_) | ServiceError::Internal(_)) => {
                let correlation_id = uuid::Uuid::new_v4().simple().to_string()[..12].to_string();
                tracing::error!(%correlation_id, error = %cause, "request failed");
                AppError::Internal { correlation_id }
            }
        }
    }
}

/// Plain routes (uploads, downloads, the JSON API to come) answer like server functions:
/// the status of the error and the same JSON body.
impl axum::response::IntoResponse for AppError {
    fn into_response(self) -> axum::response::Response {
        let status = http::StatusCode::from_u16(self.status_code())
            .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
        (status, axum::Json(self)).into_response()
    }
}

impl AppError {
    /// The error as a small page, for a browser that navigated to a plain route (a deck
    /// link) and cannot be sent back to a form. The text is escaped: it may quote input.
    pub fn browser_page(&self, lang: domain::lang::Lang) -> axum::response::Response {
        use axum::response::IntoResponse;
        let status = http::StatusCode::from_u16(self.status_code())
            .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
        let html = format!(
            "<!DOCTYPE html><html lang=\"{tag}\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>{title} · Pitchline</title></head><body><main>\
             <h1>{title}</h1><p role=\"alert\">{message}</p><p><a href=\"/\">{home}</a></p>\
             </main></body></html>",
            title = escape_html(status.canonical_reason().unwrap_or("Error")),
            message = escape_html(&self.message(lang)),
            home = escape_html(&i18n::t!(lang, "common-go-home")),
            tag = lang.tag(),
        );
        (
            status,
            [(http::header::CONTENT_TYPE, "text/html; charset=utf-8")],
            html,
        )
            .into_response()
    }
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
