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

    // Checking in from the agenda: each side reads what it and the other said.
    let checked = app
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
    assert_eq!(checked.status, StatusCode::OK, "{}", checked.body);
    let (_, item) = only_meeting(&agenda(founder).await);
    assert_eq!(item["what"]["Meeting"]["my_check"], "held", "{item}");
    let (_, item) = only_meeting(&agenda(investor).await);
    assert_eq!(item["what"]["Meeting"]["their_check"], "held", "{item}");
    assert!(item["what"]["Meeting"]["my_check"].is_null(), "{item}");
}

#[tokio::test]
async fn the_agenda_is_for_people_signed_in() {
    let app = spawn_app().await;
    let reply = app.call("agenda/personal", None, &[]).await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    let page = app.get("/agenda/mine", None).await;
    assert!(page.body.contains("Please log in"), "{}", page.body);
}
