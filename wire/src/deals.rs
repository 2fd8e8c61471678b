//! What the agreements pages show: signed outcomes, an edition's totals and rates.

use chrono::NaiveDate;
use domain::deals::{AgreementKind, AgreementStatus, Confirmer, EditionTotals};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreementRow {
    pub id: Uuid,
    pub kind: AgreementKind,
    pub startup_name: String,
    /// The account's name (and organisation) or the name typed.
    pub counterparty: String,
    pub amount: i64,
    pub currency: String,
    pub signed_on: NaiveDate,
    pub edition_name: String,
    pub need_title: Option<String>,
    pub track: String,
    pub country: String,
    /// Only confirmed agreements count in totals.
    pub status: AgreementStatus,
    /// Who must answer while pending.
    pub waiting_for: Option<Confirmer>,
    /// The reader may confirm or decline it now.
    pub reader_answers: bool,
    /// Staff may withdraw a confirmed agreement from the results (a typo, a false record).
    #[serde(default)]
    pub reader_withdraws: bool,
}

/// A choice in a select: an id and what it reads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub id: Uuid,
    pub label: String,
}

/// `/staff/deals`: one edition's agreements, totals and rates, and the record form's
/// choices.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealsStaff {
    pub edition_id: Uuid,
    pub edition_name: String,
    pub editions: Vec<Choice>,
    pub agreements: Vec<AgreementRow>,
    pub totals: EditionTotals,
    /// "" until staff choose one.
    pub reporting: String,
    /// The rates form's lines (`USD 7.1`).
    pub rates: String,
    pub startups: Vec<Choice>,
    pub counterparties: Vec<Choice>,
    pub needs: Vec<Choice>,
    /// Agreements awaiting confirmation (not in the totals).
    pub pending: u64,
}

/// `/deals`: the reader's own agreements and the record form's choices (the current
/// edition).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyDeals {
    pub edition_id: Option<Uuid>,
    pub edition_name: String,
    pub agreements: Vec<AgreementRow>,
    pub startups: Vec<Choice>,
    /// Investor and corporate accounts the reader's startups really met (accepted
    /// meeting requests, needs they responded to).
    pub counterparties: Vec<Choice>,
    pub needs: Vec<Choice>,
    /// The reader's accepted meeting requests of the edition ("the meeting it came from").
    pub meetings: Vec<Choice>,
}
