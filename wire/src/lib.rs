//! Wire types shared by the browser and the server. Never database entities; never
//! framework types (this crate is below both `app` and `backend`).

use chrono::{DateTime, NaiveDate, Utc};
use domain::account::Role;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

mod agenda;
mod deals;
mod judging;
mod live;
mod meeting_staff;
mod meetings;
mod needs;
mod pipeline;
mod rounds;
mod startups;
pub use agenda::*;
pub use deals::*;
pub use judging::*;
pub use live::*;
pub use meeting_staff::*;
pub use meetings::*;
pub use needs::*;
pub use pipeline::*;
pub use rounds::*;
pub use startups::*;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub roles: Vec<Role>,
}

impl CurrentUser {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationView {
    pub email: String,
    pub role: Role,
    /// The invited email already has an account: accepting adds the role to it.
    pub existing_account: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxMessage {
    pub id: Uuid,
    pub to_email: String,
    pub subject: String,
    pub body: String,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    /// Not to be sent before then (a decision's undo window); `None` once it may go.
    pub held_until: Option<DateTime<Utc>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxPage {
    pub messages: Vec<OutboxMessage>,
    pub page: u64,
    pub pages: u64,
    pub total: u64,
    /// Whether SMTP delivery is configured; without it the outbox is the only copy.
    pub smtp_enabled: bool,
    /// The site's own address (`PITCHLINE_PUBLIC_URL`): only a line that is a link
    /// under it is shown as a link; everything else in a body is text.
    pub link_origin: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edition {
    pub id: Uuid,
    pub name: String,
    pub city: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub time_zone: String,
    pub submission_deadline: DateTime<Utc>,
    /// The deadline as local time in the edition's zone, `YYYY-MM-DDTHH:MM`.
    pub submission_deadline_local: String,
    /// Until when accepted teams confirm they will pitch, local `YYYY-MM-DDTHH:MM`;
    /// empty when staff have not set one.
    pub attendance_deadline_local: String,
    pub is_current: bool,
    pub tracks: Vec<String>,
}

/// One line of the audit trail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// Shown in UTC: the log spans editions and their time zones.
    pub at: chrono::DateTime<chrono::Utc>,
    /// "Name <email>"; `None` for the system itself (or an account that is gone).
    pub actor: Option<String>,
    pub action: String,
    pub subject: String,
    /// The subject's name while it exists (a pitch's startup, a startup, an edition, an
    /// account); the page shows the kind and a short id otherwise.
    pub subject_name: Option<String>,
    pub detail: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub entries: Vec<AuditEntry>,
    pub page: u64,
    pub has_next: bool,
}
