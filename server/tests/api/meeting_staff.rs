//! Meetings, the staff side: rules, blocks and places; the matcher run with its gap and
//! reasons; release with held reminders; hand bookings (50 at once for one place and
//! time: exactly one wins); check-in by either side; the stand-by list.

use super::*;
use backend::features::meeting_schedule::checkin;
use backend::model::codec::Coded;
use backend::model::{blocked_time, meeting, meeting_request, outbox};
use domain::meetings::{AskedBy, RequestStatus};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, QueryFilter};
use uuid::Uuid;

pub(crate) struct Meet {
    pub(crate) staff: String,
    pub(crate) edition: String,
    /// (session cookie, user id)
    pub(crate) investors: Vec<(String, Uuid)>,
    /// (founder's session cookie, startup id)
    pub(crate) startups: Vec<(String, Uuid)>,
}

impl TestApp {
    /// Staff, the 2099 edition (Asia/Shanghai, 15–16 September), `investors` investors
    /// ("Investor 0"…) and `startups` startups ("Startup 0"…), each with its founder.
    pub(crate) async fn meet(&self, investors: usize, startups: usize) -> Meet {
        let staff = self.staff().await;
        let edition = self.edition(&staff, false).await;
        let mut people = Vec::new();
        for i in 0..investors {
            let email = format!("investor{i}@fund.example");
            backend::features::accounts::create_or_grant(
                &self.db,
                &email,
                &format!("Investor {i}"),
                "investor-pass-1",
                &[domain::account::Role::Investor],
            )
            .await
            .expect("investor");
            let cookie = self
                .log_in(&email, "investor-pass-1")
                .await
                .session_cookie()
                .expect("investor session");
            let id = self.me(Some(&cookie)).await["id"]
                .as_str()
                .and_then(|s| s.parse().ok())
                .expect("investor id");
            people.push((cookie, id));
        }
        let mut companies = Vec::new();
        for s in 0..startups {
            let founder = self
                .founder(&format!("founder{s}@startup{s}.example"))
                .await;
            let id = self
                .create_startup(&founder, &format!("Startup {s}"))
                .await
                .parse()
                .expect("startup id");
            companies.push((founder, id));
        }
        self.let_a_day_pass_for_rate_limits().await;
        Meet {
            staff,
            edition,
            investors: people,
            startups: companies,
        }
    }

    /// The one place these tests write rows the request side will own: a request
    /// between investor `i` and startup `s` with `status`, through the model's codecs.
    pub(crate) async fn meeting_request(
        &self,
        m: &Meet,
        i: usize,
        s: usize,
        status: RequestStatus,
    ) -> Uuid {
        let now = chrono::Utc::now();
        let id = Uuid::new_v4();
        meeting_request::ActiveModel {
            id: Set(id),
            edition_id: Set(m.edition.parse().expect("edition id")),
            investor_id: Set(m.investors[i].1),
            startup_id: Set(m.startups[s].1),
            asked_by: Set(Coded(AskedBy::Investor)),
            asked_by_user: Set(m.investors[i].1),
            message: Set("Let's talk".into()),
            status: Set(Coded(status)),
            reply_text: Set(String::new()),
            created_at: Set(now + chrono::Duration::milliseconds(i as i64 * 100 + s as i64)),
            replied_at: Set(Some(now)),
            expires_at: Set(now + chrono::Duration::days(3)),
        }
        .insert(&self.db)
        .await
        .expect("request");
        id
    }

    pub(crate) async fn add_meeting_block(
        &self,
        m: &Meet,
        (starts, ends): (&str, &str),
        minutes: &str,
    ) -> Reply {
        self.call(
            "meeting-staff/block/add",
            Some(&m.staff),
            &[
                ("edition", &m.edition),
                ("day", "2099-09-15"),
                ("starts", starts),
                ("ends", ends),
                ("meeting_minutes", minutes),
                ("buffer_minutes", "0"),
            ],
        )
        .await
    }

    pub(crate) async fn add_meeting_place(&self, m: &Meet, name: &str) -> String {
        let saved = self
            .call(
                "meeting-staff/place/save",
                Some(&m.staff),
                &[
                    ("edition", &m.edition),
                    ("name", name),
                    ("seats", "4"),
                    ("location", "Hall B"),
                ],
            )
            .await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
        self.meeting_overview(m).await["places"]
            .as_array()
            .and_then(|p| p.iter().find(|p| p["name"] == name))
            .and_then(|p| p["id"].as_str())
            .expect("place id")
            .to_string()
    }

