//! Pitch rounds as staff type them: rooms, and pitch sessions with their slot pattern
//! and judge panel size. Everything is typed in the edition's time zone and stored in
//! UTC; [`slots`] turns a session and its pattern into the slots startups pitch in.
//!
//! The schedule itself (who pitches where, who judges) is `crate::schedule`'s job.

use crate::problem::{Noun, Problem};
use crate::submission::Window;
use crate::validation::{single_line, FieldErrors};
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

pub const ROOM_NAME_MAX: usize = 80;
pub const ROOM_CAPACITY_MAX: i64 = 100_000;
pub const SESSION_TITLE_MAX: usize = 120;
/// Minutes per part of a slot: a pitch, its Q&A or the changeover after it.
pub const PART_MINUTES_MAX: i64 = 120;
/// More judges than this on one panel is a jury, not a panel.
pub const PANEL_MAX: i64 = 30;
pub const BREAKS_MAX: usize = 10;
/// Slots one session may have: a long day of short pitches is about 60; more is a typo
/// (a one-minute pattern), and every slot is a row of the staff's schedule page.
pub const SLOTS_MAX: usize = 200;

/// The room form, exactly as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct RoomInput {
    pub name: String,
    pub capacity: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Room {
    pub name: String,
    pub capacity: u32,
}

impl RoomInput {
    pub fn pairs(&self) -> Vec<(&'static str, &str)> {
        vec![("name", &self.name), ("capacity", &self.capacity)]
    }

    pub fn parse(&self) -> Result<Room, FieldErrors> {
        let mut e = FieldErrors::new();
        let name = e.check(
            "name",
            single_line(&self.name, Noun::RoomName, 1, ROOM_NAME_MAX),
        );
        let capacity = e.check(
            "capacity",
            whole(&self.capacity, Noun::Capacity, 1, ROOM_CAPACITY_MAX),
        );
        match (name, capacity) {
            (Some(name), Some(capacity)) if e.is_empty() => Ok(Room {
                name,
                capacity: capacity as u32,
            }),
            _ => Err(e),
        }
    }
}

/// The session form, exactly as typed. `track` is a track's name or empty for a mixed
/// session; `room` is the id of one of the edition's rooms.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct SessionInput {
    pub title: String,
    pub track: String,
    pub room: String,
    pub day: String,
    pub starts: String,
    pub ends: String,
    pub pitch_minutes: String,
    pub qa_minutes: String,
    pub changeover_minutes: String,
    /// One break a line, `HH:MM-HH:MM`.
    pub breaks: String,
    pub panel_min: String,
    pub panel_max: String,
}

/// How a session's time is cut into slots: each startup pitches, takes questions, and
/// the stage changes over before the next one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotPattern {
    pub pitch_minutes: u32,
    pub qa_minutes: u32,
    pub changeover_minutes: u32,
}

impl SlotPattern {
    /// The time a startup has the stage.
    pub fn slot_minutes(self) -> u32 {
        self.pitch_minutes + self.qa_minutes
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    pub title: String,
    /// `None`: a mixed session, open to every track.
    pub track: Option<String>,
    pub room: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub pattern: SlotPattern,
    pub breaks: Vec<Window>,
    pub panel_min: u32,
    pub panel_max: u32,
}

/// The edition facts a session is checked against.
pub struct SessionRules<'a> {
    pub tracks: &'a [String],
    /// The ids of the edition's rooms, as the form offers them.
    pub rooms: &'a [String],
    pub time_zone: Tz,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
}

pub(crate) fn whole(raw: &str, field: Noun, min: i64, max: i64) -> Result<i64, Problem> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(Problem::Required { field });
    }
    match raw.parse::<i64>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        Ok(_) => Err(Problem::OutOfRange { field, min, max }),
        Err(_) => Err(Problem::NotAWholeNumber { field }),
    }
}

pub(crate) fn clock(raw: &str, field: Noun) -> Result<NaiveTime, Problem> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(Problem::Required { field });
    }
    NaiveTime::parse_from_str(raw, "%H:%M").map_err(|_| Problem::NotATime { field })
}

