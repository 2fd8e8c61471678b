//! Look-ups every feature needs and no feature owns.

pub mod accounts;
pub mod editions;
pub mod meetings;
pub mod rubric;
pub mod schedule;
