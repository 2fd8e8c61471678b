//! Judging before the event: the rubric and settings (`setup`), who reviews what
//! (`assignments`), the judge's side (`reviews`), and the staff's decisions and
//! feedback (`decisions`).

pub mod assignments;
pub mod decisions;
pub mod reviews;
pub mod setup;
