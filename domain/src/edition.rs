//! Conference editions: the rules a staff member's edition form must satisfy.

use crate::problem::{Noun, Problem};
use crate::validation::{bounded_text, FieldErrors};
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

pub const MAX_TRACKS: usize = 30;
pub const TRACK_NAME_MAX_CHARS: usize = 60;

/// The raw text of the edition form, exactly as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EditionInput {
    pub name: String,
    pub city: String,
    pub starts_on: String,
    pub ends_on: String,
    pub time_zone: String,
    /// Local date-time in the edition's time zone, `YYYY-MM-DDTHH:MM`.
    pub submission_deadline: String,
    /// One track per line.
    pub tracks: String,
    /// Optional local date-time until which accepted teams confirm they will pitch.
    pub attendance_deadline: String,
}

/// A valid edition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditionSpec {
    pub name: String,
    pub city: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub time_zone: Tz,
    pub submission_deadline: DateTime<Utc>,
    pub tracks: Vec<String>,
    /// Until when accepted teams confirm or decline (none: they are not asked yet).
    pub attendance_deadline: Option<DateTime<Utc>>,
}

pub fn parse_time_zone(raw: &str) -> Result<Tz, Problem> {
    raw.trim()
        .parse::<Tz>()
        .map_err(|_| Problem::UnknownTimeZone {
            value: raw.trim().to_string(),
        })
}

fn parse_date(raw: &str, field: Noun) -> Result<NaiveDate, Problem> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(Problem::Required { field });
    }
    NaiveDate::parse_from_str(raw, "%Y-%m-%d").map_err(|_| Problem::NotADate { field })
}

fn parse_local_datetime(raw: &str, tz: Option<Tz>) -> Result<DateTime<Utc>, Problem> {
    parse_local_datetime_of(raw, tz, Noun::SubmissionDeadline)
}

fn parse_local_datetime_of(
    raw: &str,
    tz: Option<Tz>,
    field: Noun,
) -> Result<DateTime<Utc>, Problem> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(Problem::Required { field });
    }
    let naive = NaiveDateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M:%S"))
        .or_else(|_| NaiveDateTime::parse_from_str(raw, "%Y-%m-%d %H:%M"))
        .map_err(|_| Problem::NotADateTime { field })?;
    let tz = tz.ok_or(Problem::FixTimeZoneFirst)?;
    tz.from_local_datetime(&naive)
        .earliest()
        .map(|d| d.with_timezone(&Utc))
        .ok_or(Problem::NoSuchLocalTime)
}

/// Track names, one a line: blank lines dropped, duplicates (ignoring case) refused.
pub fn parse_tracks(raw: &str) -> Result<Vec<String>, Problem> {
    let mut tracks: Vec<String> = Vec::new();
    for line in raw.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let name = bounded_text(line, Noun::TrackName, 1, TRACK_NAME_MAX_CHARS)?;
        if tracks.iter().any(|t| t.eq_ignore_ascii_case(&name)) {
            return Err(Problem::DuplicateTrack { name });
        }
        tracks.push(name);
    }
    if tracks.is_empty() {
        return Err(Problem::NoTracks);
    }
    if tracks.len() > MAX_TRACKS {
        return Err(Problem::TooManyTracks { max: MAX_TRACKS });
    }
    Ok(tracks)
}

