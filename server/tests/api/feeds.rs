//! Calendar feeds and the frab JSON (issue 9, item 6): built from the released schedule
//! only, valid iCalendar with stable UIDs and a SEQUENCE that grows per version, hostile
//! names kept as text, and personal feeds that hold only one's own events and revoke.

use super::rounds::Rounds;
use super::*;
use icalendar::{Calendar, Component, EventLike};
use std::collections::{BTreeMap, BTreeSet};

const HOSTILE: &str = r#"Evil; Co, "x"\nBEGIN:VEVENT"#;

/// Two sessions (Hall A 09:00–09:30, Hall B 10:00–10:30, Shanghai time) with four
/// accepted pitches, one with a hostile name, solved and released as version 1.
async fn released(app: &TestApp) -> Rounds {
    let r = unreleased(app).await;
    app.solve_and_accept(&r).await;
    release(app, &r, "First programme").await;
    r
}

/// [`released`] before the solve and the release.
async fn unreleased(app: &TestApp) -> Rounds {
    let r = app.rounds().await;
    app.accepted_pitch("mal@evil.example", HOSTILE, &r.edition)
        .await;
    for (title, room, starts, ends) in [
        ("Clean energy I", &r.hall_a, "09:00", "09:30"),
        ("Clean energy II", &r.hall_b, "10:00", "10:30"),
    ] {
        let saved = app
            .save_session(
                &r.staff,
                &r.edition,
                &[
                    ("title", title),
                    ("room", room),
                    ("starts", starts),
                    ("ends", ends),
                ],
            )
            .await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    }
    r
}

async fn release(app: &TestApp, r: &Rounds, name: &str) {
    let done = app
        .call(
            "schedule/release",
            Some(&r.staff),
            &[("edition", &r.edition), ("name", name)],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
}

/// Takes the first placed pitch out of the draft schedule (a draft change).
async fn unplace_a_pitch(app: &TestApp, r: &Rounds) {
    let board = app.schedule(r, false).await;
    let pitch = board["sessions"]
        .as_array()
        .expect("sessions")
        .iter()
        .find_map(|s| {
            s["slots"]
                .as_array()?
                .iter()
                .find_map(|k| k["pitch"].as_u64())
        })
        .expect("a placed pitch") as usize;
    let submission = board["pitches"][pitch]["submission_id"]
        .as_str()
        .expect("submission")
        .to_string();
    let moved = app
        .call(
            "schedule/place",
            Some(&r.staff),
            &[
                ("edition", &r.edition),
                ("submission", &submission),
                ("place", ""),
            ],
        )
        .await;
    assert_eq!(moved.status, StatusCode::OK, "{}", moved.body);
}

/// Fails unless `text` is well-formed iCalendar as RFC 5545 writes it: CRLF line ends,
/// content lines of at most 75 octets (folded lines start with a space), every line a
/// `NAME[;params]:value`, BEGIN/END nested and balanced, one VCALENDAR with VERSION 2.0
/// and PRODID. Answers the calendar as the `icalendar` crate's parser reads it.
pub(crate) fn strict_calendar(text: &str) -> Calendar {
    assert!(text.ends_with("\r\n"), "ends with CRLF");
    let body = &text[..text.len() - 2];
    let mut stack: Vec<String> = Vec::new();
    let mut calendars = 0;
    for line in body.split("\r\n") {
        assert!(
            !line.contains('\r') && !line.contains('\n'),
            "bare CR or LF: {line:?}"
        );
        assert!(line.len() <= 75, "line longer than 75 octets: {line:?}");
        if line.starts_with(' ') {
            continue;
        }
        let name_end = line
            .find([':', ';'])
            .unwrap_or_else(|| panic!("no name: {line:?}"));
        let name = &line[..name_end];
        assert!(
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
            "bad property name in {line:?}"
        );
        if let Some(kind) = line.strip_prefix("BEGIN:") {
            if kind == "VCALENDAR" {
                assert!(stack.is_empty(), "nested VCALENDAR");
                calendars += 1;
            }
            stack.push(kind.to_string());
        } else if let Some(kind) = line.strip_prefix("END:") {
            assert_eq!(stack.pop().as_deref(), Some(kind), "unbalanced END:{kind}");
        } else {
            assert!(!stack.is_empty(), "property outside VCALENDAR: {line:?}");
        }
    }
    assert!(stack.is_empty(), "unclosed {stack:?}");
    assert_eq!(calendars, 1);
    assert!(body.contains("\r\nVERSION:2.0\r\n") && body.contains("\r\nPRODID:"));
    text.parse::<Calendar>()
        .expect("the crate's parser reads it")
}

pub(crate) fn events(cal: &Calendar) -> Vec<&icalendar::Event> {
    cal.events().collect()
}

pub(crate) fn uids(cal: &Calendar) -> BTreeSet<String> {
    cal.events()
        .filter_map(|e| e.get_uid().map(str::to_string))
        .collect()
}

pub(crate) async fn get_ok(app: &TestApp, path: &str, content_type: &str) -> Reply {
    let reply = app.get(path, None).await;
    assert_eq!(reply.status, StatusCode::OK, "{path}: {}", reply.body);
    assert_eq!(
        reply
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok()),
        Some(content_type),
        "{path}"
    );
    reply
}

