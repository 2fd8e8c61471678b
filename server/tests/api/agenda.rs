//! A person's own agenda: their released meetings day by day with the other side and
//! the table, the same meetings in their personal calendar, check-in from the agenda;
//! nothing before release and nothing of anyone else's.

use super::feeds::{feed_path, get_ok, strict_calendar, uids, ICS};
use super::meeting_staff::slot;
use super::*;
use domain::meetings::RequestStatus;

/// The one meeting of `agenda` (a person's `agenda/personal` answer), with its day.
fn only_meeting(agenda: &Value) -> (String, Value) {
    let days = agenda["days"].as_array().expect("days");
    assert_eq!(days.len(), 1, "{agenda}");
    let items = days[0]["items"].as_array().expect("items");
    assert_eq!(items.len(), 1, "{agenda}");
    (
        days[0]["day"].as_str().expect("day").to_string(),
        items[0].clone(),
    )
}

#[tokio::test]
async fn a_released_meeting_is_on_both_sides_agendas_and_calendars_and_nobody_elses() {
    let app = spawn_app().await;
    let m = app.meet(2, 2).await;
    app.meeting_block_ok(&m, ("14:00", "15:00"), "30").await;
    let table = app.add_meeting_place(&m, "Table 1").await;
    let request = app.meeting_request(&m, 0, 0, RequestStatus::Accepted).await;
    let booked = app.book(&m, request, &table, &slot("14:00"), &[]).await;
    assert_eq!(booked.status, StatusCode::OK, "{}", booked.body);
    let (investor, founder) = (&m.investors[0].0, &m.startups[0].0);
    let agenda = |cookie: &str| {
        let cookie = cookie.to_string();
        let app = &app;
        async move {
            let reply = app.call("agenda/personal", Some(&cookie), &[]).await;
            assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
            reply.json()
        }
    };

    // Staff's draft: nobody sees it yet, and the page says when they will.
    let before = agenda(investor).await;
    assert_eq!(before["meetings_released"], false, "{before}");
    assert_eq!(before["days"], serde_json::json!([]), "{before}");
    let page = app.get("/agenda/mine", Some(investor)).await;
    assert!(
        page.body
            .contains("once staff release the meeting schedule"),
        "{}",
        page.body
    );

    app.release_meetings(&m).await;
    let (day, item) = only_meeting(&agenda(investor).await);
    assert_eq!(day, "2099-09-15");
    assert_eq!(
        (item["starts"].as_str(), item["ends"].as_str()),
        (Some("14:00"), Some("14:30"))
    );
    let seen = &item["what"]["Meeting"];
    assert_eq!(seen["as_investor"], true, "{item}");
    assert_eq!(seen["startup"], "Startup 0");
    assert_eq!(seen["place"], "Table 1");
    assert_eq!(seen["location"], "Hall B");
    let (_, item) = only_meeting(&agenda(founder).await);
    let seen = &item["what"]["Meeting"];
    assert_eq!(seen["as_investor"], false, "{item}");
    assert_eq!(seen["investor"], "Investor 0");
    let meeting_id = seen["id"].as_str().expect("meeting id").to_string();
    // The meetings page puts the meeting beside its request.
    let requests = &app.meetings(investor).await["investor"]["requests"];
    assert_eq!(
        requests[0]["meeting"],
        serde_json::json!(["2099-09-15 14:00", "Table 1"]),
        "{requests}"
    );

    // The founder's page: whom, when, which table and where it is.
    let page = app.get("/agenda/mine", Some(founder)).await;
    for text in [
        "Meeting with",
        "Investor 0",
        "14:00–14:30",
        "Table: Table 1 (Hall B)",
    ] {
        assert!(page.body.contains(text), "{text}: {}", page.body);
    }
    // The other investor and the other founder have nothing of it.
    for other in [&m.investors[1].0, &m.startups[1].0] {
        assert_eq!(agenda(other).await["days"], serde_json::json!([]));
    }

    // The personal calendar carries the meeting, for its two sides only.
    let uid = format!("meeting-{meeting_id}@pitchline");
    let path = feed_path(&app.call("calendar/create", Some(founder), &[]).await);
    let text = get_ok(&app, &path, ICS).await.body;
    let cal = strict_calendar(&text);
    assert!(uids(&cal).contains(&uid), "{text}");
    assert!(text.contains("SUMMARY:Meeting with Investor 0"), "{text}");
    assert!(text.contains("LOCATION:Table 1\\, Hall B"), "{text}");
    assert!(text.contains("DTSTART:20990915T060000Z"), "{text}");
    let other = feed_path(
        &app.call("calendar/create", Some(&m.startups[1].0), &[])
            .await,
    );
    let text = get_ok(&app, &other, ICS).await.body;
    assert!(!uids(&strict_calendar(&text)).contains(&uid), "{text}");

    // Before the meeting starts: no buttons, the time check-in opens; a check-in sent
    // anyway (a page left open) is refused with that time.
    assert_eq!(seen["check_in_open"], false, "{item}");
    assert_eq!(seen["check_in_opens"], "14:00", "{item}");
    let page = app.get("/agenda/mine", Some(founder)).await;
    assert!(
        page.body.contains("Check-in opens at 14:00."),
        "{}",
        page.body
    );
    assert!(!page.body.contains("It was held"), "{}", page.body);
    let early = app
        .call(
            "meetings/check-in",
            Some(founder),
            &[
                ("meeting", &meeting_id),
                ("check", "held"),
                ("back", "/agenda/mine"),
            ],
        )
        .await;
    assert_eq!(
        early.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        early.body
    );
    assert!(
        early.body.contains("You can check in from 14:00"),
        "{}",
        early.body
    );

    // From its start: the buttons, and each side reads what it and the other said.
    let start: chrono::DateTime<chrono::Utc> = slot("14:00").parse().unwrap();
    let founder_id = app.user_id(founder).await;
    let open = backend::queries::agenda::personal(&app.db, founder_id, start)
        .await
        .unwrap()
        .expect("agenda");
    let wire::MyItemKind::Meeting(ref at_start) = open.days[0].items[0].what else {
        panic!("a meeting: {open:?}");
    };
    assert!(at_start.check_in_open, "{open:?}");
    backend::features::meeting_schedule::checkin::check_in(
        &app.db,
        founder_id,
        meeting_id.parse().unwrap(),
        domain::meetings::CheckIn::Held,
        start + chrono::Duration::minutes(5),
    )
    .await
    .expect("checked in");
    let (_, item) = only_meeting(&agenda(founder).await);
    assert_eq!(item["what"]["Meeting"]["my_check"], "held", "{item}");
    let (_, item) = only_meeting(&agenda(investor).await);
    assert_eq!(item["what"]["Meeting"]["their_check"], "held", "{item}");
    assert!(item["what"]["Meeting"]["my_check"].is_null(), "{item}");
}

