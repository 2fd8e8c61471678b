pub mod accounts;
pub mod audit;
pub mod editions;
pub mod invitations;
pub mod outbox;
pub mod rate_limits;
pub mod sessions;
