//! The one place that loads the facts `domain::policy` and `domain::review` decide on:
//! how a user stands towards a startup, a pitch, a deck; who judges what, and every
//! conflict of interest. Features ask here; none loads these facts itself.

pub mod need;
pub mod panel;
pub mod review;
pub mod startup;
