//! Everything behind the web: database entities, services, read models, mail, secrets
//! and the demo seed. Services are `async fn(&DatabaseConnection, …) -> Result<_,
//! ServiceError>` and know nothing of HTTP; the web adapters (`#[server]` functions in
//! `app`, file routes in `server`) call them.

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
