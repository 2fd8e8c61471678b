//! The single place where a backend failure becomes the user's `AppError`: internal
//! causes are logged with a correlation id and replaced by it.

use crate::error::AppError;
use backend::ServiceError;

impl From<ServiceError> for AppError {
    fn from(err: ServiceError) -> Self {
        match err {
            ServiceError::Invalid(fields) => AppError::invalid(fields),
            ServiceError::Refused(message) => AppError::Invalid {
                message,
                fields: domain::FieldErrors::new(),
                kept: Vec::new(),
            },
            ServiceError::Unauthenticated => AppError::Unauthenticated,
            ServiceError::Forbidden => AppError::Forbidden,
            ServiceError::NotFound => AppError::NotFound,
            ServiceError::RateLimited(secs) => AppError::RateLimited {
                retry_after_secs: secs,
            },
            ServiceError::Conflict(msg) => AppError::Conflict(msg),
            cause @ (ServiceError::Db(_) | ServiceError::Internal(_)) => {
                let correlation_id = uuid::Uuid::new_v4().simple().to_string()[..12].to_string();
                tracing::error!(%correlation_id, error = %cause, "request failed");
                AppError::Internal { correlation_id }
            }
        }
    }
}