pub(crate) fn instant(day: NaiveDate, time: NaiveTime, zone: Tz) -> Result<DateTime<Utc>, Problem> {
    zone.from_local_datetime(&day.and_time(time))
        .earliest()
        .map(|d| d.with_timezone(&Utc))
        .ok_or(Problem::NoSuchTime { day })
}

fn parse_breaks(
    raw: &str,
    day: NaiveDate,
    zone: Tz,
    within: Window,
) -> Result<Vec<Window>, Problem> {
    let mut breaks = Vec::new();
    let lines = raw.lines().map(str::trim).filter(|l| !l.is_empty());
    for (n, line) in lines.enumerate() {
        let line_no = n + 1;
        let shape = || Problem::BreakShape.at_line(line_no);
        let (from, to) = line.split_once('-').ok_or_else(shape)?;
        let from = NaiveTime::parse_from_str(from.trim(), "%H:%M").map_err(|_| shape())?;
        let to = NaiveTime::parse_from_str(to.trim(), "%H:%M").map_err(|_| shape())?;
        if to <= from {
            return Err(Problem::WindowEndsFirst.at_line(line_no));
        }
        let span = Window {
            starts_at: instant(day, from, zone)?,
            ends_at: instant(day, to, zone)?,
        };
        if span.starts_at < within.starts_at || span.ends_at > within.ends_at {
            return Err(Problem::BreakOutsideSession.at_line(line_no));
        }
        breaks.push(span);
    }
    if breaks.len() > BREAKS_MAX {
        return Err(Problem::TooManyBreaks { max: BREAKS_MAX });
    }
    breaks.sort();
    if breaks.windows(2).any(|w| w[1].starts_at < w[0].ends_at) {
        return Err(Problem::BreaksOverlap);
    }
    Ok(breaks)
}

impl SessionInput {
    pub fn pairs(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("title", &self.title),
            ("track", &self.track),
            ("room", &self.room),
            ("day", &self.day),
            ("starts", &self.starts),
            ("ends", &self.ends),
            ("pitch_minutes", &self.pitch_minutes),
            ("qa_minutes", &self.qa_minutes),
            ("changeover_minutes", &self.changeover_minutes),
            ("breaks", &self.breaks),
            ("panel_min", &self.panel_min),
            ("panel_max", &self.panel_max),
        ]
    }

    /// Every field is checked, and every problem reported beside its field.
    pub fn parse(&self, rules: &SessionRules<'_>) -> Result<Session, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = e.check(
            "title",
            single_line(&self.title, Noun::SessionTitle, 1, SESSION_TITLE_MAX),
        );
        let track = e.check("track", {
            let typed = self.track.trim();
            if typed.is_empty() {
                Ok(None)
            } else {
                rules
                    .tracks
                    .iter()
                    .find(|t| t.as_str() == typed)
                    .map(|t| Some(t.clone()))
                    .ok_or(Problem::NotATrack)
            }
        });
        let room = e.check("room", {
            let typed = self.room.trim();
            if typed.is_empty() {
                Err(Problem::Required { field: Noun::Room })
            } else if rules.rooms.iter().any(|r| r == typed) {
                Ok(typed.to_string())
            } else {
                Err(Problem::NotInList { field: Noun::Room })
            }
        });
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
        let part = |raw: &str, noun, min| whole(raw, noun, min, PART_MINUTES_MAX);
        let pitch = e.check(
            "pitch_minutes",
            part(&self.pitch_minutes, Noun::PitchMinutes, 1),
        );
        let qa = e.check("qa_minutes", part(&self.qa_minutes, Noun::QaMinutes, 0));
        let changeover = e.check(
            "changeover_minutes",
            part(&self.changeover_minutes, Noun::ChangeoverMinutes, 0),
        );
        let panel_min = e.check(
            "panel_min",
            whole(&self.panel_min, Noun::PanelMin, 0, PANEL_MAX),
        );
        let panel_max = e.check(
            "panel_max",
            whole(&self.panel_max, Noun::PanelMax, 1, PANEL_MAX),
        );
        if let (Some(min), Some(max)) = (panel_min, panel_max) {
            if min > max {
                e.add("panel_max", Problem::PanelReversed);
            }
        }
        // The times, once the day and both clocks are readable.
        let span = match (day, starts, ends) {
            (Some(day), Some(starts), Some(ends)) => {
                if ends <= starts {
                    e.add("ends", Problem::SessionEndsFirst);
                    None
                } else {
                    match (
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
                    }
                }
            }
            _ => None,
        };
        let breaks = match (span, day) {
            (Some(span), Some(day)) => e.check(
                "breaks",
                parse_breaks(
                    &self.breaks,
                    day,
                    rules.time_zone,
                    Window {
                        starts_at: span.0,
                        ends_at: span.1,
                    },
                ),
            ),
            _ => None,
        };
        let pattern = match (pitch, qa, changeover) {
            (Some(p), Some(q), Some(c)) => Some(SlotPattern {
                pitch_minutes: p as u32,
                qa_minutes: q as u32,
                changeover_minutes: c as u32,
            }),
            _ => None,
        };
        if let (Some(pattern), Some((a, b))) = (pattern, span) {
            let session_minutes = (b - a).num_minutes();
            if i64::from(pattern.slot_minutes()) > session_minutes {
                e.add(
                    "pitch_minutes",
                    Problem::SlotLongerThanSession {
                        slot: pattern.slot_minutes(),
                        session: session_minutes as u32,
                    },
                );
            }
        }
        // Only a pattern that fits at all is counted (one error a field).
        if let (Some(pattern), Some((a, b)), Some(breaks)) = (pattern, span, &breaks) {
            if e.get("pitch_minutes").is_none() {
                let count = slots(a, b, pattern, breaks).len();
                if count > SLOTS_MAX {
                    e.add(
                        "pitch_minutes",
                        Problem::TooManySlots {
                            slots: count,
                            max: SLOTS_MAX,
                        },
                    );
                }
            }
        }
        match (
            title, track, room, span, pattern, breaks, panel_min, panel_max,
        ) {
            (
                Some(title),
                Some(track),
                Some(room),
                Some((starts_at, ends_at)),
                Some(pattern),
                Some(breaks),
                Some(panel_min),
                Some(panel_max),
            ) if e.is_empty() => Ok(Session {
                title,
                track,
                room,
                starts_at,
                ends_at,
                pattern,
                breaks,
                panel_min: panel_min as u32,
                panel_max: panel_max as u32,
            }),
            _ => Err(e),
        }
    }
}

