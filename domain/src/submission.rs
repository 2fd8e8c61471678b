//! Pitch submissions: their life cycle, what a founder may change and when, and the
//! availability windows founders give for the pitch days.

use crate::problem::{Noun, Problem};
use crate::startup::parse_url;
use crate::validation::{bounded_text, single_line, FieldErrors};
use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

pub const TITLE_MAX: usize = 120;
pub const SUMMARY_MAX: usize = 3000;
pub const VIDEO_URL_MAX: usize = 300;
pub const MAX_WINDOWS: usize = 30;
/// The most of a refused line a message quotes back.
pub const QUOTED_LINE_MAX: usize = 60;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    Draft,
    Submitted,
    UnderReview,
    Shortlisted,
    Accepted,
    Waitlisted,
    Rejected,
    Withdrawn,
}

impl Status {
    pub const ALL: [Status; 8] = [
        Status::Draft,
        Status::Submitted,
        Status::UnderReview,
        Status::Shortlisted,
        Status::Accepted,
        Status::Waitlisted,
        Status::Rejected,
        Status::Withdrawn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Submitted => "submitted",
            Status::UnderReview => "under_review",
            Status::Shortlisted => "shortlisted",
            Status::Accepted => "accepted",
            Status::Waitlisted => "waitlisted",
            Status::Rejected => "rejected",
            Status::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(raw: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == raw.trim())
    }

    pub fn label(self) -> &'static str {
        match self {
            Status::Draft => "Draft",
            Status::Submitted => "Submitted",
            Status::UnderReview => "Under review",
            Status::Shortlisted => "Shortlisted",
            Status::Accepted => "Accepted",
            Status::Waitlisted => "Waitlisted",
            Status::Rejected => "Not selected",
            Status::Withdrawn => "Withdrawn",
        }
    }

    /// What the founder reads next to the status.
    pub fn explanation(self) -> &'static str {
        match self {
            Status::Draft => "Drafts are not sent to the organisers. Submit before the deadline.",
            Status::Submitted => "Received. Reviews start after the submission deadline.",
            Status::UnderReview => "Investors are reviewing your pitch.",
            Status::Shortlisted => "You are on the shortlist. A final decision follows.",
            Status::Accepted => "Congratulations: you are invited to pitch on stage.",
            Status::Waitlisted => "You are on the waiting list and may still be invited.",
            Status::Rejected => "Your pitch was not selected this time.",
            Status::Withdrawn => "You withdrew this pitch.",
        }
    }

    /// The founder may change the pitch's content only in these states.
    pub fn is_open(self) -> bool {
        matches!(self, Status::Draft | Status::Submitted)
    }
}

/// Pitches that were submitted and are still in the running or decided: what judges see
/// and the ranking ranks.
pub const REVIEWABLE: [Status; 6] = [
    Status::Submitted,
    Status::UnderReview,
    Status::Shortlisted,
    Status::Accepted,
    Status::Waitlisted,
    Status::Rejected,
];

/// Pitches that may still get reviewers.
pub const OPEN_FOR_REVIEW: [Status; 3] =
    [Status::Submitted, Status::UnderReview, Status::Shortlisted];

impl Status {
    /// The life cycle's transition table: may a pitch in `self` move to `next`?
    /// Founders submit and withdraw; assignment starts the review; staff decide (and may
    /// change a decision); nothing leaves "withdrawn".
    pub fn may_move_to(self, next: Status) -> bool {
        use Status::*;
        match (self, next) {
            (Withdrawn, _) => false,
            (_, Withdrawn) => true,
            (Draft, Submitted) => true,
            (Submitted, UnderReview) => true,
            (
                Submitted | UnderReview | Shortlisted | Accepted | Waitlisted | Rejected,
                Shortlisted | Accepted | Waitlisted | Rejected,
            ) => true,
            _ => false,
        }
    }
}

/// Why a founder cannot change a pitch now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Locked {
    DeadlinePassed,
    Withdrawn,
    /// Past the founders' hands: under review or decided (the status says which).
    InReview(Status),
}

/// May the team still edit (or submit) a pitch with `status` at `now`?
pub fn editable(status: Status, now: DateTime<Utc>, deadline: DateTime<Utc>) -> Result<(), Locked> {
    match status {
        Status::Withdrawn => Err(Locked::Withdrawn),
        s if !s.is_open() => Err(Locked::InReview(s)),
        _ if now > deadline => Err(Locked::DeadlinePassed),
        _ => Ok(()),
    }
}

