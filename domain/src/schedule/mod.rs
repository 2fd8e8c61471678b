//! The pitch schedule: startups into session slots and judges onto panels, by index
//! (the backend maps rows to indices and back).
//!
//! - [`model`]: the facts (sessions and their slots, startups, judges, conflicts, the
//!   current schedule with what staff locked).
//! - [`solve`]: a deterministic solver (same instance, same solution): a minimum-cost
//!   matching of startups to slots, then panels chosen greedily ([`solver`], `flow`,
//!   `panels`), with [`Objective`] and a lower [`Bound`] to judge it by.
//! - [`explain`]: why a startup was left out or a panel stayed short, as typed facts.
//! - [`check`]: the hard rules, written apart from the solver; [`warnings`]: the soft
//!   goals missed. The editor runs both on every edit.
//! - [`diff`]: what a solve changed, for staff and for the release email.
//!
//! No framework here; time is `chrono` in UTC.

pub mod checker;
pub mod diff;
pub mod explain;
mod flow;
pub mod model;
pub mod objective;
mod panels;
pub mod solver;

#[cfg(test)]
mod tests;

pub use checker::{check, warnings, Breach, Level, Rule, Warning};
pub use diff::{diff, Change};
pub use explain::{ShortPanel, UnplacedStartup, WhyUnplaced};
pub use model::{Instance, Judge, Placement, Schedule, Seat, Session, Startup};
pub use objective::{evaluate, Objective};
pub use solver::solve;

/// What the solver made of an instance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Solution {
    /// Placements and seats in index order; locked entries exactly as they were.
    pub schedule: Schedule,
    /// Startups without a slot, each with why.
    pub unplaced: Vec<UnplacedStartup>,
    /// Sessions with pitches whose panel is below its minimum, with where the judges were.
    pub short_panels: Vec<ShortPanel>,
    /// Hard rules the schedule still breaks ([`check`] on it): only what locked entries
    /// force, and short panels.
    pub breaches: Vec<Breach>,
    pub objective: Objective,
    pub bound: Bound,
}

/// Lower bounds on the objective: no schedule of this instance does better on the
/// startup part, and no choice of panels for the solution's placements does better
/// on the panel part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bound {
    /// The startup part of the cheapest matching of startups to slots when founders may
    /// pitch twice at once: exact unless founders had to be repaired.
    pub startup_cost: i64,
    /// Panels, given the solution's placements: every session with pitches seating
    /// its minimum of best-fitting judges who may sit there, ignoring overlaps between
    /// panels, with no changes, no load spread and every wish met.
    pub panel_cost: i64,
    /// The most startups any schedule can place (the matching's size, locked included).
    pub placeable: usize,
}

impl Bound {
    pub fn total(&self) -> i64 {
        self.startup_cost + self.panel_cost
    }
}
