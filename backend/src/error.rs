use domain::{Clash, FieldErrors, Problem, Refusal};
use sea_orm::DbErr;

/// What a service can fail with. Converting it to `AppError` is the single place where
/// internal causes are logged and replaced by a correlation id, and where the typed
/// reasons (`domain::problem`) are worded in the reader's language. `Display` is for
/// operators' logs.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error("invalid input: {0:?}")]
    Invalid(FieldErrors),
    /// Input refused as a whole (an expired link, nothing ticked): shown at the top of
    /// the form, not beside a field.
    #[error("refused: {0:?}")]
    Refused(Refusal),
    #[error("not logged in")]
    Unauthenticated,
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("rate limited for {0}s")]
    RateLimited(i64),
    #[error("conflict: {0:?}")]
    Conflict(Clash),
    #[error("database: {0}")]
    Db(#[from] DbErr),
    #[error("internal: {0}")]
    Internal(String),
}

/// True when the database refused a row because a unique index already holds its key:
/// two requests raced past the same "does it exist?" check.
pub fn is_unique_violation(err: &DbErr) -> bool {
    matches!(
        err.sql_err(),
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
    )
}

impl ServiceError {
    /// Replaces a unique-index refusal with `friendly`; other errors pass through.
    pub fn on_duplicate(self, friendly: impl FnOnce() -> ServiceError) -> ServiceError {
        match self {
            ServiceError::Db(ref e) if is_unique_violation(e) => friendly(),
            other => other,
        }
    }

    /// A value we stored ourselves no longer passes its rule: our bug, not the user's.
    pub fn stored(what: &str, problem: Problem) -> Self {
        ServiceError::Internal(format!("stored {what} refused: {problem:?}"))
    }

    /// One field's problem.
    pub fn field(field: &str, problem: Problem) -> Self {
        ServiceError::Invalid(FieldErrors::one(field, problem))
    }
}