impl EditionInput {
    pub fn parse(&self) -> Result<EditionSpec, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = errors.check("name", bounded_text(&self.name, Noun::EditionName, 1, 120));
        let city = errors.check("city", bounded_text(&self.city, Noun::City, 1, 80));
        let starts_on = errors.check("starts_on", parse_date(&self.starts_on, Noun::StartDate));
        let ends_on = errors.check("ends_on", parse_date(&self.ends_on, Noun::EndDate));
        let time_zone = errors.check("time_zone", parse_time_zone(&self.time_zone));
        let deadline = errors.check(
            "submission_deadline",
            parse_local_datetime(&self.submission_deadline, time_zone),
        );
        let tracks = errors.check("tracks", parse_tracks(&self.tracks));
        let attendance = if self.attendance_deadline.trim().is_empty() {
            Some(None)
        } else {
            errors
                .check(
                    "attendance_deadline",
                    parse_local_datetime_of(
                        &self.attendance_deadline,
                        time_zone,
                        Noun::AttendanceDeadline,
                    ),
                )
                .map(Some)
        };
        if let (Some(Some(confirm)), Some(deadline), Some(end), Some(tz)) =
            (attendance, deadline, ends_on, time_zone)
        {
            if confirm <= deadline || confirm.with_timezone(&tz).date_naive() > end {
                errors.add("attendance_deadline", Problem::AttendanceDeadlineOutOfRange);
            }
        }
        if let (Some(start), Some(end)) = (starts_on, ends_on) {
            if end < start {
                errors.add("ends_on", Problem::EndBeforeStart);
            }
        }
        if let (Some(deadline), Some(end), Some(tz)) = (deadline, ends_on, time_zone) {
            if deadline.with_timezone(&tz).date_naive() > end {
                errors.add("submission_deadline", Problem::DeadlineAfterEnd);
            }
        }
        errors.into_result()?;
        match (
            name, city, starts_on, ends_on, time_zone, deadline, tracks, attendance,
        ) {
            (
                Some(name),
                Some(city),
                Some(starts_on),
                Some(ends_on),
                Some(time_zone),
                Some(submission_deadline),
                Some(tracks),
                Some(attendance_deadline),
            ) => Ok(EditionSpec {
                name,
                city,
                starts_on,
                ends_on,
                time_zone,
                submission_deadline,
                tracks,
                attendance_deadline,
            }),
            // Every None above recorded an error, so this arm is never reached with an empty list.
            _ => Err(FieldErrors(vec![])),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shanghai() -> EditionInput {
        EditionInput {
            name: "GSIC 2026 Shanghai".into(),
            city: "Shanghai".into(),
            starts_on: "2026-09-14".into(),
            ends_on: "2026-09-16".into(),
            time_zone: "Asia/Shanghai".into(),
            submission_deadline: "2026-08-31T23:59".into(),
            tracks: "AI\nClean energy\nFintech".into(),
            attendance_deadline: String::new(),
        }
    }

    #[test]
    fn a_valid_edition_parses_with_its_deadline_in_utc() {
        let spec = shanghai().parse().unwrap();
        assert_eq!(spec.tracks.len(), 3);
        assert_eq!(
            spec.submission_deadline.to_rfc3339(),
            "2026-08-31T15:59:00+00:00"
        );
    }

    #[test]
    fn end_before_start_is_refused_beside_the_end_date() {
        let mut input = shanghai();
        input.ends_on = "2026-09-13".into();
        let errors = input.parse().unwrap_err();
        assert_eq!(errors.get("ends_on"), Some(&Problem::EndBeforeStart));
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let input = EditionInput {
            time_zone: "Mars/Olympus".into(),
            ..Default::default()
        };
        let errors = input.parse().unwrap_err();
        for field in [
            "name",
            "city",
            "starts_on",
            "ends_on",
            "time_zone",
            "submission_deadline",
            "tracks",
        ] {
            assert!(errors.get(field).is_some(), "no error for {field}");
        }
        assert_eq!(
            errors.get("time_zone"),
            Some(&Problem::UnknownTimeZone {
                value: "Mars/Olympus".into()
            })
        );
        assert_eq!(
            errors.get("city"),
            Some(&Problem::Required { field: Noun::City })
        );
    }

    #[test]
    fn duplicate_tracks_are_refused() {
        assert_eq!(
            parse_tracks("AI\nai"),
            Err(Problem::DuplicateTrack { name: "ai".into() })
        );
        assert_eq!(parse_tracks(" \n "), Err(Problem::NoTracks));
        assert_eq!(
            parse_tracks("\n AI \n\nFintech").unwrap(),
            vec!["AI", "Fintech"]
        );
    }

    #[test]
    fn deadline_after_the_event_is_refused() {
        let mut input = shanghai();
        input.submission_deadline = "2026-09-17T09:00".into();
        assert_eq!(
            input.parse().unwrap_err().get("submission_deadline"),
            Some(&Problem::DeadlineAfterEnd)
        );
    }

    #[test]
    fn the_confirmation_deadline_is_optional_and_between_the_submission_deadline_and_the_end() {
        assert_eq!(shanghai().parse().unwrap().attendance_deadline, None);
        let mut input = shanghai();
        input.attendance_deadline = "2026-09-10T18:00".into();
        assert_eq!(
            input
                .parse()
                .unwrap()
                .attendance_deadline
                .map(|d| d.to_rfc3339()),
            Some("2026-09-10T10:00:00+00:00".into())
        );
        for bad in ["2026-08-31T23:59", "2026-08-01T12:00", "2026-09-17T09:00"] {
            input.attendance_deadline = bad.into();
            assert_eq!(
                input.parse().unwrap_err().get("attendance_deadline"),
                Some(&Problem::AttendanceDeadlineOutOfRange),
                "{bad}"
            );
        }
        input.attendance_deadline = "next week".into();
        assert_eq!(
            input.parse().unwrap_err().get("attendance_deadline"),
            Some(&Problem::NotADateTime {
                field: Noun::AttendanceDeadline
            })
        );
    }
}
