//! Follow-up meetings between investors and startups: the matcher that puts accepted
//! requests onto tables × time slots, an independent checker, and an upper bound on
//! what any schedule could achieve, so a run can say how far it is from the best.
//!
//! By index, like `crate::schedule`: slots `0..S` (meeting times cut from the blocks
//! staff define; a slot's window already leaves the buffer to walk to the next
//! table), tables `0..T` (each seats one meeting at a time), investors and startups in
//! two index spaces ("parties"), requests `0..R` between one investor and one startup.
//! The backend maps rows to indices and back; nothing here knows a database id.

pub mod booking;
mod bound;
mod checker;
mod matcher;
mod model;
pub mod requests;
pub mod setup;

pub use bound::upper_bound;
pub use checker::{check, Breach, Side};
pub use matcher::{solve, Solution, Unplaced, WhyUnplaced};
pub use model::{Instance, Meeting, Party, Request};
pub use requests::{
    check_in_time, AskedBy, CheckIn, CheckInTime, MeetingRules, MeetingRulesInput, Reply,
    ReplyRefused, RequestRefused, RequestStatus,
};
pub use setup::{Block, BlockInput, BlockRules, Place, PlaceInput};

#[cfg(test)]
mod tests;
