//! Meeting blocks and places as staff set them up: a block is a span of one day cut
//! into meetings of 15, 20 or 30 minutes with a buffer between them (time to walk to
//! the next table); a place is a table or room with its seats and where to find it.

use crate::problem::{Noun, Problem};
use crate::rounds::{clock, instant, slots, whole, SlotPattern};
use crate::submission::Window;
use crate::validation::{single_line, FieldErrors};
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// The meeting lengths offered.
pub const MEETING_MINUTES: [u32; 3] = [15, 20, 30];
pub const BUFFER_MINUTES_MAX: i64 = 30;
pub const PLACE_NAME_MAX: usize = 80;
pub const PLACE_WHERE_MAX: usize = 200;
pub const PLACE_SEATS_MAX: i64 = 50;
/// Most meeting slots one block may have.
pub const BLOCK_SLOTS_MAX: usize = 64;

/// The block form, exactly as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BlockInput {
    pub day: String,
    pub starts: String,
    pub ends: String,
    pub meeting_minutes: String,
    pub buffer_minutes: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub meeting_minutes: u32,
    pub buffer_minutes: u32,
}

impl Block {
    /// The block's meeting times, back to back with the buffer between.
    pub fn slots(&self) -> Vec<Window> {
        slots(
            self.starts_at,
            self.ends_at,
            SlotPattern {
                pitch_minutes: self.meeting_minutes,
                qa_minutes: 0,
                changeover_minutes: self.buffer_minutes,
            },
            &[],
        )
    }
}

/// The edition facts a block is checked against.
pub struct BlockRules {
    pub time_zone: Tz,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
    /// The edition's other blocks (a block never overlaps another).
    pub others: Vec<Window>,
}

impl BlockInput {
    pub fn pairs(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("day", &self.day),
            ("starts", &self.starts),
            ("ends", &self.ends),
            ("meeting_minutes", &self.meeting_minutes),
            ("buffer_minutes", &self.buffer_minutes),
        ]
    }

    pub fn parse(&self, rules: &BlockRules) -> Result<Block, FieldErrors> {
        let mut e = FieldErrors::new();
        let day = e.check("day", {
            let typed = self.day.trim();
            if typed.is_empty() {
                Err(Problem::Required {
                    field: Noun::SessionDay,
                })
            } else {
                match NaiveDate::parse_from_str(typed, "%Y-%m-%d") {
                    Err(_) => Err(Problem::NotADate {
                        field: Noun::SessionDay,
                    }),
                    Ok(day) if day < rules.first_day || day > rules.last_day => {
                        Err(Problem::NotAPitchDay {
                            day,
                            first: rules.first_day,
                            last: rules.last_day,
                        })
                    }
                    Ok(day) => Ok(day),
                }
            }
        });
        let starts = e.check("starts", clock(&self.starts, Noun::StartTime));
        let ends = e.check("ends", clock(&self.ends, Noun::EndTime));
        let length = e.check("meeting_minutes", {
            let typed = self.meeting_minutes.trim();
            if typed.is_empty() {
                Err(Problem::Required {
                    field: Noun::MeetingMinutes,
                })
            } else {
                typed
                    .parse::<u32>()
                    .ok()
                    .filter(|m| MEETING_MINUTES.contains(m))
                    .ok_or(Problem::NotInList {
                        field: Noun::MeetingMinutes,
                    })
            }
        });
        let buffer = e.check(
            "buffer_minutes",
            whole(
                &self.buffer_minutes,
                Noun::BufferMinutes,
                0,
                BUFFER_MINUTES_MAX,
            ),
        );
        let span = match (day, starts, ends) {
            (Some(_), Some(starts), Some(ends)) if ends <= starts => {
                e.add("ends", Problem::SessionEndsFirst);
                None
            }
            (Some(day), Some(starts), Some(ends)) => match (
                instant(day, starts, rules.time_zone),
                instant(day, ends, rules.time_zone),
            ) {
                (Ok(a), Ok(b)) => Some((a, b)),
                (Err(p), _) => {
                    e.add("starts", p);
                    None
                }
                (_, Err(p)) => {
                    e.add("ends", p);
                    None
                }
            },
            _ => None,
        };
        if let Some((a, b)) = span {
            if rules
                .others
                .iter()
                .any(|o| o.starts_at < b && a < o.ends_at)
            {
                e.add("starts", Problem::BlocksOverlap);
            }
        }
        match (span, length, buffer) {
            (Some((starts_at, ends_at)), Some(length), Some(buffer)) if e.is_empty() => {
                let block = Block {
                    starts_at,
                    ends_at,
                    meeting_minutes: length,
                    buffer_minutes: buffer as u32,
                };
                let count = block.slots().len();
                if count == 0 {
                    e.add(
                        "ends",
                        Problem::SlotLongerThanSession {
                            slot: length,
                            session: ((ends_at - starts_at).num_minutes()).max(0) as u32,
                        },
                    );
                    return Err(e);
                }
                if count > BLOCK_SLOTS_MAX {
                    e.add(
                        "ends",
                        Problem::TooManySlots {
                            slots: count,
                            max: BLOCK_SLOTS_MAX,
                        },
                    );
                    return Err(e);
                }
                Ok(block)
            }
            _ => Err(e),
        }
    }
}

