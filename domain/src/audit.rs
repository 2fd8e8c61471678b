//! The staff audit log's filters: what its GET form sends (kept in the address, so pages
//! and links keep them) and what the query reads.

use crate::problem::{Noun, Problem};
use crate::validation::FieldErrors;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Longer than any name or email: a longer "who" matches nothing, and a huge one is
/// refused before it reaches the database.
pub const WHO_MAX: usize = 200;

/// The filters as typed; each may be empty (no filter).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AuditQuery {
    /// Part of the actor's name or email.
    pub who: String,
    /// An action code (`pitch.submit`).
    pub action: String,
    /// The first day, `YYYY-MM-DD`, in UTC (the log's times are UTC).
    pub from: String,
    /// The last day, `YYYY-MM-DD`, in UTC, included.
    pub to: String,
}

/// The filters to apply.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuditFilter {
    pub who: Option<String>,
    pub action: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

fn day(raw: &str, field: Noun) -> Result<Option<NaiveDate>, Problem> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| Problem::NotADate { field })
}

fn text(raw: &str) -> Option<String> {
    Some(raw.trim().to_string()).filter(|t| !t.is_empty())
}

impl AuditQuery {
    /// `(key, value)` pairs for the address, empty ones left out.
    pub fn pairs(&self) -> Vec<(&'static str, &str)> {
        [
            ("who", self.who.as_str()),
            ("action", self.action.as_str()),
            ("from", self.from.as_str()),
            ("to", self.to.as_str()),
        ]
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .collect()
    }

    pub fn parse(&self) -> Result<AuditFilter, FieldErrors> {
        let mut e = FieldErrors::new();
        if self.who.trim().chars().count() > WHO_MAX {
            e.add("who", Problem::SearchTooLong { max: WHO_MAX });
        }
        let from = e.check("from", day(&self.from, Noun::StartDate)).flatten();
        let to = e.check("to", day(&self.to, Noun::EndDate)).flatten();
        if let (Some(f), Some(t)) = (from, to) {
            if t < f {
                e.add("to", Problem::EndBeforeStart);
            }
        }
        e.into_result()?;
        Ok(AuditFilter {
            who: text(&self.who).map(|w| w.to_lowercase()),
            action: text(&self.action),
            from,
            to,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_filters_filter_nothing_and_bad_dates_are_named() {
        assert_eq!(AuditQuery::default().parse(), Ok(AuditFilter::default()));
        let q = AuditQuery {
            who: "  Ada ".into(),
            action: "pitch.submit".into(),
            from: "2026-11-01".into(),
            to: "2026-11-30".into(),
        };
        let f = q.parse().expect("valid");
        assert_eq!(f.who.as_deref(), Some("ada"));
        assert_eq!(f.action.as_deref(), Some("pitch.submit"));
        assert_eq!(f.from, NaiveDate::from_ymd_opt(2026, 11, 1));
        let bad = AuditQuery {
            from: "1 Nov".into(),
            to: "2026-10-01".into(),
            ..q.clone()
        };
        assert!(bad.parse().is_err());
        let reversed = AuditQuery {
            from: "2026-11-30".into(),
            to: "2026-11-01".into(),
            ..q
        };
        assert!(reversed.parse().is_err());
    }
}