/// The slots of a session (the time one startup has the stage each), in order: back to back with the changeover between them,
/// none crossing a break (a slot that would is moved to the break's end) and none
/// running past the session's end.
pub fn slots(
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    pattern: SlotPattern,
    breaks: &[Window],
) -> Vec<Window> {
    let length = Duration::minutes(i64::from(pattern.slot_minutes()));
    let changeover = Duration::minutes(i64::from(pattern.changeover_minutes));
    let mut out = Vec::new();
    if length <= Duration::zero() {
        return out;
    }
    let mut at = starts_at;
    while at + length <= ends_at {
        let end = at + length;
        if let Some(pause) = breaks.iter().find(|b| at < b.ends_at && b.starts_at < end) {
            at = pause.ends_at;
            continue;
        }
        out.push(Window {
            starts_at: at,
            ends_at: end,
        });
        at = end + changeover;
    }
    out
}

/// Two half-open spans `[a0, a1)` and `[b0, b1)` share some time.
/// A block-out's times as staff typed them, as one availability line (`day from-to`) for
/// the window parser; a missing start or end is named as such rather than as a line
/// the parser cannot read.
pub fn block_line(day: &str, from: &str, to: &str) -> Result<String, Problem> {
    let (from, to) = (from.trim(), to.trim());
    if from.is_empty() || to.is_empty() {
        return Err(super::Problem::StartAndEndNeeded);
    }
    Ok(format!("{} {from}-{to}", day.trim()))
}