/// The place form, exactly as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlaceInput {
    pub name: String,
    pub seats: String,
    /// Where to find it ("Hall B, by the window").
    pub location: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub name: String,
    pub seats: u32,
    pub location: String,
}

impl PlaceInput {
    pub fn pairs(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("name", &self.name),
            ("seats", &self.seats),
            ("location", &self.location),
        ]
    }

    pub fn parse(&self) -> Result<Place, FieldErrors> {
        let mut e = FieldErrors::new();
        let name = e.check(
            "name",
            single_line(&self.name, Noun::PlaceName, 1, PLACE_NAME_MAX),
        );
        let seats = e.check(
            "seats",
            whole(&self.seats, Noun::Capacity, 2, PLACE_SEATS_MAX),
        );
        let location = e.check("location", {
            if self.location.trim().is_empty() {
                Ok(String::new())
            } else {
                single_line(&self.location, Noun::PlaceLocation, 1, PLACE_WHERE_MAX)
            }
        });
        match (name, seats, location) {
            (Some(name), Some(seats), Some(location)) if e.is_empty() => Ok(Place {
                name,
                seats: seats as u32,
                location,
            }),
            _ => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rules() -> BlockRules {
        BlockRules {
            time_zone: chrono_tz::Asia::Shanghai,
            first_day: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            last_day: NaiveDate::from_ymd_opt(2026, 12, 3).unwrap(),
            others: Vec::new(),
        }
    }

    fn typed() -> BlockInput {
        BlockInput {
            day: "2026-12-02".into(),
            starts: "14:00".into(),
            ends: "17:00".into(),
            meeting_minutes: "20".into(),
            buffer_minutes: "5".into(),
        }
    }

    #[test]
    fn a_block_is_cut_into_meetings_with_the_buffer_between() {
        let block = typed().parse(&rules()).unwrap();
        let slots = block.slots();
        // 180 minutes of 20 + 5: seven meetings and the last one ends at 16:50.
        assert_eq!(slots.len(), 7);
        assert_eq!((slots[1].starts_at - slots[0].ends_at).num_minutes(), 5);
        assert!(slots.last().unwrap().ends_at <= block.ends_at);
        // 14:00 in Shanghai is 06:00 UTC.
        assert_eq!(slots[0].starts_at.to_rfc3339(), "2026-12-02T06:00:00+00:00");
    }

    #[test]
    fn every_field_error_is_reported_at_once() {
        let bad = BlockInput {
            day: "2026-12-09".into(),
            starts: "2pm".into(),
            ends: String::new(),
            meeting_minutes: "25".into(),
            buffer_minutes: "-1".into(),
        };
        let e = bad.parse(&rules()).unwrap_err();
        for field in ["day", "starts", "ends", "meeting_minutes", "buffer_minutes"] {
            assert!(e.get(field).is_some(), "{field}");
        }
    }

    #[test]
    fn blocks_never_overlap_and_end_after_they_start() {
        let first = typed().parse(&rules()).unwrap();
        let mut with_other = rules();
        with_other.others.push(Window {
            starts_at: first.starts_at,
            ends_at: first.ends_at,
        });
        let e = typed().parse(&with_other).unwrap_err();
        assert_eq!(e.get("starts"), Some(&Problem::BlocksOverlap));
        let reversed = BlockInput {
            ends: "13:00".into(),
            ..typed()
        };
        assert_eq!(
            reversed.parse(&rules()).unwrap_err().get("ends"),
            Some(&Problem::SessionEndsFirst)
        );
    }

    #[test]
    fn a_place_needs_a_name_and_seats_for_two() {
        let e = PlaceInput {
            name: " ".into(),
            seats: "1".into(),
            location: String::new(),
        }
        .parse()
        .unwrap_err();
        assert!(e.get("name").is_some());
        assert!(e.get("seats").is_some());
        let ok = PlaceInput {
            name: "Table 7".into(),
            seats: "4".into(),
            location: "Hall B".into(),
        }
        .parse()
        .unwrap();
        assert_eq!(ok.seats, 4);
    }

    proptest! {
        #[test]
        fn slots_never_overlap_and_stay_inside_the_block(
            start_min in 0u32..600, span in 15u32..600, m in 0usize..3, buffer in 0u32..31,
        ) {
            let day = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
            let base = day.and_hms_opt(0, 0, 0).unwrap().and_utc();
            let block = Block {
                starts_at: base + chrono::Duration::minutes(start_min.into()),
                ends_at: base + chrono::Duration::minutes((start_min + span).into()),
                meeting_minutes: MEETING_MINUTES[m],
                buffer_minutes: buffer,
            };
            let slots = block.slots();
            for s in &slots {
                prop_assert!(s.starts_at >= block.starts_at && s.ends_at <= block.ends_at);
                prop_assert_eq!((s.ends_at - s.starts_at).num_minutes(), i64::from(MEETING_MINUTES[m]));
            }
            for w in slots.windows(2) {
                prop_assert!(w[1].starts_at >= w[0].ends_at + chrono::Duration::minutes(buffer.into()));
            }
        }
    }
}
