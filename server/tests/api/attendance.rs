//! Confirming attendance after acceptance: staff set a confirmation deadline per
//! edition; an accepted pitch's team confirms or declines (with an optional reason)
//! until then; staff read the answers and counts on the submissions table; the pitch
//! schedule leaves declined pitches out.

use super::rounds::Rounds;
use super::*;

impl TestApp {
    /// Saves the 2099 test edition again with a confirmation deadline (local time).
    async fn set_attendance_deadline(&self, staff: &str, edition: &str, deadline: &str) -> Reply {
        self.call(
            "editions/save",
            Some(staff),
            &[
                ("id", edition),
                ("name", "GSIC 2099"),
                ("city", "Shanghai"),
                ("starts_on", "2099-09-15"),
                ("ends_on", "2099-09-16"),
                ("time_zone", "Asia/Shanghai"),
                ("submission_deadline", "2099-09-01T18:00"),
                ("tracks", "AI\nClean energy"),
                ("attendance_deadline", deadline),
            ],
        )
        .await
    }

    async fn answer(&self, cookie: &str, submission: &str, answer: &str, reason: &str) -> Reply {
        self.call(
            "attendance/answer",
            Some(cookie),
            &[
                ("submission", submission),
                ("answer", answer),
                ("reason", reason),
            ],
        )
        .await
    }

    async fn submissions_table(&self, staff: &str, edition: &str) -> Value {
        let reply = self
            .call("staff/submissions", Some(staff), &[("edition", edition)])
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        reply.json()
    }
}

fn row_of<'a>(table: &'a Value, submission: &str) -> &'a Value {
    table["rows"]
        .as_array()
        .and_then(|rows| rows.iter().find(|r| r["id"] == submission))
        .unwrap_or_else(|| panic!("no row for {submission}: {table}"))
}