pub(crate) const ICS: &str = "text/calendar; charset=utf-8";
const JSON: &str = "application/json; charset=utf-8";

#[tokio::test]
async fn the_edition_feed_is_valid_icalendar_with_stable_uids_and_a_growing_sequence() {
    let app = spawn_app().await;
    let r = released(&app).await;
    let path = format!("/agenda.ics?edition={}", r.edition);
    let v1 = get_ok(&app, &path, ICS).await;
    let cal = strict_calendar(&v1.body);
    assert_eq!(cal.get_timezone(), Some("Asia/Shanghai"));
    let list = events(&cal);
    // One event per session: the hostile name added none.
    assert_eq!(list.len(), 2, "{}", v1.body);
    assert_eq!(v1.body.lines().filter(|l| *l == "BEGIN:VEVENT").count(), 2);
    for e in &list {
        let uid = e.get_uid().expect("uid");
        assert!(
            uid.starts_with("session-") && uid.ends_with("@pitchline"),
            "{uid}"
        );
        assert_eq!(e.get_sequence(), Some(1));
        assert!(e.get_timestamp().is_some(), "DTSTAMP");
    }
    let first = list
        .iter()
        .find(|e| e.get_summary() == Some("Clean energy I"))
        .expect("Clean energy I");
    // 09:00–09:30 in Shanghai (UTC+8) is 01:00–01:30 UTC.
    assert!(
        v1.body
            .contains("DTSTART:20990915T010000Z\r\nDTEND:20990915T013000Z")
            || (v1.body.contains("DTSTART:20990915T010000Z")
                && v1.body.contains("DTEND:20990915T013000Z")),
        "{}",
        v1.body
    );
    assert_eq!(first.get_location(), Some("Hall A"));
    let description = first.get_description().expect("description");
    assert!(
        description.starts_with("Times in Asia/Shanghai.\n09:00–09:12 "),
        "{description}"
    );
    // The hostile name comes back as the same characters, wherever it pitches.
    let all_text: String = list
        .iter()
        .filter_map(|e| e.get_description())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(all_text.contains(HOSTILE), "{all_text}");
    assert!(
        v1.body.contains(r#"Evil\; Co\, "x"\\nBEGIN:VEVENT"#),
        "{}",
        v1.body
    );

    // In Chinese when the reader asks for it.
    let zh = app
        .send(
            Request::get(&path)
                .header(header::ACCEPT_LANGUAGE, "zh-CN")
                .body(Body::empty())
                .expect("request"),
        )
        .await;
    assert!(zh.body.contains("时间为北京时间"), "{}", zh.body);

    // A draft change shows nowhere until it is released.
    let json_path = format!("/agenda.json?edition={}", r.edition);
    let json_v1 = get_ok(&app, &json_path, JSON).await.body;
    unplace_a_pitch(&app, &r).await;
    assert_eq!(get_ok(&app, &path, ICS).await.body, v1.body);
    assert_eq!(get_ok(&app, &json_path, JSON).await.body, json_v1);
    release(&app, &r, "Second programme").await;
    let v2 = get_ok(&app, &path, ICS).await;
    assert_ne!(v2.body, v1.body);
    let cal2 = strict_calendar(&v2.body);
    assert_eq!(uids(&cal2), uids(&cal), "UIDs stay across versions");
    assert!(cal2.events().all(|e| e.get_sequence() == Some(2)));

    // The current edition without an id; an unknown one is 404.
    get_ok(&app, "/agenda.ics", ICS).await;
    for missing in [
        format!("/agenda.ics?edition={}", uuid::Uuid::new_v4()),
        "/agenda.ics?edition=not-a-uuid".to_string(),
        format!("/agenda.json?edition={}", uuid::Uuid::new_v4()),
    ] {
        assert_eq!(
            app.get(&missing, None).await.status,
            StatusCode::NOT_FOUND,
            "{missing}"
        );
    }

    // The public agenda links to both.
    let page = app
        .get(&format!("/agenda?edition={}", r.edition), None)
        .await;
    assert!(
        page.body
            .contains(&format!("/agenda.ics?edition={}", r.edition))
            && page.body.contains("Add to calendar (iCal)")
            && page.body.contains("Schedule JSON"),
        "{}",
        page.body
    );
}

#[tokio::test]
async fn the_schedule_json_has_the_frab_shape_with_rooms_and_days() {
    let app = spawn_app().await;
    let r = unreleased(&app).await;
    // Before any release: the edition's days, no events.
    let empty = get_ok(&app, &format!("/agenda.json?edition={}", r.edition), JSON)
        .await
        .json();
    assert_eq!(empty["schedule"]["version"], "0");
    assert_eq!(empty["schedule"]["conference"]["daysCount"], 2);
    assert_eq!(
        empty["schedule"]["conference"]["days"][0]["rooms"],
        serde_json::json!({})
    );
    app.solve_and_accept(&r).await;
    release(&app, &r, "First programme").await;
    let doc = get_ok(&app, &format!("/agenda.json?edition={}", r.edition), JSON)
        .await
        .json();
    let schedule = &doc["schedule"];
    assert_eq!(schedule["version"], "First programme (v1)");
    assert!(schedule["base_url"]
        .as_str()
        .is_some_and(|u| u.ends_with('/')));
    let conference = &schedule["conference"];
    assert_eq!(conference["acronym"], "gsic_2099");
    assert_eq!(conference["title"], "GSIC 2099");
    assert_eq!(conference["start"], "2099-09-15");
    assert_eq!(conference["end"], "2099-09-16");
    assert_eq!(conference["daysCount"], 2);
    assert_eq!(conference["time_zone_name"], "Asia/Shanghai");
    assert!(conference["timeslot_duration"].is_string());
    let days = conference["days"].as_array().expect("days");
    assert_eq!(days.len(), 2);
    assert_eq!(days[0]["index"], 1);
    assert_eq!(days[0]["date"], "2099-09-15");
    assert_eq!(days[0]["day_start"], "2099-09-15T09:00:00+08:00");
    assert_eq!(days[0]["day_end"], "2099-09-15T10:30:00+08:00");
    let rooms = days[0]["rooms"].as_object().expect("rooms");
    assert_eq!(
        rooms.keys().map(String::as_str).collect::<Vec<_>>(),
        ["Hall A", "Hall B"]
    );
    // The second day has the same rooms, empty.
    assert_eq!(days[1]["rooms"]["Hall A"], serde_json::json!([]));
    let event = &rooms["Hall A"][0];
    for key in [
        "id",
        "guid",
        "date",
        "start",
        "duration",
        "room",
        "slug",
        "url",
        "title",
        "subtitle",
        "track",
        "type",
        "language",
        "abstract",
        "description",
        "persons",
        "links",
        "attachments",
    ] {
        assert!(event.get(key).is_some(), "event lacks {key}: {event}");
    }
    assert!(event["id"].as_u64().is_some_and(|id| id >= 1));
    assert!(event["guid"]
        .as_str()
        .is_some_and(|g| g.parse::<uuid::Uuid>().is_ok()));
    assert_eq!(event["date"], "2099-09-15T09:00:00+08:00");
    assert_eq!(event["start"], "09:00");
    assert_eq!(event["duration"], "00:30");
    assert_eq!(event["room"], "Hall A");
    assert_eq!(event["title"], "Clean energy I");
    assert_eq!(event["type"], "pitch session");
    assert_eq!(event["track"], "Clean energy");
    let slug = event["slug"].as_str().expect("slug");
    assert!(
        slug.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
            && slug.ends_with(|c: char| c.is_ascii_alphanumeric()),
        "{slug}"
    );
    let persons: Vec<&str> = event["persons"]
        .as_array()
        .expect("persons")
        .iter()
        .filter_map(|p| p["public_name"].as_str())
        .collect();
    assert_eq!(persons.len(), 2, "{event}");
    let everyone: BTreeSet<String> = days
        .iter()
        .flat_map(|d| d["rooms"].as_object().into_iter().flat_map(|r| r.values()))
        .flat_map(|list| list.as_array().into_iter().flatten())
        .flat_map(|e| e["persons"].as_array().into_iter().flatten())
        .filter_map(|p| p["public_name"].as_str().map(str::to_string))
        .collect();
    assert!(
        everyone.contains(HOSTILE) && everyone.contains("Tidal Grid"),
        "{everyone:?}"
    );
}

/// The personal feed's path from the address `calendar/create` answers.
pub(crate) fn feed_path(reply: &Reply) -> String {
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let url = reply.json().as_str().expect("feed url").to_string();
    let at = url.find("/calendar/").expect("a feed path");
    assert!(url.ends_with(".ics"), "{url}");
    url[at..].to_string()
}

#[tokio::test]
async fn a_personal_feed_holds_only_ones_own_events_and_revokes() {
    let app = spawn_app().await;
    let r = released(&app).await;
    let chen = app
        .log_in("chen@tidalgrid.cn", "founder-pass-1")
        .await
        .session_cookie()
        .expect("session");
    let created = app
        .call("calendar/create", Some(&chen), &[("back", "/founder")])
        .await;
    let path = feed_path(&created);
    let feed = get_ok(&app, &path, ICS).await;
    let cal = strict_calendar(&feed.body);
    let list = events(&cal);
    assert_eq!(list.len(), 1, "only Tidal Grid's slot: {}", feed.body);
    let tidal_pitch = &r.pitches[0];
    assert_eq!(
        list[0].get_uid(),
        Some(format!("slot-{tidal_pitch}@pitchline").as_str())
    );
    assert!(list[0]
        .get_summary()
        .is_some_and(|s| s.starts_with("Tidal Grid pitches")));
    assert!(!feed.body.contains("Aurora Bio") && !feed.body.contains("Kestrel"));
    assert_eq!(
        feed.headers
            .get(header::CACHE_CONTROL)
            .and_then(|v| v.to_str().ok()),
        Some("private, max-age=300")
    );

    // The home page shows the address once, to the browser that made it.
    let fresh = created
        .cookie("pitchline_new_feed")
        .expect("the new feed cookie");
    let home = app.get("/founder", Some(&format!("{chen}; {fresh}"))).await;
    assert!(home.body.contains(&path), "{}", home.body);
    let later = app.get("/founder", Some(&chen)).await;
    assert!(
        !later.body.contains(&path) && later.body.contains("Revoke this link"),
        "{}",
        later.body
    );

    // A judge's feed: only the panels they sit on.
    let board = app.schedule(&r, false).await;
    let (judge_index, sessions): (usize, BTreeSet<String>) = {
        let mut seats: BTreeMap<usize, BTreeSet<String>> = BTreeMap::new();
        for s in board["sessions"].as_array().expect("sessions") {
            for seat in s["panel"].as_array().expect("panel") {
                let j = seat["judge"].as_u64().expect("judge") as usize;
                seats
                    .entry(j)
                    .or_default()
                    .insert(s["id"].as_str().expect("id").to_string());
            }
        }
        seats.into_iter().next().expect("a seated judge")
    };
    let judge_email = {
        use backend::model::user;
        use sea_orm::EntityTrait;
        let id: uuid::Uuid = board["judges"][judge_index]["investor_id"]
            .as_str()
            .expect("judge id")
            .parse()
            .expect("uuid");
        user::Entity::find_by_id(id)
            .one(&app.db)
            .await
            .expect("query")
            .expect("judge")
            .email
    };
    let judge = app
        .log_in(&judge_email, "investor-pass-1")
        .await
        .session_cookie()
        .expect("judge session");
    let judge_path = feed_path(&app.call("calendar/create", Some(&judge), &[]).await);
    let judge_cal = strict_calendar(&get_ok(&app, &judge_path, ICS).await.body);
    let expected: BTreeSet<String> = sessions
        .iter()
        .map(|s| format!("panel-{s}@pitchline"))
        .collect();
    assert_eq!(uids(&judge_cal), expected);

    // Revoked: the old address is gone; a new one works; a made-up one never did.
    let revoked = app
        .call("calendar/revoke", Some(&chen), &[("back", "/founder")])
        .await;
    assert_eq!(revoked.status, StatusCode::OK, "{}", revoked.body);
    assert_eq!(app.get(&path, None).await.status, StatusCode::NOT_FOUND);
    let again = app.call("calendar/revoke", Some(&chen), &[]).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    let renewed = feed_path(&app.call("calendar/create", Some(&chen), &[]).await);
    assert_ne!(renewed, path);
    get_ok(&app, &renewed, ICS).await;
    for bogus in [
        format!("/calendar/{}.ics", "0".repeat(64)),
        "/calendar/nothing".to_string(),
        format!("{}x", renewed.trim_end_matches(".ics")),
    ] {
        assert_eq!(
            app.get(&bogus, None).await.status,
            StatusCode::NOT_FOUND,
            "{bogus}"
        );
    }
    // Making a new link revokes the old one.
    let newest = feed_path(&app.call("calendar/create", Some(&chen), &[]).await);
    assert_eq!(app.get(&renewed, None).await.status, StatusCode::NOT_FOUND);
    get_ok(&app, &newest, ICS).await;
    // The database holds only hashes.
    {
        use backend::model::calendar_feed;
        use sea_orm::EntityTrait;
        let token = newest
            .trim_start_matches("/calendar/")
            .trim_end_matches(".ics")
            .to_string();
        let rows = calendar_feed::Entity::find()
            .all(&app.db)
            .await
            .expect("rows");
        assert!(rows
            .iter()
            .all(|f| f.token_hash != token && !f.token_hash.is_empty()));
    }
}

#[tokio::test]
async fn creating_calendar_links_is_limited_per_account() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    app.edition(&staff, false).await;
    let founder = app.founder("chen@tidalgrid.cn").await;
    for _ in 0..10 {
        let made = app.call("calendar/create", Some(&founder), &[]).await;
        assert_eq!(made.status, StatusCode::OK, "{}", made.body);
    }
    let refused = app.call("calendar/create", Some(&founder), &[]).await;
    assert_eq!(
        refused.status,
        StatusCode::TOO_MANY_REQUESTS,
        "{}",
        refused.body
    );
    // Staff have no slots or panels: no personal feed.
    let mine = app.call("calendar/create", Some(&staff), &[]).await;
    assert_eq!(mine.status, StatusCode::NOT_FOUND);
}