pub fn overlaps<T: PartialOrd>(a: (T, T), b: (T, T)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_block_out_without_its_times_says_so() {
        assert_eq!(
            super::block_line("2026-09-15", " ", "14:00"),
            Err(super::Problem::StartAndEndNeeded)
        );
        assert_eq!(
            super::block_line("2026-09-15", "13:00", ""),
            Err(super::Problem::StartAndEndNeeded)
        );
        assert_eq!(
            super::block_line(" 2026-09-15", "13:00 ", "14:00").as_deref(),
            Ok("2026-09-15 13:00-14:00")
        );
    }

    use super::*;
    use proptest::prelude::*;

    fn rules<'a>(tracks: &'a [String], rooms: &'a [String]) -> SessionRules<'a> {
        SessionRules {
            tracks,
            rooms,
            time_zone: chrono_tz::Asia::Shanghai,
            first_day: NaiveDate::from_ymd_opt(2027, 1, 5).unwrap(),
            last_day: NaiveDate::from_ymd_opt(2027, 1, 6).unwrap(),
        }
    }

    fn input() -> SessionInput {
        SessionInput {
            title: "Clean energy I".into(),
            track: "Clean energy".into(),
            room: "r1".into(),
            day: "2027-01-05".into(),
            starts: "09:00".into(),
            ends: "10:30".into(),
            pitch_minutes: "6".into(),
            qa_minutes: "6".into(),
            changeover_minutes: "3".into(),
            breaks: "".into(),
            panel_min: "3".into(),
            panel_max: "5".into(),
        }
    }

    fn shanghai(h: u32, m: u32) -> DateTime<Utc> {
        chrono_tz::Asia::Shanghai
            .with_ymd_and_hms(2027, 1, 5, h, m, 0)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn a_session_is_read_in_the_editions_zone_and_cut_into_slots() {
        let tracks = vec!["Clean energy".to_string()];
        let rooms = vec!["r1".to_string()];
        let s = input().parse(&rules(&tracks, &rooms)).unwrap();
        assert_eq!(s.starts_at, shanghai(9, 0));
        assert_eq!(s.track.as_deref(), Some("Clean energy"));
        let cut = slots(s.starts_at, s.ends_at, s.pattern, &s.breaks);
        // 90 minutes of 12-minute slots with 3 minutes between: 09:00, 09:15, … 10:15.
        assert_eq!(cut.len(), 6);
        assert_eq!(cut[1].starts_at, shanghai(9, 15));
        assert_eq!(cut[5].ends_at, shanghai(10, 27));
    }

    #[test]
    fn a_break_pushes_the_next_slot_past_it() {
        let tracks = vec!["Clean energy".to_string()];
        let rooms = vec!["r1".to_string()];
        let mut i = input();
        i.breaks = "09:40-10:00".into();
        let s = i.parse(&rules(&tracks, &rooms)).unwrap();
        let cut = slots(s.starts_at, s.ends_at, s.pattern, &s.breaks);
        let starts: Vec<_> = cut.iter().map(|c| c.starts_at).collect();
        assert_eq!(
            starts,
            vec![
                shanghai(9, 0),
                shanghai(9, 15),
                shanghai(10, 0),
                shanghai(10, 15)
            ]
        );
    }

    #[test]
    fn bad_input_is_reported_beside_each_field() {
        let tracks = vec!["Clean energy".to_string()];
        let rooms = vec!["r1".to_string()];
        let bad = SessionInput {
            title: " ".into(),
            track: "Quantum".into(),
            room: "r9".into(),
            day: "2027-02-01".into(),
            starts: "9am".into(),
            ends: "10:30".into(),
            pitch_minutes: "0".into(),
            qa_minutes: "x".into(),
            changeover_minutes: "3".into(),
            breaks: "".into(),
            panel_min: "6".into(),
            panel_max: "5".into(),
        };
        let e = bad.parse(&rules(&tracks, &rooms)).unwrap_err();
        assert_eq!(
            e.get("title"),
            Some(&Problem::Required {
                field: Noun::SessionTitle
            })
        );
        assert_eq!(e.get("track"), Some(&Problem::NotATrack));
        assert_eq!(
            e.get("room"),
            Some(&Problem::NotInList { field: Noun::Room })
        );
        assert!(matches!(e.get("day"), Some(Problem::NotAPitchDay { .. })));
        assert_eq!(
            e.get("starts"),
            Some(&Problem::NotATime {
                field: Noun::StartTime
            })
        );
        assert!(matches!(
            e.get("pitch_minutes"),
            Some(Problem::OutOfRange { .. })
        ));
        assert_eq!(
            e.get("qa_minutes"),
            Some(&Problem::NotAWholeNumber {
                field: Noun::QaMinutes
            })
        );
        assert_eq!(e.get("panel_max"), Some(&Problem::PanelReversed));
    }

    #[test]
    fn a_slot_longer_than_its_session_and_a_stray_break_are_refused() {
        let tracks = vec!["Clean energy".to_string()];
        let rooms = vec!["r1".to_string()];
        let mut i = input();
        i.ends = "09:10".into();
        let e = i.parse(&rules(&tracks, &rooms)).unwrap_err();
        assert_eq!(
            e.get("pitch_minutes"),
            Some(&Problem::SlotLongerThanSession {
                slot: 12,
                session: 10
            })
        );
        let mut i = input();
        i.breaks = "08:00-08:30".into();
        let e = i.parse(&rules(&tracks, &rooms)).unwrap_err();
        assert_eq!(
            e.get("breaks"),
            Some(&Problem::BreakOutsideSession.at_line(1))
        );
        let mut i = input();
        i.ends = "08:00".into();
        let e = i.parse(&rules(&tracks, &rooms)).unwrap_err();
        assert_eq!(e.get("ends"), Some(&Problem::SessionEndsFirst));
    }

    #[test]
    fn a_pattern_that_cuts_a_session_into_too_many_slots_is_refused() {
        let tracks = vec!["Clean energy".to_string()];
        let rooms = vec!["r1".to_string()];
        // 00:00–23:59 in one-minute slots: 1,439 rows on the staff page.
        let mut i = input();
        i.starts = "00:00".into();
        i.ends = "23:59".into();
        i.pitch_minutes = "1".into();
        i.qa_minutes = "0".into();
        i.changeover_minutes = "0".into();
        i.day = "2027-01-06".into();
        let e = i.parse(&rules(&tracks, &rooms)).unwrap_err();
        assert_eq!(
            e.get("pitch_minutes"),
            Some(&Problem::TooManySlots {
                slots: 1439,
                max: SLOTS_MAX
            })
        );
        // Exactly the cap is fine: 200 one-minute slots.
        i.starts = "09:00".into();
        i.ends = "12:20".into();
        let s = i.parse(&rules(&tracks, &rooms)).unwrap();
        assert_eq!(
            slots(s.starts_at, s.ends_at, s.pattern, &s.breaks).len(),
            SLOTS_MAX
        );
        // One more is not.
        i.ends = "12:21".into();
        assert!(matches!(
            i.parse(&rules(&tracks, &rooms))
                .unwrap_err()
                .get("pitch_minutes"),
            Some(Problem::TooManySlots { slots: 201, .. })
        ));
    }

    #[test]
    fn an_empty_track_is_a_mixed_session() {
        let tracks = vec!["Clean energy".to_string()];
        let rooms = vec!["r1".to_string()];
        let mut i = input();
        i.track = "".into();
        assert_eq!(i.parse(&rules(&tracks, &rooms)).unwrap().track, None);
    }

    proptest! {
        #[test]
        fn slots_stay_inside_the_session_apart_and_off_breaks(
            minutes in 1i64..600,
            pitch in 0u32..40,
            qa in 0u32..40,
            changeover in 0u32..20,
            break_start in 0i64..600,
            break_len in 1i64..60,
        ) {
            let a = shanghai(9, 0);
            let b = a + Duration::minutes(minutes);
            let pause = Window {
                starts_at: a + Duration::minutes(break_start),
                ends_at: a + Duration::minutes(break_start + break_len),
            };
            let pattern = SlotPattern { pitch_minutes: pitch, qa_minutes: qa, changeover_minutes: changeover };
            let cut = slots(a, b, pattern, &[pause]);
            for s in &cut {
                prop_assert!(s.starts_at >= a && s.ends_at <= b);
                prop_assert_eq!((s.ends_at - s.starts_at).num_minutes(), i64::from(pitch + qa));
                prop_assert!(!overlaps((s.starts_at, s.ends_at), (pause.starts_at, pause.ends_at)));
            }
            for w in cut.windows(2) {
                prop_assert!(w[1].starts_at >= w[0].ends_at + Duration::minutes(i64::from(changeover)));
            }
        }
    }
}