#[tokio::test]
async fn accepted_teams_confirm_or_decline_until_the_deadline_and_staff_see_who() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let edition = app.edition(&staff, false).await;
    let tidal = app
        .accepted_pitch("chen@tidalgrid.cn", "Tidal Grid", &edition)
        .await;
    let aurora = app
        .accepted_pitch("dara@aurora-bio.sg", "Aurora Bio", &edition)
        .await;
    let chen = app.log_in("chen@tidalgrid.cn", "founder-pass-1").await;
    let chen = chen.session_cookie().expect("chen's session");
    let dara = app.log_in("dara@aurora-bio.sg", "founder-pass-1").await;
    let dara = dara.session_cookie().expect("dara's session");

    // Before staff set a deadline, nobody is asked.
    let card = app
        .call("attendance/get", Some(&chen), &[("submission", &tidal)])
        .await
        .json();
    assert_eq!(card["closed"], "NotAsked", "{card}");
    let early = app.answer(&chen, &tidal, "confirm", "").await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    assert!(
        early.body.contains("not opened confirmations"),
        "{}",
        early.body
    );
    let table = app.submissions_table(&staff, &edition).await;
    assert_eq!(table["attendance_asked"], false);

    // The deadline must fall between the submission deadline and the end of the edition.
    let bad = app
        .set_attendance_deadline(&staff, &edition, "2099-08-20T18:00")
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        bad.field_error("attendance_deadline").as_deref(),
        Some("The confirmation deadline must fall after the submission deadline and before the edition ends.")
    );
    let set = app
        .set_attendance_deadline(&staff, &edition, "2099-09-10T18:00")
        .await;
    assert_eq!(set.status, StatusCode::OK, "{}", set.body);
    let got = app
        .call("editions/get", Some(&staff), &[("id", &edition)])
        .await
        .json();
    assert_eq!(got["attendance_deadline_local"], "2099-09-10T18:00");

    // Tidal Grid confirms; Aurora Bio declines with a reason, after first confirming.
    let confirmed = app.answer(&chen, &tidal, "confirm", "ignored").await;
    assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.body);
    assert_eq!(
        app.answer(&dara, &aurora, "confirm", "").await.status,
        StatusCode::OK
    );
    let long = app
        .answer(&dara, &aurora, "decline", &"x".repeat(501))
        .await;
    assert_eq!(long.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(long.field_error("reason").is_some(), "{}", long.body);
    let declined = app
        .answer(&dara, &aurora, "decline", " Our visas were refused. ")
        .await;
    assert_eq!(declined.status, StatusCode::OK, "{}", declined.body);
    let card = app
        .call("attendance/get", Some(&dara), &[("submission", &aurora)])
        .await
        .json();
    assert_eq!(card["mark"]["answer"], "declined", "{card}");
    assert_eq!(card["mark"]["reason"], "Our visas were refused.");
    assert_eq!(card["closed"], Value::Null);
    assert_eq!(card["team"], true);
    assert_eq!(card["deadline_local"], "2099-09-10T18:00");

    // Staff see who confirmed, declined or has not answered, with counts.
    let table = app.submissions_table(&staff, &edition).await;
    assert_eq!(table["attendance_asked"], true);
    assert_eq!(
        table["attendance"],
        serde_json::json!({"confirmed": 1, "declined": 1, "unanswered": 0})
    );
    assert_eq!(row_of(&table, &tidal)["attendance"]["answer"], "confirmed");
    assert_eq!(row_of(&table, &tidal)["attendance"]["reason"], "");
    assert_eq!(
        row_of(&table, &aurora)["attendance"]["reason"],
        "Our visas were refused."
    );
    let audit = app
        .call("staff/audit", Some(&staff), &[("page", "1")])
        .await
        .body;
    assert!(audit.contains("attendance.confirm") && audit.contains("attendance.decline"));

    // Only the team answers: staff may read the card but not answer; a founder of
    // another startup and an investor learn nothing.
    assert_eq!(
        app.call("attendance/get", Some(&staff), &[("submission", &tidal)])
            .await
            .json()["team"],
        false
    );
    assert_eq!(
        app.answer(&staff, &tidal, "decline", "").await.status,
        StatusCode::FORBIDDEN
    );
    let investor = app.investor("ada@harbour.vc").await;
    for stranger in [&dara, &investor] {
        assert_eq!(
            app.answer(stranger, &tidal, "decline", "").await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.call("attendance/get", Some(stranger), &[("submission", &tidal)])
                .await
                .status,
            StatusCode::NOT_FOUND
        );
    }
    assert_eq!(
        app.answer(&chen, &tidal, "maybe", "").await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        app.call("attendance/get", Some(&chen), &[("submission", &tidal)])
            .await
            .json()["mark"]["answer"],
        "confirmed",
        "refused answers change nothing"
    );

    // After the deadline answers are refused with a clear message, and kept as they were.
    {
        use backend::model::edition;
        use sea_orm::{ActiveModelTrait, ActiveValue::Set};
        edition::ActiveModel {
            id: Set(edition.parse().unwrap()),
            attendance_deadline: Set(Some(chrono::Utc::now() - chrono::Duration::minutes(1))),
            ..Default::default()
        }
        .update(&app.db)
        .await
        .expect("deadline moved into the past");
    }
    let late = app.answer(&chen, &tidal, "decline", "").await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert!(
        late.body.contains(
            "The deadline to confirm or decline has passed, so your answer was not changed."
        ),
        "{}",
        late.body
    );
    let card = app
        .call("attendance/get", Some(&chen), &[("submission", &tidal)])
        .await
        .json();
    assert_eq!(card["closed"], "PastDeadline");
    assert_eq!(card["mark"]["answer"], "confirmed");
}

#[tokio::test]
async fn only_an_accepted_pitch_is_asked() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let edition = app.edition(&staff, false).await;
    let set = app
        .set_attendance_deadline(&staff, &edition, "2099-09-10T18:00")
        .await;
    assert_eq!(set.status, StatusCode::OK, "{}", set.body);
    let founder = app.founder("lin@example.com").await;
    let startup = app.create_startup(&founder, "Quay Power").await;
    app.save_pitch(&founder, &startup, &edition, "save").await;
    app.set_status(&startup, domain::submission::Status::Submitted)
        .await;
    let id = app.pitch(&founder, &startup).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let card = app
        .call("attendance/get", Some(&founder), &[("submission", &id)])
        .await;
    assert_eq!(card.status, StatusCode::OK);
    assert_eq!(card.json(), Value::Null, "no card before acceptance");
    let early = app.answer(&founder, &id, "confirm", "").await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    assert!(
        early.body.contains("Only an accepted pitch"),
        "{}",
        early.body
    );
}

