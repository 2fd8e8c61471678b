//! What the technology-needs board shows: needs (with their outcome once closed), a
//! need's responses as its poster or the responding team reads them, and what a
//! founder may respond as.

use chrono::NaiveDate;
use domain::meetings::RequestStatus;
use domain::needs::{NeedInput, NeedVisibility, Outcome};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// One need as a list or its page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeedCard {
    pub id: Uuid,
    pub title: String,
    pub sector: String,
    pub description: String,
    pub budget_min: i64,
    pub budget_max: i64,
    pub currency: String,
    pub deadline: NaiveDate,
    pub country: String,
    pub visibility: NeedVisibility,
    /// The poster's organisation (a corporate's, an investor's firm), else their name.
    pub posted_by: String,
    /// The poster's company mail domain, proved by an emailed link ("sgcc.com.cn"):
    /// what backs an organisation's name, which anyone may type.
    pub poster_domain: Option<String>,
    /// No proved company address backs `posted_by` (an organisation, a firm or a person's
    /// name, all typed; the poster mails from a public or unproved address): the page
    /// says so.
    pub poster_unconfirmed: bool,
    /// Taking responses today.
    pub open: bool,
    pub outcome: Option<Outcome>,
    /// The startup that took it up (`taken_up`).
    pub outcome_startup: Option<String>,
    pub outcome_note: String,
    /// How many responses: for its poster and staff only.
    pub responses: Option<u64>,
}

/// The board (`/needs`): needs the reader may see under the filters, the filters'
/// choices, and the reader's own side (their needs, their startups' matching needs).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeedsBoard {
    pub needs: Vec<NeedCard>,
    /// Sectors to filter by and to post under (the current edition's tracks).
    pub sectors: Vec<String>,
    pub signed_in: bool,
    /// An investor or a corporate: may post.
    pub may_post: bool,
    /// A corporate's organisation ("" until they name it).
    pub organisation: Option<String>,
    /// The reader's own needs (posters).
    pub mine: Vec<NeedCard>,
    /// For each of the reader's startups, the open needs of its sectors.
    pub matching: Vec<MatchingNeeds>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatchingNeeds {
    pub startup_id: Uuid,
    pub startup_name: String,
    pub needs: Vec<NeedCard>,
}

/// A response as its reader sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResponseRow {
    pub id: Uuid,
    pub startup_id: Uuid,
    pub startup_name: String,
    pub one_liner: String,
    pub proposal: String,
    /// The linked deck (the pitch it belongs to), for the poster and the team.
    pub deck_submission: Option<Uuid>,
    pub shortlisted: bool,
    /// Edition-free `YYYY-MM-DD`.
    pub sent_on: NaiveDate,
    /// The founders' emails: shown to a corporate poster once shortlisted (they arrange
    /// the meeting by email).
    pub contacts: Vec<String>,
    /// An investor poster's meeting request with this startup, if any.
    pub meeting: Option<RequestStatus>,
    /// An investor poster may ask for a meeting (shortlisted, none asked yet).
    pub may_request_meeting: bool,
}

/// A startup of the reader that may respond.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RespondAs {
    pub startup_id: Uuid,
    pub name: String,
    /// Its pitch with a deck, to link (the latest one).
    pub deck_submission: Option<Uuid>,
}

/// A need's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeedPage {
    pub need: NeedCard,
    /// The reader posted it: edit, close, shortlist, meetings.
    pub mine: bool,
    /// The poster is a corporate (meetings are arranged by email).
    pub corporate_poster: bool,
    /// The edit form's values (poster only; otherwise empty).
    pub form: NeedInput,
    /// The poster: every response; a founder: their startups' own; else none.
    pub responses: Vec<ResponseRow>,
    /// The reader's startups that have not responded yet (while open).
    pub respond_as: Vec<RespondAs>,
    pub sectors: Vec<String>,
}
