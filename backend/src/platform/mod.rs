//! Services every feature shares: who is signed in, the audit log, the outbox and the
//! mailer that drains it, rate limits, stored files and emailed tokens.

pub mod audit;
pub mod files;
pub mod mailer;
pub mod outbox;
pub mod rate_limits;
pub mod sessions;
pub mod tokens;
