//! Server-only code: database entities, services and the request context.
//! Services are `async fn(&DatabaseConnection, …) -> Result<_, ServiceError>` and know
//! nothing about HTTP; server functions call them through `ctx::run`.

pub mod ctx;
pub mod db;
pub mod entities;
pub mod error;
pub mod mailer;
pub mod secrets;
pub mod seed;
pub mod services;
pub mod state;

pub use error::ServiceError;
pub use state::{AppConfig, AppState};