/// May the team replace the deck now? While the pitch is editable, and once it is
/// accepted: the deck is then the slides shown on stage, which teams polish until the
/// event (the pitch's text stays locked).
pub fn deck_replaceable(
    status: Status,
    now: DateTime<Utc>,
    deadline: DateTime<Utc>,
) -> Result<(), Locked> {
    match status {
        Status::Accepted => Ok(()),
        _ => editable(status, now, deadline),
    }
}

/// Does a submitted pitch move to "under review" now?
///
/// The honest rule: "under review" means judges are reading it and its founders can no
/// longer change it, and founders may edit a submitted pitch until the deadline. So a
/// pitch that got reviewers before the deadline stays "submitted" (its reviewers kept)
/// and moves when the deadline has passed, or earlier when a judge saves the first
/// review of it (staff opened reviewing early: the judge's scores are about what they
/// read, so the text stops changing then). Assignment alone never locks it.
pub fn starts_review(
    status: Status,
    has_reviewers: bool,
    first_review_saved: bool,
    now: DateTime<Utc>,
    deadline: DateTime<Utc>,
) -> bool {
    status == Status::Submitted && (first_review_saved || (has_reviewers && now > deadline))
}

/// Withdrawing a pitch in `status` gives up a place the organisers plan with (accepted)
/// or may still offer (shortlisted, waitlisted): the founders' confirmation says so, and
/// staff are emailed when it happens.
pub fn withdrawal_frees_a_place(status: Status) -> bool {
    matches!(
        status,
        Status::Accepted | Status::Shortlisted | Status::Waitlisted
    )
}

/// A pitch may be withdrawn at any time, once.
pub fn withdrawable(status: Status) -> Result<(), Locked> {
    if status == Status::Withdrawn {
        Err(Locked::Withdrawn)
    } else {
        Ok(())
    }
}

/// The pitch form exactly as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PitchInput {
    pub title: String,
    pub summary: String,
    pub video_url: String,
    pub track: String,
    /// One window per line: `2026-09-15 09:00-12:00`.
    pub availability: String,
    /// When the team would rather pitch, the same way; inside `availability`.
    pub preferred_times: String,
}

impl PitchInput {
    pub fn pairs(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("title", &self.title),
            ("summary", &self.summary),
            ("video_url", &self.video_url),
            ("track", &self.track),
            ("availability", &self.availability),
            ("preferred_times", &self.preferred_times),
        ]
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pitch {
    pub title: String,
    pub summary: String,
    pub video_url: Option<String>,
    pub track: String,
    pub availability: Vec<Window>,
    /// A wish the schedule tries to meet, never a rule.
    pub preferred: Vec<Window>,
}

/// A time the team can pitch, in UTC.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Window {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

/// The edition facts a pitch is checked against.
pub struct PitchRules<'a> {
    pub tracks: &'a [String],
    pub time_zone: Tz,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
}

impl PitchInput {
    pub fn parse(&self, rules: &PitchRules<'_>) -> Result<Pitch, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = e.check(
            "title",
            single_line(&self.title, Noun::PitchTitle, 1, TITLE_MAX),
        );
        let summary = e.check(
            "summary",
            bounded_text(&self.summary, Noun::Summary, 1, SUMMARY_MAX),
        );
        let video_url = e.check(
            "video_url",
            parse_url(&self.video_url, Noun::VideoLink, VIDEO_URL_MAX),
        );
        let track = e.check("track", {
            let raw = self.track.trim();
            match rules.tracks.iter().find(|t| t.as_str() == raw) {
                Some(t) => Ok(t.clone()),
                None if raw.is_empty() => Err(Problem::NoTrack),
                None => Err(Problem::NotATrack),
            }
        });
        let availability = e.check("availability", parse_windows(&self.availability, rules));
        let preferred = e.check(
            "preferred_times",
            parse_windows(&self.preferred_times, rules).and_then(|preferred| {
                match availability.as_deref() {
                    Some(available) => inside_availability(&preferred, available, rules.time_zone),
                    // The availability is wrong already: its own error says so.
                    None => Ok(()),
                }
                .map(|()| preferred)
            }),
        );
        e.clone().into_result()?;
        match (title, summary, video_url, track, availability, preferred) {
            (
                Some(title),
                Some(summary),
                Some(video_url),
                Some(track),
                Some(availability),
                Some(preferred),
            ) => Ok(Pitch {
                title,
                summary,
                video_url,
                track,
                availability,
                preferred,
            }),
            _ => Err(e),
        }
    }
}

