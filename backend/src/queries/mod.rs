//! Read models for pages that compose several features: the public showcase and the
//! staff table (`catalogue`), the founder's startup pages (`startup_page`), the staff
//! ranking (`ranking`) and its stored standings (`standings`).

pub mod catalogue;
pub mod ranking;
pub mod standings;
pub mod startup_page;
