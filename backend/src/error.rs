use domain::FieldErrors;
use sea_orm::DbErr;

/// What a service can fail with. Converting it to `AppError` is the single place where
/// internal causes are logged and replaced by a correlation id.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error("invalid input: {0:?}")]
    Invalid(FieldErrors),
    /// Input refused as a whole (an expired link, nothing ticked): shown at the top of
    /// the form, not beside a field.
    #[error("refused: {0}")]
    Refused(String),
    #[error("not logged in")]
    Unauthenticated,
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("rate limited for {0}s")]
    RateLimited(i64),
    #[error("conflict: {0}")]
    Conflict(String),
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

    pub fn field(field: &str, message: impl Into<String>) -> Self {
        let mut errors = FieldErrors::new();
        errors.add(field, message);
        ServiceError::Invalid(errors)
    }
}