/// Every preferred window lies inside one window the team can pitch (any time, when
/// they gave none).
fn inside_availability(preferred: &[Window], available: &[Window], tz: Tz) -> Result<(), Problem> {
    if available.is_empty() {
        return Ok(());
    }
    match preferred.iter().find(|p| {
        !available
            .iter()
            .any(|a| a.starts_at <= p.starts_at && p.ends_at <= a.ends_at)
    }) {
        Some(outside) => Err(Problem::PreferredOutsideAvailability {
            day: outside.starts_at.with_timezone(&tz).date_naive(),
        }),
        None => Ok(()),
    }
}

/// Availability as typed, one window a line (`2026-09-15 09:00-12:00`), in the
/// edition's time zone. Windows must fall on the pitch days and must not overlap.
pub fn parse_windows(raw: &str, rules: &PitchRules<'_>) -> Result<Vec<Window>, Problem> {
    let mut windows = Vec::new();
    for (n, line) in raw
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        let line_no = n + 1;
        let bad = || Problem::WindowShape {
            line: line_no,
            text: crate::text::excerpt(line, QUOTED_LINE_MAX),
            example: rules.first_day,
        };
        let (day, times) = line.split_once(char::is_whitespace).ok_or_else(bad)?;
        let day = NaiveDate::parse_from_str(day.trim(), "%Y-%m-%d").map_err(|_| bad())?;
        let (from, to) = times.trim().split_once('-').ok_or_else(bad)?;
        let from = NaiveTime::parse_from_str(from.trim(), "%H:%M").map_err(|_| bad())?;
        let to = NaiveTime::parse_from_str(to.trim(), "%H:%M").map_err(|_| bad())?;
        if day < rules.first_day || day > rules.last_day {
            return Err(Problem::NotAPitchDay {
                day,
                first: rules.first_day,
                last: rules.last_day,
            }
            .at_line(line_no));
        }
        if to <= from {
            return Err(Problem::WindowEndsFirst.at_line(line_no));
        }
        let local = |t: NaiveTime| {
            rules
                .time_zone
                .from_local_datetime(&day.and_time(t))
                .earliest()
                .map(|d| d.with_timezone(&Utc))
                .ok_or_else(|| Problem::NoSuchTime { day }.at_line(line_no))
        };
        windows.push(Window {
            starts_at: local(from)?,
            ends_at: local(to)?,
        });
    }
    if windows.len() > MAX_WINDOWS {
        return Err(Problem::TooManyWindows { max: MAX_WINDOWS });
    }
    windows.sort();
    if let Some(w) = windows.windows(2).find(|w| w[1].starts_at < w[0].ends_at) {
        let local = w[1].starts_at.with_timezone(&rules.time_zone);
        return Err(Problem::WindowsOverlap {
            day: local.date_naive(),
        });
    }
    Ok(windows)
}

