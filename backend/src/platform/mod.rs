//! Services every feature shares: who is signed in, the audit log, the outbox, the words
//! of each email (`mail_texts`) and the mailer that drains the outbox, rate limits,
//! stored files and emailed tokens.

pub mod audit;
pub mod files;
pub mod form_errors;
pub mod mail_texts;
pub mod mailer;
pub mod outbox;
pub mod rate_limits;
pub mod sessions;
pub mod tokens;