#[tokio::test]
async fn people_see_the_released_schedule_until_staff_release_again() {
    let app = spawn_app().await;
    let m = app.meet(1, 1).await;
    app.meeting_block_ok(&m, ("14:00", "15:00"), "30").await;
    let one = app.add_meeting_place(&m, "Table 1").await;
    let two = app.add_meeting_place(&m, "Table 2").await;
    let request = app.meeting_request(&m, 0, 0, RequestStatus::Accepted).await;
    let booked = app.book(&m, request, &one, &slot("14:00"), &[]).await;
    assert_eq!(booked.status, StatusCode::OK, "{}", booked.body);
    app.release_meetings(&m).await;
    let (investor, founder) = (&m.investors[0].0, &m.startups[0].0);
    let feed = feed_path(&app.call("calendar/create", Some(founder), &[]).await);
    let shows = |cookie: &str| {
        let cookie = cookie.to_string();
        let app = &app;
        async move {
            let agenda = app.call("agenda/personal", Some(&cookie), &[]).await.json();
            let (_, item) = only_meeting(&agenda);
            (
                item["starts"].as_str().unwrap_or_default().to_string(),
                item["what"]["Meeting"]["place"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
            )
        }
    };
    let was = ("14:00".to_string(), "Table 1".to_string());
    assert_eq!(shows(investor).await, was);

    // Staff move it by hand and rename the table: people still see what was released.
    let moved = app.book(&m, request, &two, &slot("14:30"), &[]).await;
    assert_eq!(moved.status, StatusCode::OK, "{}", moved.body);
    let renamed = app
        .call(
            "meeting-staff/place/save",
            Some(&m.staff),
            &[
                ("edition", &m.edition),
                ("id", &one),
                ("name", "Table 1 renamed"),
                ("seats", "4"),
                ("location", "Hall C"),
            ],
        )
        .await;
    assert_eq!(renamed.status, StatusCode::OK, "{}", renamed.body);
    assert_eq!(shows(investor).await, was);
    assert_eq!(shows(founder).await, was);
    let text = get_ok(&app, &feed, ICS).await.body;
    assert!(text.contains("DTSTART:20990915T060000Z"), "{text}");
    assert!(text.contains("LOCATION:Table 1\\, Hall B"), "{text}");
    let requests = &app.meetings(investor).await["investor"]["requests"];
    assert_eq!(
        requests[0]["meeting"],
        serde_json::json!(["2099-09-15 14:00", "Table 1"]),
        "{requests}"
    );

    // Released again: the new time and table everywhere.
    app.let_a_day_pass_for_rate_limits().await;
    let again = app.release_meetings(&m).await;
    assert_eq!(again.status, StatusCode::OK, "{}", again.body);
    let now = ("14:30".to_string(), "Table 2".to_string());
    assert_eq!(shows(investor).await, now);
    assert_eq!(shows(founder).await, now);
    let text = get_ok(&app, &feed, ICS).await.body;
    assert!(text.contains("DTSTART:20990915T063000Z"), "{text}");
    assert!(!text.contains("DTSTART:20990915T060000Z"), "{text}");
    assert!(text.contains("LOCATION:Table 2"), "{text}");

    // Cancelled by staff: still there until released; then gone.
    let id = app.stored_meetings().await[0].id.to_string();
    let cancelled = app
        .call(
            "meeting-staff/cancel",
            Some(&m.staff),
            &[("edition", &m.edition), ("meeting", &id)],
        )
        .await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.body);
    assert_eq!(shows(founder).await, now);
    app.release_meetings(&m).await;
    let agenda = app.call("agenda/personal", Some(founder), &[]).await.json();
    assert_eq!(agenda["days"], serde_json::json!([]), "{agenda}");
}

#[tokio::test]
async fn the_agenda_is_for_people_signed_in() {
    let app = spawn_app().await;
    let reply = app.call("agenda/personal", None, &[]).await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    let page = app.get("/agenda/mine", None).await;
    assert!(page.body.contains("Please log in"), "{}", page.body);
}