    pub(crate) async fn meeting_overview(&self, m: &Meet) -> Value {
        let reply = self
            .call(
                "meeting-staff/overview",
                Some(&m.staff),
                &[("edition", &m.edition)],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        reply.json()
    }

    pub(crate) async fn book(
        &self,
        m: &Meet,
        request: Uuid,
        place: &str,
        slot: &str,
        extra: &[(&str, &str)],
    ) -> Reply {
        let request = request.to_string();
        let mut pairs = vec![
            ("edition", m.edition.as_str()),
            ("request", request.as_str()),
            ("place", place),
            ("slot", slot),
        ];
        pairs.extend_from_slice(extra);
        self.call("meeting-staff/book", Some(&m.staff), &pairs)
            .await
    }

    async fn run_meetings(&self, m: &Meet) -> Reply {
        self.call(
            "meeting-staff/run",
            Some(&m.staff),
            &[("edition", &m.edition)],
        )
        .await
    }

    pub(crate) async fn release_meetings(&self, m: &Meet) -> Reply {
        self.call(
            "meeting-staff/release",
            Some(&m.staff),
            &[("edition", &m.edition)],
        )
        .await
    }

    /// A block on 2099-09-15 that must be accepted.
    pub(crate) async fn meeting_block_ok(
        &self,
        m: &Meet,
        (starts, ends): (&str, &str),
        minutes: &str,
    ) {
        let added = self.add_meeting_block(m, (starts, ends), minutes).await;
        assert_eq!(added.status, StatusCode::OK, "{}", added.body);
    }

    /// The id of the account signed in with `cookie`.
    pub(crate) async fn user_id(&self, cookie: &str) -> Uuid {
        self.me(Some(cookie)).await["id"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .expect("user id")
    }

    pub(crate) async fn stored_meetings(&self) -> Vec<meeting::Model> {
        meeting::Entity::find()
            .all(&self.db)
            .await
            .expect("meetings")
    }
}

/// 2099-09-15 at `hh:mm` in Shanghai, as the booking form sends a slot.
pub(crate) fn slot(hh_mm: &str) -> String {
    let (h, m) = hh_mm.split_once(':').expect("hh:mm");
    let h: u32 = h.parse().expect("hour");
    format!("2099-09-15T{:02}:{m}:00+00:00", h - 8)
}

#[tokio::test]
async fn staff_set_rules_blocks_and_places_and_bad_input_is_named_beside_its_field() {
    let app = spawn_app().await;
    let m = app.meet(0, 0).await;
    let bad = app
        .call(
            "meeting-staff/rules",
            Some(&m.staff),
            &[
                ("edition", &m.edition),
                ("investor_quota", "0"),
                ("startup_quota", "many"),
                ("reply_hours", "48"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.body);
    assert!(bad.field_error("investor_quota").is_some(), "{}", bad.body);
    assert!(bad.field_error("startup_quota").is_some(), "{}", bad.body);
    assert!(bad.field_error("reply_hours").is_none(), "{}", bad.body);
    let saved = app
        .call(
            "meeting-staff/rules",
            Some(&m.staff),
            &[
                ("edition", &m.edition),
                ("investor_quota", "8"),
                ("startup_quota", "6"),
                ("reply_hours", "48"),
                ("pending_holds_slot", "on"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let rules = backend::lookup::meetings::rules(&app.db, m.edition.parse().unwrap())
        .await
        .expect("rules");
    assert_eq!(
        (rules.investor_quota, rules.startup_quota, rules.reply_hours),
        (8, 6, 48)
    );
    assert!(rules.pending_holds_slot && !rules.founders_may_request);

    // 14:00–15:00 in 20-minute meetings without a buffer: three slots.
    let added = app.add_meeting_block(&m, ("14:00", "15:00"), "20").await;
    assert_eq!(added.status, StatusCode::OK, "{}", added.body);
    let overlapping = app.add_meeting_block(&m, ("14:30", "16:00"), "20").await;
    assert_eq!(overlapping.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        overlapping
            .body
            .contains("shares time with another meeting block"),
        "{}",
        overlapping.body
    );
    let odd = app.add_meeting_block(&m, ("16:00", "17:00"), "25").await;
    assert!(odd.field_error("meeting_minutes").is_some(), "{}", odd.body);

    let a = app.add_meeting_place(&m, "Table 1").await;
    app.add_meeting_place(&m, "Table 2").await;
    let twice = app
        .call(
            "meeting-staff/place/save",
            Some(&m.staff),
            &[("edition", &m.edition), ("name", "table 1"), ("seats", "4")],
        )
        .await;
    assert_eq!(
        twice.field_error("name").as_deref(),
        Some("This edition already has a table or room with this name.")
    );
    let renamed = app
        .call(
            "meeting-staff/place/save",
            Some(&m.staff),
            &[
                ("edition", &m.edition),
                ("id", &a),
                ("name", "Table A"),
                ("seats", "6"),
                ("location", "By the window"),
            ],
        )
        .await;
    assert_eq!(renamed.status, StatusCode::OK, "{}", renamed.body);
    let o = app.meeting_overview(&m).await;
    let blocks = o["blocks"].as_array().expect("blocks");
    assert_eq!(blocks.len(), 1);
    assert_eq!(blocks[0]["slots"], 3);
    assert_eq!(blocks[0]["capacity"], 6, "three times at two places");
    let names: Vec<&str> = o["places"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert_eq!(names, ["Table 2", "Table A"]);
    assert_eq!(o["rules"]["investor_quota"], "8");

    let page = app
        .get(
            &format!("/staff/meetings?edition={}", m.edition),
            Some(&m.staff),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    for text in [
        "Meeting rules",
        "Table A",
        "By the window",
        "Run the matcher",
        "6 (3 times × 2 places)",
    ] {
        assert!(page.body.contains(text), "the page lacks {text:?}");
    }
    let removed = app
        .call(
            "meeting-staff/place/delete",
            Some(&m.staff),
            &[("edition", &m.edition), ("id", &a)],
        )
        .await;
    assert_eq!(removed.status, StatusCode::OK, "{}", removed.body);
}

#[tokio::test]
async fn the_matcher_places_accepted_requests_reports_its_gap_and_says_why_one_is_left_out() {
    let app = spawn_app().await;
    let m = app.meet(2, 3).await;
    app.meeting_block_ok(&m, ("14:00", "15:00"), "20").await;
    app.add_meeting_place(&m, "Table 1").await;
    let mut placed = Vec::new();
    for (i, s) in [(0, 0), (0, 1), (1, 0), (1, 1)] {
        placed.push(app.meeting_request(&m, i, s, RequestStatus::Accepted).await);
    }
    // Startup 2's founder blocked the whole afternoon: no common time with anyone.
    let blocked = app.meeting_request(&m, 1, 2, RequestStatus::Accepted).await;
    let founder_id: Uuid = app.me(Some(&m.startups[2].0)).await["id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    blocked_time::ActiveModel {
        id: Set(Uuid::new_v4()),
        edition_id: Set(m.edition.parse().unwrap()),
        user_id: Set(founder_id),
        starts_at: Set(slot("13:00").parse().unwrap()),
        ends_at: Set(slot("16:00").parse().unwrap()),
        note: Set(String::new()),
        created_by: Set(None),
        created_at: Set(chrono::Utc::now()),
    }
    .insert(&app.db)
    .await
    .expect("blocked time");
    // A pending request does not hold a slot by default; a declined one never does.
    app.meeting_request(&m, 0, 2, RequestStatus::Pending).await;

    let ran = app.run_meetings(&m).await;
    assert_eq!(ran.status, StatusCode::OK, "{}", ran.body);
    let meetings = app.stored_meetings().await;
    // One table, three times, four placeable requests: three meetings.
    assert_eq!(meetings.len(), 3);
    assert!(meetings.iter().all(|x| x.request_id != blocked));
    let o = app.meeting_overview(&m).await;
    let run = &o["last_run"];
    assert_eq!(run["placed"], 3);
    assert_eq!(run["requests"], 5);
    assert!(run["bound"].as_i64().unwrap() >= run["weight"].as_i64().unwrap());
    let unplaced = run["unplaced"].as_array().unwrap();
    assert_eq!(unplaced.len(), 2, "{unplaced:?}");
    let page = app
        .get(
            &format!("/staff/meetings?edition={}", m.edition),
            Some(&m.staff),
        )
        .await;
    assert!(
        page.body.contains("% of the best possible"),
        "no share of the bound on the page"
    );
    assert!(
        page.body.contains(
            "Investor 1 – Startup 2: the investor and the startup are never free at the same time"
        ),
        "the reason is not in words"
    );
    assert!(
        page.body.contains("Waiting for an answer: 1"),
        "counts by status"
    );

    // A re-run with nothing changed moves nothing.
    let before: Vec<(Uuid, Uuid)> = app
        .stored_meetings()
        .await
        .iter()
        .map(|x| (x.id, x.request_id))
        .collect();
    let again = app.run_meetings(&m).await;
    assert_eq!(again.status, StatusCode::OK, "{}", again.body);
    let after: Vec<(Uuid, Uuid)> = app
        .stored_meetings()
        .await
        .iter()
        .map(|x| (x.id, x.request_id))
        .collect();
    assert_eq!(before, after);
    assert_eq!(app.meeting_overview(&m).await["last_run"]["moved"], 0);
    // Runs are limited: the 31st within the hour is refused.
    for _ in 0..28 {
        app.run_meetings(&m).await;
    }
    let limited = app.run_meetings(&m).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn release_queues_a_held_reminder_per_person_and_a_moved_meeting_drops_its_own() {
    let app = spawn_app().await;
    let m = app.meet(1, 1).await;
    app.meeting_block_ok(&m, ("14:00", "15:00"), "30").await;
    let table = app.add_meeting_place(&m, "Table 1").await;
    let request = app.meeting_request(&m, 0, 0, RequestStatus::Accepted).await;
    let booked = app.book(&m, request, &table, &slot("14:00"), &[]).await;
    assert_eq!(booked.status, StatusCode::OK, "{}", booked.body);
    // Not released: no reminder, and the founder cannot check in.
    assert!(app.outbox_bodies().await.is_empty());
    let id = app.stored_meetings().await[0].id.to_string();
    let early = app
        .call(
            "meetings/check-in",
            Some(&m.startups[0].0),
            &[("meeting", &id), ("check", "held")],
        )
        .await;
    assert_eq!(early.status, StatusCode::NOT_FOUND);

    let released = app.release_meetings(&m).await;
    assert_eq!(released.status, StatusCode::OK, "{}", released.body);
    let held = outbox::Entity::find()
        .filter(outbox::Column::Hold.eq(format!("meeting:{id}")))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(held.len(), 2, "the investor and the founder");
    let start: chrono::DateTime<chrono::Utc> = slot("14:00").parse().unwrap();
    assert!(held
        .iter()
        .all(|r| r.send_after == Some(start - chrono::Duration::hours(1))));
    let to_investor = held
        .iter()
        .find(|r| r.to_email == "investor0@fund.example")
        .expect("investor's");
    assert!(
        to_investor.subject.contains("Startup 0"),
        "{}",
        to_investor.subject
    );
    assert!(
        to_investor.body.contains("Table 1 (Hall B)"),
        "{}",
        to_investor.body
    );
    // Released again: still one reminder each.
    app.let_a_day_pass_for_rate_limits().await;
    app.release_meetings(&m).await;
    assert_eq!(app.outbox_bodies().await.len(), 2);

    // Moved by hand: staff's draft; the reminders follow what was released.
    let moved = app.book(&m, request, &table, &slot("14:30"), &[]).await;
    assert_eq!(moved.status, StatusCode::OK, "{}", moved.body);
    let sends = |rows: &[outbox::Model]| -> Vec<Option<chrono::DateTime<chrono::Utc>>> {
        rows.iter().map(|r| r.send_after).collect()
    };
    let rows = outbox::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(
        sends(&rows),
        vec![Some(start - chrono::Duration::hours(1)); 2]
    );
    // Released again: the old reminders go, new ones say the new time.
    app.release_meetings(&m).await;
    let rows = outbox::Entity::find().all(&app.db).await.unwrap();
    let later: chrono::DateTime<chrono::Utc> = slot("14:30").parse().unwrap();
    assert_eq!(
        sends(&rows),
        vec![Some(later - chrono::Duration::hours(1)); 2]
    );
    assert!(rows.iter().all(|r| r.body.contains("14:30")), "{rows:?}");
    // Cancelled: released, none left.
    let cancelled = app
        .call(
            "meeting-staff/cancel",
            Some(&m.staff),
            &[("edition", &m.edition), ("meeting", &id)],
        )
        .await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.body);
    assert_eq!(app.outbox_bodies().await.len(), 2, "until released");
    app.release_meetings(&m).await;
    assert!(app.outbox_bodies().await.is_empty());
}

#[tokio::test]
async fn a_hand_booking_names_the_rules_it_breaks_and_save_anyway_keeps_it() {
    let app = spawn_app().await;
    let m = app.meet(1, 2).await;
    app.meeting_block_ok(&m, ("14:00", "15:00"), "30").await;
    let one = app.add_meeting_place(&m, "Table 1").await;
    let two = app.add_meeting_place(&m, "Table 2").await;
    let first = app.meeting_request(&m, 0, 0, RequestStatus::Accepted).await;
    let second = app.meeting_request(&m, 0, 1, RequestStatus::Pending).await;
    assert_eq!(
        app.book(&m, first, &one, &slot("14:00"), &[("lock", "on")])
            .await
            .status,
        StatusCode::OK
    );

    // The same investor at another table at the same time.
    let clash = app.book(&m, second, &two, &slot("14:00"), &[]).await;
    assert_eq!(clash.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        clash.field_error("slot").as_deref(),
        Some("This meeting breaks these rules: the investor meets someone else then. Tick \"Save anyway\" to keep it; the override is logged.")
    );
    // A taken table is refused even with "Save anyway".
    let taken = app
        .book(
            &m,
            second,
            &one,
            &slot("14:00"),
            &[("override_rules", "on")],
        )
        .await;
    assert_eq!(
        taken.field_error("slot").as_deref(),
        Some("Taken: this place, the investor or the startup already has a meeting at that time. Choose another slot.")
    );
    // Save anyway past the investor clash: the database still refuses a person twice.
    let forced = app
        .book(
            &m,
            second,
            &two,
            &slot("14:00"),
            &[("override_rules", "on")],
        )
        .await;
    assert_eq!(forced.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        forced.field_error("slot").unwrap().starts_with("Taken"),
        "{}",
        forced.body
    );
    // Not a slot of any block.
    let nowhere = app.book(&m, second, &two, &slot("14:10"), &[]).await;
    assert_eq!(
        nowhere.field_error("slot").as_deref(),
        Some("This time is not a meeting slot of any block.")
    );
    let garbage = app.book(&m, second, &two, "tomorrow-ish", &[]).await;
    assert!(garbage.field_error("slot").is_some(), "{}", garbage.body);
    assert_eq!(app.stored_meetings().await.len(), 1);

    // The matcher keeps the locked meeting where staff put it.
    let ok = app.book(&m, second, &two, &slot("14:30"), &[]).await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    app.run_meetings(&m).await;
    let locked = app
        .stored_meetings()
        .await
        .into_iter()
        .find(|x| x.request_id == first)
        .unwrap();
    assert!(locked.locked);
    assert_eq!(
        locked.starts_at,
        slot("14:00")
            .parse::<chrono::DateTime<chrono::Utc>>()
            .unwrap()
    );
    let unlocked = app
        .call(
            "meeting-staff/lock",
            Some(&m.staff),
            &[("edition", &m.edition), ("meeting", &locked.id.to_string())],
        )
        .await;
    assert_eq!(unlocked.status, StatusCode::OK, "{}", unlocked.body);
    assert!(
        !app.stored_meetings()
            .await
            .into_iter()
            .find(|x| x.request_id == first)
            .unwrap()
            .locked
    );
    // A place with meetings cannot be removed.
    let in_use = app
        .call(
            "meeting-staff/place/delete",
            Some(&m.staff),
            &[("edition", &m.edition), ("id", &one)],
        )
        .await;
    assert_eq!(in_use.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn fifty_concurrent_bookings_of_one_place_and_time_one_wins_the_rest_hear_taken() {
    let app = spawn_app().await;
    let m = app.meet(5, 10).await;
    app.meeting_block_ok(&m, ("14:00", "15:00"), "30").await;
    let table = app.add_meeting_place(&m, "Table 1").await;
    let mut requests = Vec::new();
    for i in 0..5 {
        for s in 0..10 {
            requests.push(app.meeting_request(&m, i, s, RequestStatus::Accepted).await);
        }
    }
    let at = slot("14:00");
    let replies = futures_util::future::join_all(
        requests
            .iter()
            .map(|&r| app.book(&m, r, &table, &at, &[("override_rules", "on")])),
    )
    .await;
    let won: Vec<&Reply> = replies
        .iter()
        .filter(|r| r.status == StatusCode::OK)
        .collect();
    assert_eq!(won.len(), 1, "exactly one booking wins");
    for lost in replies.iter().filter(|r| r.status != StatusCode::OK) {
        assert_eq!(
            lost.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            lost.body
        );
        assert_eq!(
            lost.field_error("slot").as_deref(),
            Some("Taken: this place, the investor or the startup already has a meeting at that time. Choose another slot."),
            "{}",
            lost.body
        );
    }
    assert_eq!(app.stored_meetings().await.len(), 1);
}

#[tokio::test]
async fn either_side_checks_in_nobody_else_and_the_stand_by_list_fills_a_no_show() {
    let app = spawn_app().await;
    let m = app.meet(2, 2).await;
    app.meeting_block_ok(&m, ("14:00", "15:00"), "30").await;
    let table = app.add_meeting_place(&m, "Table 1").await;
    let held = app.meeting_request(&m, 0, 0, RequestStatus::Accepted).await;
    let standby = app.meeting_request(&m, 1, 1, RequestStatus::Pending).await;
    assert_eq!(
        app.book(&m, held, &table, &slot("14:00"), &[]).await.status,
        StatusCode::OK
    );
    app.release_meetings(&m).await;
    let id = app.stored_meetings().await[0].id.to_string();
    let check = |cookie: &str, value: &'static str| {
        let id = id.clone();
        let cookie = cookie.to_string();
        let app = &app;
        async move {
            app.call(
                "meetings/check-in",
                Some(&cookie),
                &[("meeting", &id), ("check", value)],
            )
            .await
            .status
        }
    };
    // The other investor, the other founder, staff and nobody: 404 / 401.
    assert_eq!(
        check(&m.investors[1].0, "held").await,
        StatusCode::NOT_FOUND
    );
    assert_eq!(check(&m.startups[1].0, "held").await, StatusCode::NOT_FOUND);
    assert_eq!(check(&m.staff, "held").await, StatusCode::NOT_FOUND);
    let anon = app
        .call(
            "meetings/check-in",
            None,
            &[("meeting", &id), ("check", "held")],
        )
        .await;
    assert_eq!(anon.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        check(&m.investors[0].0, "bogus").await,
        StatusCode::NOT_FOUND
    );
    // Before the meeting starts, its two sides hear when check-in opens.
    let early = app
        .call(
            "meetings/check-in",
            Some(&m.startups[0].0),
            &[("meeting", &id), ("check", "held")],
        )
        .await;
    assert_eq!(
        early.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        early.body
    );
    assert!(
        early
            .body
            .contains("You can check in from 14:00, when the meeting starts."),
        "{}",
        early.body
    );
    assert!(app.stored_meetings().await[0].founder_check.is_none());
    // From the start: the founder says held; the investor says the startup did not come.
    let founder = app.user_id(&m.startups[0].0).await;
    let meeting: Uuid = id.parse().unwrap();
    let at = |hh_mm: &str| {
        slot(hh_mm)
            .parse::<chrono::DateTime<chrono::Utc>>()
            .unwrap()
    };
    let check_at = |user: Uuid, check: domain::meetings::CheckIn, now| {
        checkin::check_in(&app.db, user, meeting, check, now)
    };
    use domain::meetings::CheckIn;
    check_at(founder, CheckIn::Held, at("14:00"))
        .await
        .expect("founder at the start");
    check_at(m.investors[0].1, CheckIn::NoShow, at("14:10"))
        .await
        .expect("investor");
    // The day after the edition's last day (16 September): closed.
    let after = "2099-09-16T16:00:00Z".parse().unwrap();
    assert!(matches!(
        check_at(founder, CheckIn::Held, after).await,
        Err(backend::ServiceError::Invalid(_))
    ));
    let row = app.stored_meetings().await.remove(0);
    assert_eq!(
        row.founder_check.map(|c| c.0),
        Some(domain::meetings::CheckIn::Held)
    );
    assert_eq!(
        row.investor_check.map(|c| c.0),
        Some(domain::meetings::CheckIn::NoShow)
    );

    let o = app.meeting_overview(&m).await;
    let offered = &o["standby"][0];
    assert_eq!(offered["meeting_id"], id);
    let candidates: Vec<&str> = offered["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["id"].as_str())
        .collect();
    assert_eq!(candidates, [standby.to_string().as_str()]);
    let page = app
        .get(
            &format!("/staff/meetings?edition={}", m.edition),
            Some(&m.staff),
        )
        .await;
    assert!(
        page.body.contains("Book Investor 1 – Startup 1 here"),
        "the stand-by button"
    );
    // Only what the list offers can be booked there.
    let not_offered = app
        .call(
            "meeting-staff/standby",
            Some(&m.staff),
            &[
                ("edition", &m.edition),
                ("meeting", &id),
                ("request", &held.to_string()),
            ],
        )
        .await;
    assert_eq!(not_offered.status, StatusCode::NOT_FOUND);
    let filled = app
        .call(
            "meeting-staff/standby",
            Some(&m.staff),
            &[
                ("edition", &m.edition),
                ("meeting", &id),
                ("request", &standby.to_string()),
            ],
        )
        .await;
    assert_eq!(filled.status, StatusCode::OK, "{}", filled.body);
    let now = app.stored_meetings().await;
    assert_eq!(now.len(), 1);
    assert_eq!(now[0].request_id, standby);
    assert_eq!(
        now[0].starts_at,
        slot("14:00")
            .parse::<chrono::DateTime<chrono::Utc>>()
            .unwrap()
    );
    // Released: the new meeting has its reminders (investor and founder).
    let held = outbox::Entity::find()
        .filter(outbox::Column::Hold.eq(format!("meeting:{}", now[0].id)))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(held.len(), 2);
}

#[tokio::test]
async fn the_demo_gives_staff_places_a_block_and_a_matched_schedule() {
    let app = spawn_app().await;
    backend::seed::demo::seed_demo(&app.db, "http://127.0.0.1:3000")
        .await
        .expect("demo");
    let staff = app
        .log_in("staff@pitchline.test", "staff-demo-pass")
        .await
        .session_cookie()
        .expect("staff session");
    let o = app
        .call("meeting-staff/overview", Some(&staff), &[])
        .await
        .json();
    assert_eq!(o["places"].as_array().map(Vec::len), Some(3));
    // The block the day before (begun: check-in is open on the demo) and the edition's.
    assert_eq!(o["blocks"].as_array().map(Vec::len), Some(2));
    assert!(!o["meetings"].as_array().unwrap().is_empty(), "{o}");
    assert!(o["last_run"]["placed"].as_u64().unwrap() > 0);
    let page = app.get("/staff/meetings", Some(&staff)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("of the best possible"));
    // Released: Ada finds her meetings on her agenda.
    let ada = app
        .log_in("investor1@pitchline.test", "investor-demo-pass")
        .await
        .session_cookie()
        .expect("investor session");
    let agenda = app.get("/agenda/mine", Some(&ada)).await;
    assert!(agenda.body.contains("Meeting with"), "{}", agenda.body);
    // Tidal Grid and Harbour Hydrogen met her yesterday (check-in open); the others wait
    // for the edition (check-in opens at their start).
    let mine = app.call("agenda/personal", Some(&ada), &[]).await.json();
    let meetings: Vec<&Value> = mine["days"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["items"].as_array().unwrap())
        .map(|i| &i["what"]["Meeting"])
        .filter(|m| !m.is_null())
        .collect();
    let mut open: Vec<&str> = meetings
        .iter()
        .filter(|m| m["check_in_open"] == true)
        .filter_map(|m| m["startup"].as_str())
        .collect();
    open.sort_unstable();
    assert_eq!(open, ["Harbour Hydrogen", "Tidal Grid"], "{mine}");
    assert!(
        meetings.iter().any(|m| m["check_in_open"] == false),
        "{mine}"
    );
    assert!(agenda.body.contains("It was held"), "{}", agenda.body);
    assert!(agenda.body.contains("Check-in opens at"), "{}", agenda.body);
}
