//! Read models for pages that compose several features: a person's own agenda
//! (`agenda`), the public showcase and the
//! staff table (`catalogue`), the founder's startup pages (`startup_page`), the staff
//! ranking (`ranking`) and its stored standings (`standings`).

pub mod agenda;
pub mod catalogue;
pub mod ranking;
pub mod standings;
pub mod startup_page;
