//! Server functions, one file per resource. Each has a stable endpoint under `/api/`
//! and a body that is one call through `ctx::run` into a service.

pub mod agenda;
pub mod attendance;
pub mod auth;
pub mod deals;
pub mod editions;
pub mod investors;
pub mod judging;
pub mod live;
pub mod meeting_staff;
pub mod meetings;
pub mod needs;
pub mod pipeline;
pub mod reviews;
pub mod rounds;
pub mod showcase;
pub mod staff;
pub mod startups;

use domain::account::Role;
use domain::policy::primary_role;

/// Where a person lands after logging in.
pub fn home_path(roles: &[Role]) -> &'static str {
    match primary_role(roles) {
        Some(Role::Staff) => "/staff",
        Some(Role::Investor) => "/investor",
        Some(Role::Founder) => "/founder",
        Some(Role::Corporate) => "/needs",
        None => "/",
    }
}
