//! Pitchline's business rules, free of any web or database framework.
//!
//! Everything here compiles for the host and for wasm32, so the browser and the
//! server validate input with the very same code.

pub mod account;
pub mod assignment;
pub mod attendance;
pub mod audit;
pub mod code;
pub mod conflict;
pub mod country;
pub mod deals;
pub mod edition;
pub mod investor;
pub mod lang;
pub mod live;
pub mod meetings;
pub mod needs;
pub mod paging;
pub mod pipeline;
pub mod policy;
pub mod problem;
pub mod rate_limit;
pub mod recommend;
pub mod review;
pub mod rounds;
pub mod schedule;
pub mod scoring;
pub mod session;
pub mod startup;
pub mod submission;
pub mod text;
pub mod upload;
pub mod validation;

pub use problem::{Clash, Noun, Problem, Refusal};
pub use validation::{FieldError, FieldErrors};
