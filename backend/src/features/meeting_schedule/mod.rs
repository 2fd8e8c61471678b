//! The staff side of follow-up meetings: the edition's meeting rules, blocks and places
//! (`setup`), the matcher run and the release to the people in it (`run`), meetings
//! placed, moved, locked or cancelled by hand (`booking`), and the day itself: check-in
//! by either side and the stand-by list for a freed slot (`checkin`).
//!
//! The schedule is read into `domain::meetings`' indices by `run::load` (slots from every
//! block, places as tables, the two parties of each request with their busy times), so
//! the matcher, the checker and a hand booking all judge the same instance. The
//! database's unique indexes are the last word on double booking: a refused insert is
//! the "taken" answer, whatever raced.

pub mod booking;
pub mod checkin;
pub mod run;
pub mod setup;

/// The outbox hold of a meeting's reminders: a moved or cancelled meeting drops them.
pub fn reminder_hold(meeting_id: sea_orm::prelude::Uuid) -> String {
    format!("meeting:{meeting_id}")
}
