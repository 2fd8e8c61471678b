//! A person's own agenda: where they pitch, where they judge and whom they meet, day by
//! day in the edition's time zone.

use chrono::NaiveDate;
use domain::meetings::CheckIn;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyAgenda {
    pub edition_id: Uuid,
    pub edition_name: String,
    pub time_zone: String,
    /// The released pitch programme's version name; `None` before the first release.
    pub version: Option<String>,
    /// Whether staff have released the meeting schedule.
    pub meetings_released: bool,
    /// Days in order, each with its items in time order; empty days are left out.
    pub days: Vec<MyDay>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyDay {
    pub day: NaiveDate,
    pub items: Vec<MyItem>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyItem {
    /// Local `HH:MM`.
    pub starts: String,
    pub ends: String,
    pub what: MyItemKind,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MyItemKind {
    /// A startup of theirs pitches.
    Pitch {
        startup: String,
        session: String,
        room: String,
    },
    /// They sit on a session's panel.
    Panel {
        session: String,
        room: String,
    },
    Meeting(AgendaMeeting),
}

/// A meeting as one of its sides reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaMeeting {
    pub id: Uuid,
    /// The reader is its investor (else a founder of its startup).
    pub as_investor: bool,
    pub startup_id: Uuid,
    pub startup: String,
    pub startup_one_liner: String,
    pub investor: String,
    /// "Partner, Harbour Ventures"; empty before the investor filled their profile.
    pub investor_line: String,
    pub place: String,
    /// Where the place is, as staff typed it ("Hall B, by the window"); may be empty.
    pub location: String,
    /// What the reader's side said on the day, and what the other side said.
    pub my_check: Option<CheckIn>,
    pub their_check: Option<CheckIn>,
    /// The sides may check in now (from the meeting's start to the end of the edition);
    /// before, `check_in_opens` says when ("14:00", the edition's wall clock).
    pub check_in_open: bool,
    pub check_in_opens: String,
}
