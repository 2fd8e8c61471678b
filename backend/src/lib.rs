//! Everything behind the web: database model, look-ups, access facts, features, read
//! models, mail, secrets and the demo seed. It knows no HTTP and no UI framework: the
//! web adapters (`#[server]` functions in `app`, file routes in `server`) call it.
//!
//! Layers, lowest first; a module imports only from layers below its own (and a
//! feature never from another feature). `tests/tidy.rs` reads the `use` lines and fails
//! on any import that points sideways or up:
//!
//! 1. base: `error`, `db`, `secrets`, `state`
//! 2. `model`: entities with typed columns and their methods
//! 3. `platform`: services every feature shares (sessions, audit, outbox, mail, rate
//!    limits, stored files, emailed tokens)
//! 4. `lookup`: editions (current, by id, tracks, time zone, review settings)
//! 5. `access`: the one place that loads the facts `domain::policy` decides on
//! 6. `features`: one module per feature; each owns its writes
//! 7. `queries`: read models for pages that compose several features
//! 8. `seed`: demo data, through the features

pub mod db;
pub mod error;
pub mod secrets;
pub mod state;

pub mod model;

pub mod platform;

pub mod lookup;

pub mod access;

pub mod features;

pub mod queries;

pub mod seed;

pub use error::ServiceError;
pub use state::{AppConfig, AppState};