/// Windows back as the text a founder types, in the edition's time zone.
pub fn format_windows(windows: &[Window], tz: Tz) -> String {
    windows
        .iter()
        .map(|w| {
            let s = w.starts_at.with_timezone(&tz);
            let e = w.ends_at.with_timezone(&tz);
            format!(
                "{} {}-{}",
                s.date_naive(),
                s.format("%H:%M"),
                e.format("%H:%M")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_accepted_team_may_replace_its_deck_after_the_deadline_and_nobody_else() {
        use super::{deck_replaceable, Locked};
        let deadline = Utc.with_ymd_and_hms(2099, 9, 1, 10, 0, 0).unwrap();
        let after = deadline + chrono::Duration::days(3);
        assert_eq!(deck_replaceable(Status::Accepted, after, deadline), Ok(()));
        assert_eq!(
            deck_replaceable(Status::Rejected, after, deadline),
            Err(Locked::InReview(Status::Rejected))
        );
        assert_eq!(
            deck_replaceable(Status::Submitted, after, deadline),
            Err(Locked::DeadlinePassed)
        );
        assert_eq!(
            deck_replaceable(Status::Withdrawn, after, deadline),
            Err(Locked::Withdrawn)
        );
    }

    #[test]
    fn reviewers_before_the_deadline_leave_the_pitch_submitted() {
        use super::starts_review;
        let deadline = Utc.with_ymd_and_hms(2099, 9, 1, 10, 0, 0).unwrap();
        let before = deadline - chrono::Duration::hours(1);
        let after = deadline + chrono::Duration::seconds(1);
        assert!(!starts_review(
            Status::Submitted,
            true,
            false,
            before,
            deadline
        ));
        assert!(starts_review(
            Status::Submitted,
            true,
            false,
            after,
            deadline
        ));
        assert!(!starts_review(
            Status::Submitted,
            false,
            false,
            after,
            deadline
        ));
        assert!(starts_review(
            Status::Submitted,
            true,
            true,
            before,
            deadline
        ));
        for s in Status::ALL.into_iter().filter(|s| *s != Status::Submitted) {
            assert!(!starts_review(s, true, true, after, deadline), "{s:?}");
        }
    }

    #[test]
    fn the_life_cycle_only_moves_along_its_table() {
        assert!(Status::Draft.may_move_to(Status::Submitted));
        assert!(Status::Submitted.may_move_to(Status::UnderReview));
        assert!(Status::UnderReview.may_move_to(Status::Accepted));
        assert!(
            Status::Accepted.may_move_to(Status::Rejected),
            "a decision may change"
        );
        assert!(
            !Status::Draft.may_move_to(Status::Accepted),
            "drafts are never decided"
        );
        assert!(!Status::Accepted.may_move_to(Status::Draft));
        for s in Status::ALL {
            assert!(
                !Status::Withdrawn.may_move_to(s),
                "nothing leaves withdrawn"
            );
            assert_eq!(s.may_move_to(Status::Withdrawn), s != Status::Withdrawn);
        }
        for s in REVIEWABLE {
            assert!(s != Status::Draft && s != Status::Withdrawn);
        }
    }

    use super::*;
    use chrono::Duration;
    use proptest::prelude::*;

    fn rules(tracks: &[String]) -> PitchRules<'_> {
        PitchRules {
            tracks,
            time_zone: chrono_tz::Asia::Shanghai,
            first_day: NaiveDate::from_ymd_opt(2026, 9, 15).unwrap(),
            last_day: NaiveDate::from_ymd_opt(2026, 9, 16).unwrap(),
        }
    }

    #[test]
    fn deadline_and_status_decide_editing() {
        let deadline = Utc::now();
        let before = deadline - Duration::minutes(1);
        let after = deadline + Duration::minutes(1);
        assert_eq!(editable(Status::Draft, before, deadline), Ok(()));
        assert_eq!(editable(Status::Submitted, before, deadline), Ok(()));
        assert_eq!(
            editable(Status::Draft, after, deadline),
            Err(Locked::DeadlinePassed)
        );
        assert_eq!(
            editable(Status::Withdrawn, before, deadline),
            Err(Locked::Withdrawn)
        );
        assert!(editable(Status::Accepted, before, deadline).is_err());
        assert_eq!(withdrawable(Status::Accepted), Ok(()));
        assert_eq!(withdrawable(Status::Withdrawn), Err(Locked::Withdrawn));
    }

    #[test]
    fn windows_are_local_times_on_pitch_days() {
        let tracks = vec!["AI".to_string()];
        let r = rules(&tracks);
        let w = parse_windows("2026-09-15 09:00-12:00\n\n2026-09-16 14:00-17:30", &r).unwrap();
        assert_eq!(w.len(), 2);
        assert_eq!(w[0].starts_at.to_rfc3339(), "2026-09-15T01:00:00+00:00");
        assert_eq!(
            format_windows(&w, r.time_zone),
            "2026-09-15 09:00-12:00\n2026-09-16 14:00-17:30"
        );
        let day = |d| NaiveDate::from_ymd_opt(2026, 9, d).unwrap();
        assert_eq!(
            parse_windows("2026-09-17 09:00-10:00", &r),
            Err(Problem::NotAPitchDay {
                day: day(17),
                first: day(15),
                last: day(16)
            }
            .at_line(1))
        );
        assert_eq!(
            parse_windows("2026-09-15 09:00-10:00\n2026-09-15 12:00-09:00", &r),
            Err(Problem::WindowEndsFirst.at_line(2))
        );
        assert_eq!(
            parse_windows("2026-09-15 09:00-12:00\n2026-09-15 11:00-13:00", &r),
            Err(Problem::WindowsOverlap { day: day(15) })
        );
        assert_eq!(
            parse_windows("tomorrow morning", &r),
            Err(Problem::WindowShape {
                line: 1,
                text: "tomorrow morning".into(),
                example: day(15)
            })
        );
    }

    #[test]
    fn a_pitch_needs_title_summary_and_a_track_of_the_edition() {
        let tracks = vec!["AI".to_string(), "Fintech".to_string()];
        let r = rules(&tracks);
        let errors = PitchInput {
            track: "Space".into(),
            video_url: "ftp://x".into(),
            ..Default::default()
        }
        .parse(&r)
        .unwrap_err();
        assert_eq!(
            errors.get("title"),
            Some(&Problem::Required {
                field: Noun::PitchTitle
            })
        );
        assert!(errors.get("summary").is_some());
        assert_eq!(errors.get("track"), Some(&Problem::NotATrack));
        assert_eq!(
            errors.get("video_url"),
            Some(&Problem::NotHttp {
                field: Noun::VideoLink
            })
        );
        let ok = PitchInput {
            title: "Tidal Grid".into(),
            summary: "Storage for ports.".into(),
            track: "Fintech".into(),
            ..Default::default()
        }
        .parse(&r)
        .unwrap();
        assert!(ok.availability.is_empty());
        assert!(ok.preferred.is_empty());
    }

    #[test]
    fn a_refused_line_is_quoted_back_at_most_60_characters_long() {
        let tracks = vec!["AI".to_string()];
        let r = rules(&tracks);
        let long = "<b>".repeat(33_000);
        match parse_windows(&long, &r) {
            Err(Problem::WindowShape { text, .. }) => {
                assert_eq!(text.chars().count(), QUOTED_LINE_MAX + 1);
                assert!(text.ends_with('…'));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn preferred_times_lie_inside_the_times_a_team_can_pitch() {
        let tracks = vec!["AI".to_string()];
        let r = rules(&tracks);
        let pitch = |availability: &str, preferred_times: &str| {
            PitchInput {
                title: "Tidal Grid".into(),
                summary: "Storage for ports.".into(),
                track: "AI".into(),
                availability: availability.into(),
                preferred_times: preferred_times.into(),
                ..Default::default()
            }
            .parse(&r)
        };
        let ok = pitch("2026-09-15 09:00-12:00", "2026-09-15 10:00-11:00").unwrap();
        assert_eq!(ok.preferred.len(), 1);
        assert_eq!(
            ok.preferred[0].starts_at.to_rfc3339(),
            "2026-09-15T02:00:00+00:00"
        );
        // No availability given: any time can be preferred.
        assert!(pitch("", "2026-09-16 14:00-15:00").is_ok());
        let day = NaiveDate::from_ymd_opt(2026, 9, 15).unwrap();
        assert_eq!(
            pitch("2026-09-15 09:00-12:00", "2026-09-15 11:00-13:00")
                .unwrap_err()
                .get("preferred_times"),
            Some(&Problem::PreferredOutsideAvailability { day })
        );
        // A bad line is named on its own field; availability's error stays on its own.
        let both = pitch("nonsense", "2026-09-15 99:00-10:00").unwrap_err();
        assert!(both.get("availability").is_some());
        assert!(both.get("preferred_times").is_some());
    }

    proptest! {
        #[test]
        fn accepted_windows_never_overlap(starts in proptest::collection::vec((0u32..20, 1u32..4), 0..6)) {
            let tracks = vec!["AI".to_string()];
            let r = rules(&tracks);
            let text = starts
                .iter()
                .map(|(h, len)| format!("2026-09-15 {:02}:00-{:02}:00", h, (h + len).min(23)))
                .collect::<Vec<_>>()
                .join("\n");
            if let Ok(w) = parse_windows(&text, &r) {
                for pair in w.windows(2) {
                    prop_assert!(pair[0].ends_at <= pair[1].starts_at);
                }
            }
        }
    }
}

crate::code::coded!(Status, Status::ALL);
