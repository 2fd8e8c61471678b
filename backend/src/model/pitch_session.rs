use chrono::{DateTime, Utc};
use domain::rounds::{slots, SlotPattern};
use domain::submission::Window;
use sea_orm::entity::prelude::*;

/// A pitch round: a room at a time, cut into slots by its pattern.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pitch_sessions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub edition_id: Uuid,
    pub title: String,
    /// `None`: a mixed session.
    pub track_id: Option<Uuid>,
    pub room_id: Uuid,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    pub pitch_minutes: i32,
    pub qa_minutes: i32,
    pub changeover_minutes: i32,
    /// Breaks as `start/end` lines in RFC 3339 (UTC): see [`encode_windows`].
    pub breaks: String,
    pub panel_min: i32,
    pub panel_max: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

pub fn encode_windows(breaks: &[Window]) -> String {
    breaks
        .iter()
        .map(|b| format!("{}/{}", b.starts_at.to_rfc3339(), b.ends_at.to_rfc3339()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Windows written by [`encode_windows`]; a line that does not read (never written by
/// us) is skipped.
pub fn decode_windows(text: &str) -> Vec<Window> {
    text.lines()
        .filter_map(|line| {
            let (a, b) = line.split_once('/')?;
            let a = DateTime::parse_from_rfc3339(a).ok()?.with_timezone(&Utc);
            let b = DateTime::parse_from_rfc3339(b).ok()?.with_timezone(&Utc);
            Some(Window {
                starts_at: a,
                ends_at: b,
            })
        })
        .collect()
}

impl Model {
    pub fn pattern(&self) -> SlotPattern {
        let minutes = |m: i32| u32::try_from(m).unwrap_or(0);
        SlotPattern {
            pitch_minutes: minutes(self.pitch_minutes),
            qa_minutes: minutes(self.qa_minutes),
            changeover_minutes: minutes(self.changeover_minutes),
        }
    }

    /// The stored breaks.
    pub fn breaks(&self) -> Vec<Window> {
        decode_windows(&self.breaks)
    }

    /// The session's slots, in order: slot `n` of a placement is `slots()[n]`.
    pub fn slots(&self) -> Vec<Window> {
        slots(self.starts_at, self.ends_at, self.pattern(), &self.breaks())
    }

    pub fn span(&self) -> Window {
        Window {
            starts_at: self.starts_at,
            ends_at: self.ends_at,
        }
    }
}
