//! What the staff meetings page shows: the edition's meeting rules, blocks and places,
//! request counts, the last matcher run, the schedule, no-shows and the stand-by list.

use chrono::{DateTime, NaiveDate, Utc};
use domain::meetings::{CheckIn, MeetingRulesInput, RequestStatus, WhyUnplaced};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingStaff {
    pub edition_id: Uuid,
    pub edition_name: String,
    pub time_zone: String,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
    /// The rules as the form shows them.
    pub rules: MeetingRulesInput,
    pub released_at: Option<DateTime<Utc>>,
    /// Requests by status as of now (expiry read), every status listed.
    pub counts: Vec<(RequestStatus, u32)>,
    pub blocks: Vec<MeetingBlockRow>,
    pub places: Vec<MeetingPlaceRow>,
    pub last_run: Option<MeetingRunView>,
    /// The schedule in time, then place order.
    pub meetings: Vec<StaffMeetingRow>,
    /// Live (pending or accepted) requests without a meeting: what a hand booking offers.
    pub unplaced: Vec<BookableRequest>,
    /// Every meeting slot, in time order: what a hand booking offers.
    pub slots: Vec<MeetingSlotOption>,
    /// Meetings marked as a no-show, each with the requests that could take its place.
    pub standby: Vec<StandbySlot>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingBlockRow {
    pub id: Uuid,
    pub day: NaiveDate,
    /// Wall-clock `HH:MM` in the edition's zone.
    pub starts: String,
    pub ends: String,
    pub meeting_minutes: u32,
    pub buffer_minutes: u32,
    pub slots: u32,
    /// Slots × places: how many meetings the block gives.
    pub capacity: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingPlaceRow {
    pub id: Uuid,
    pub name: String,
    pub seats: u32,
    pub location: String,
    pub meetings: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingRunView {
    /// Wall-clock `YYYY-MM-DDTHH:MM` in the edition's zone.
    pub ran_at_local: String,
    pub requests: u32,
    pub placed: u32,
    pub moved: u32,
    pub weight: i64,
    pub bound: i64,
    pub idle_gaps: u32,
    pub unplaced: Vec<UnplacedRow>,
}

impl MeetingRunView {
    /// The run's weight as a whole percentage of the bound (100 when nothing could be
    /// placed at all).
    pub fn percent_of_bound(&self) -> i64 {
        if self.bound <= 0 {
            100
        } else {
            (self.weight.max(0) * 100) / self.bound
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnplacedRow {
    pub request_id: Uuid,
    pub investor: String,
    pub startup: String,
    pub why: WhyUnplaced,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffMeetingRow {
    pub id: Uuid,
    pub request_id: Uuid,
    pub investor: String,
    pub startup: String,
    pub place_id: Uuid,
    pub place: String,
    pub starts_at: DateTime<Utc>,
    /// Wall-clock `YYYY-MM-DDTHH:MM` in the edition's zone.
    pub starts_local: String,
    pub ends_local: String,
    pub locked: bool,
    pub investor_check: Option<CheckIn>,
    pub founder_check: Option<CheckIn>,
}

impl StaffMeetingRow {
    pub fn no_show(&self) -> bool {
        self.investor_check == Some(CheckIn::NoShow) || self.founder_check == Some(CheckIn::NoShow)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookableRequest {
    pub id: Uuid,
    pub investor: String,
    pub startup: String,
    pub status: RequestStatus,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingSlotOption {
    pub starts_at: DateTime<Utc>,
    /// Wall-clock `YYYY-MM-DDTHH:MM` in the edition's zone.
    pub starts_local: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StandbySlot {
    /// The no-show meeting whose place and time are free.
    pub meeting_id: Uuid,
    pub place: String,
    pub starts_local: String,
    pub candidates: Vec<BookableRequest>,
}