#[test]
fn a_team_that_declines_loses_its_slot_staff_are_warned_and_the_founder_reads_it_released() {
    on_a_big_stack(|| async {
        let app = spawn_app().await;
        let r: Rounds = app.rounds().await;
        let saved = app
            .save_session(
                &r.staff,
                &r.edition,
                &[("room", &r.hall_a), ("starts", "09:00"), ("ends", "11:00")],
            )
            .await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
        let set = app
            .set_attendance_deadline(&r.staff, &r.edition, "2099-09-10T18:00")
            .await;
        assert_eq!(set.status, StatusCode::OK, "{}", set.body);
        // Every accepted team gets a slot, and the schedule is released.
        let board = app.solve_and_accept(&r).await;
        assert_eq!(board["unplaced"], serde_json::json!([]), "{board}");
        let v1 = app
            .call(
                "schedule/release",
                Some(&r.staff),
                &[("edition", &r.edition), ("name", "Programme v1")],
            )
            .await;
        assert_eq!(v1.status, StatusCode::OK, "{}", v1.body);

        // Aurora Bio (the second accepted pitch) declines after that.
        let dara = app.log_in("dara@aurora-bio.sg", "founder-pass-1").await;
        let dara = dara.session_cookie().expect("dara's session");
        let declined = app.answer(&dara, &r.pitches[1], "decline", "").await;
        assert_eq!(declined.status, StatusCode::OK, "{}", declined.body);

        // Its slot is flagged as a broken rule (release is refused until it is taken out),
        // and it is not listed as waiting for a slot.
        let board = app.schedule(&r, false).await;
        let aurora = board["pitches"]
            .as_array()
            .and_then(|ps| ps.iter().position(|p| p["startup"] == "Aurora Bio"))
            .expect("Aurora Bio on the board");
        assert!(
            board["breaches"]
                .as_array()
                .expect("breaches")
                .iter()
                .any(|b| b["TeamDeclined"]["startup"] == aurora),
            "{board}"
        );
        assert_eq!(board["unplaced"], serde_json::json!([]), "{board}");
        let page = app
            .get(
                &format!("/staff/schedule?edition={}", r.edition),
                Some(&r.staff),
            )
            .await;
        assert!(
            page.body.contains("Aurora Bio still holds")
                && page.body.contains("but its team declined to pitch"),
            "the breach is worded on the staff page"
        );
        let refused = app
            .call(
                "schedule/release",
                Some(&r.staff),
                &[("edition", &r.edition), ("name", "Programme v2")],
            )
            .await;
        assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.body);

        // The founder reads that the slot is released, not the slot.
        let startup = app.call("startups/mine", Some(&dara), &[]).await.json()[0]["id"]
            .as_str()
            .expect("startup id")
            .to_string();
        let pitch_page = app
            .get(
                &format!("/startups/{startup}/pitch?edition={}", r.edition),
                Some(&dara),
            )
            .await;
        assert_eq!(pitch_page.status, StatusCode::OK);
        assert!(
            pitch_page
                .body
                .contains("Your slot is released: you declined to pitch."),
            "{}",
            pitch_page.body
        );
        assert!(!pitch_page.body.contains("Programme v1"), "no slot line");

        // A new solve takes it out; the other two keep their slots.
        let after = app.solve_and_accept(&r).await;
        assert_eq!(after["breaches"], serde_json::json!([]), "{after}");
        let placed = backend::model::schedule_placement::Entity::find()
            .all(&app.db)
            .await
            .expect("placements");
        assert_eq!(placed.len(), 2);
        assert!(placed
            .iter()
            .all(|p| p.submission_id.to_string() != r.pitches[1]));
    });
}

#[tokio::test]
async fn an_accepted_team_may_still_upload_its_stage_deck() {
    let app = spawn_app().await;
    let r: Rounds = app.rounds().await;
    let chen = app.log_in("chen@tidalgrid.cn", "founder-pass-1").await;
    let chen = chen.session_cookie().expect("chen's session");
    let uploaded = app
        .upload(
            &format!("/files/pitches/{}/deck", r.pitches[0]),
            &chen,
            "deck",
            "stage.pdf",
            b"%PDF-1.7\n%%EOF\n",
        )
        .await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.body);
    // Someone else's team still may not.
    let dara = app.log_in("dara@aurora-bio.sg", "founder-pass-1").await;
    let dara = dara.session_cookie().expect("dara's session");
    let refused = app
        .upload(
            &format!("/files/pitches/{}/deck", r.pitches[0]),
            &dara,
            "deck",
            "stage.pdf",
            b"%PDF-1.7\n%%EOF\n",
        )
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND, "{}", refused.body);
}
