//! Follow-up meetings, the request side: fit recommendations for investors and founders,
//! asking for a meeting and answering (`domain::meetings::requests` holds every rule).
//! The meeting schedule itself (blocks, places, the matcher run, bookings) is
//! `features::meeting_schedule`.

pub mod page;
pub mod requests;
