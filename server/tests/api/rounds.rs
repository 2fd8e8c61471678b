//! Pitch rounds: rooms and sessions as staff set them up, and the draft schedule solved,
//! accepted and edited by hand.

use super::*;

pub(crate) struct Rounds {
    pub(crate) staff: String,
    pub(crate) edition: String,
    pub(crate) hall_a: String,
    pub(crate) hall_b: String,
    /// Submission ids of the accepted pitches (all in "Clean energy").
    pub(crate) pitches: Vec<String>,
}

impl TestApp {
    pub(crate) async fn accepted_pitch(
        &self,
        founder_email: &str,
        name: &str,
        edition: &str,
    ) -> String {
        let founder = self.founder(founder_email).await;
        let startup = self.create_startup(&founder, name).await;
        let saved = self.save_pitch(&founder, &startup, edition, "save").await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
        self.set_status(&startup, domain::submission::Status::Accepted)
            .await;
        self.pitch(&founder, &startup).await["id"]
            .as_str()
            .expect("submission id")
            .to_string()
    }

    pub(crate) async fn rounds_setup(&self, staff: &str, edition: &str) -> Value {
        let reply = self
            .call("rounds/setup", Some(staff), &[("edition", edition)])
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        reply.json()
    }

    pub(crate) async fn add_room(&self, staff: &str, edition: &str, name: &str) -> String {
        let saved = self
            .call(
                "rounds/room/save",
                Some(staff),
                &[("edition", edition), ("name", name), ("capacity", "120")],
            )
            .await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
        self.rounds_setup(staff, edition).await["rooms"]
            .as_array()
            .and_then(|rooms| rooms.iter().find(|r| r["name"] == name))
            .and_then(|r| r["id"].as_str())
            .expect("room id")
            .to_string()
    }

    pub(crate) async fn save_session(
        &self,
        staff: &str,
        edition: &str,
        fields: &[(&str, &str)],
    ) -> Reply {
        let mut pairs: Vec<(&str, &str)> = vec![
            ("edition", edition),
            ("title", "Clean energy I"),
            ("track", "Clean energy"),
            ("day", "2099-09-15"),
            ("starts", "09:00"),
            ("ends", "10:00"),
            ("pitch_minutes", "6"),
            ("qa_minutes", "6"),
            ("changeover_minutes", "3"),
            ("breaks", ""),
            ("panel_min", "1"),
            ("panel_max", "2"),
        ];
        for &(k, v) in fields {
            match pairs.iter_mut().find(|(key, _)| *key == k) {
                Some(pair) => pair.1 = v,
                None => pairs.push((k, v)),
            }
        }
        self.call("rounds/session/save", Some(staff), &pairs).await
    }

    /// Saves each `(title, room, starts, ends)` session, with `extra` fields for all.
    pub(crate) async fn sessions(
        &self,
        r: &Rounds,
        sessions: &[(&str, &str, &str, &str)],
        extra: &[(&str, &str)],
    ) {
        for &(title, room, starts, ends) in sessions {
            let mut fields = vec![
                ("title", title),
                ("room", room),
                ("starts", starts),
                ("ends", ends),
            ];
            fields.extend_from_slice(extra);
            let saved = self.save_session(&r.staff, &r.edition, &fields).await;
            assert_eq!(saved.status, StatusCode::OK, "{title}: {}", saved.body);
        }
    }

    pub(crate) async fn rounds(&self) -> Rounds {
        let staff = self.staff().await;
        let edition = self.edition(&staff, false).await;
        let mut pitches = Vec::new();
        for (email, name) in [
            ("chen@tidalgrid.cn", "Tidal Grid"),
            ("dara@aurora-bio.sg", "Aurora Bio"),
            ("eli@kestrel.example", "Kestrel Pay"),
        ] {
            pitches.push(self.accepted_pitch(email, name, &edition).await);
        }
        for email in ["ada@harbour.vc", "bo@gmail.com", "cy@tidalgrid.cn"] {
            self.investor(email).await;
        }
        let hall_a = self.add_room(&staff, &edition, "Hall A").await;
        let hall_b = self.add_room(&staff, &edition, "Hall B").await;
        Rounds {
            staff,
            edition,
            hall_a,
            hall_b,
            pitches,
        }
    }

    /// Staff block `person` out on 2099-09-15 from `from` to `to`.
    pub(crate) async fn block_out(
        &self,
        r: &Rounds,
        person: &str,
        (from, to): (&str, &str),
        note: &str,
    ) -> Reply {
        self.call(
            "schedule/block",
            Some(&r.staff),
            &[
                ("edition", &r.edition),
                ("person", person),
                ("day", "2099-09-15"),
                ("from", from),
                ("to", to),
                ("note", note),
            ],
        )
        .await
    }

    /// Solves the draft, accepts the proposal, and returns the board after it.
    pub(crate) async fn solve_and_accept(&self, r: &Rounds) -> Value {
        let fingerprint = self.schedule(r, true).await["proposal"]["fingerprint"]
            .as_str()
            .expect("fingerprint")
            .to_string();
        let solved = self
            .call(
                "schedule/solve",
                Some(&r.staff),
                &[("edition", &r.edition), ("fingerprint", &fingerprint)],
            )
            .await;
        assert_eq!(solved.status, StatusCode::OK, "{}", solved.body);
        self.schedule(r, false).await
    }

    pub(crate) async fn schedule(&self, r: &Rounds, solve: bool) -> Value {
        let reply = self
            .call(
                "schedule/board",
                Some(&r.staff),
                &[
                    ("edition", &r.edition),
                    ("solve", if solve { "true" } else { "false" }),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        reply.json()
    }
}

fn names(board: &Value, indices: &Value) -> Vec<String> {
    indices
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|i| i.as_u64())
                .filter_map(|i| board["pitches"][i as usize]["startup"].as_str())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn staff_set_up_rooms_and_sessions_then_solve_and_accept_the_proposal() {
    let app = spawn_app().await;
    let r = app.rounds().await;
    for (title, track, room, starts, ends) in [
        (
            "Clean energy I",
            "Clean energy",
            &r.hall_a,
            "09:00",
            "09:30",
        ),
        ("AI I", "AI", &r.hall_b, "09:00", "10:30"),
        ("Open stage", "", &r.hall_a, "10:00", "11:00"),
    ] {
        let saved = app
            .save_session(
                &r.staff,
                &r.edition,
                &[
                    ("title", title),
                    ("track", track),
                    ("room", room),
                    ("starts", starts),
                    ("ends", ends),
                ],
            )
            .await;
        assert_eq!(saved.status, StatusCode::OK, "{title}: {}", saved.body);
    }
    let setup = app.rounds_setup(&r.staff, &r.edition).await;
    let sessions = setup["sessions"].as_array().expect("sessions");
    assert_eq!(sessions.len(), 3);
    // 30 minutes of 12-minute slots with 3 between: 09:00 and 09:15.
    let clean = sessions
        .iter()
        .find(|s| s["title"] == "Clean energy I")
        .expect("clean");
    assert_eq!(clean["slots"], 2);
    assert_eq!(clean["track"], "Clean energy");
    assert_eq!(
        sessions
            .iter()
            .find(|s| s["title"] == "Open stage")
            .expect("open")["track"],
        Value::Null
    );

    let before = app.schedule(&r, false).await;
    assert_eq!(
        names(&before, &before["unplaced"]).len(),
        3,
        "nothing placed yet"
    );
    let preview = app.schedule(&r, true).await;
    let proposal = &preview["proposal"];
    // Three pitches placed and a judge on each panel that hears one.
    assert!(
        proposal["changes"].as_array().expect("changes").len() >= 3,
        "{proposal}"
    );
    assert_eq!(proposal["unplaced"], serde_json::json!([]));
    // The outcome in words a user reads, not the solver's cost against its bound.
    assert_eq!(
        (&proposal["placed"], &proposal["startups"]),
        (&Value::from(3), &Value::from(3))
    );
    let page = app
        .get(
            &format!("/staff/schedule?edition={}&solve=1", r.edition),
            Some(&r.staff),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("All 3 startups get a slot."),
        "{}",
        page.body
    );
    assert!(!page.body.contains("lower bound"));
    // Nothing changes until staff accept.
    assert_eq!(
        app.schedule(&r, false).await["unplaced"],
        before["unplaced"]
    );

    let fingerprint = proposal["fingerprint"].as_str().expect("fingerprint");
    let accepted = app
        .call(
            "schedule/solve",
            Some(&r.staff),
            &[("edition", &r.edition), ("fingerprint", fingerprint)],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.body);
    let after = app.schedule(&r, false).await;
    assert_eq!(after["unplaced"], serde_json::json!([]));
    assert_eq!(after["breaches"], serde_json::json!([]), "{after}");
    // Clean-energy pitches sit in clean-energy or mixed sessions, inside 09:00-12:00.
    let placed: usize = after["sessions"]
        .as_array()
        .expect("sessions")
        .iter()
        .map(|s| {
            let here = s["slots"]
                .as_array()
                .expect("slots")
                .iter()
                .filter(|k| !k["pitch"].is_null())
                .count();
            if here > 0 {
                assert_ne!(s["title"], "AI I", "a clean-energy pitch in the AI session");
                assert!(
                    !s["panel"].as_array().expect("panel").is_empty(),
                    "a panel hears {}",
                    s["title"]
                );
            }
            here
        })
        .sum();
    assert_eq!(placed, 3);

    // Solving again proposes nothing: the draft is what the solver would make.
    let again = app.schedule(&r, true).await;
    assert_eq!(again["proposal"]["changes"], serde_json::json!([]));
    // The proposal was computed from the old draft: accepting it now is refused.
    let stale = app
        .call(
            "schedule/solve",
            Some(&r.staff),
            &[("edition", &r.edition), ("fingerprint", fingerprint)],
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT, "{}", stale.body);
    assert!(stale.body.contains("draft changed"), "{}", stale.body);

    // The staff pages show it, in Chinese too.
    let page = app
        .get(
            &format!("/staff/schedule?edition={}", r.edition),
            Some(&r.staff),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("Tidal Grid") && page.body.contains("Hall A"),
        "{}",
        page.body
    );
    let zh = app
        .get(
            &format!("/staff/rounds?edition={}", r.edition),
            Some(&format!("{}; lang=zh", r.staff)),
        )
        .await;
    assert!(
        zh.body.contains("<h1>路演场次</h1>") && zh.body.contains("混合"),
        "{}",
        zh.body
    );
}

#[tokio::test]
async fn bad_session_input_is_explained_beside_its_field_and_nothing_is_saved() {
    let app = spawn_app().await;
    let r = app.rounds().await;
    let first = app
        .save_session(
            &r.staff,
            &r.edition,
            &[("room", &r.hall_a), ("title", "Fintech I")],
        )
        .await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.body);

    let overlapping = app
        .save_session(
            &r.staff,
            &r.edition,
            &[("room", &r.hall_a), ("starts", "09:30"), ("ends", "11:00")],
        )
        .await;
    assert_eq!(overlapping.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        overlapping.field_error("starts").as_deref(),
        Some("The room is taken then by \"Fintech I\".")
    );
    // Another room at the same time is fine.
    let elsewhere = app
        .save_session(
            &r.staff,
            &r.edition,
            &[("room", &r.hall_b), ("starts", "09:30"), ("ends", "11:00")],
        )
        .await;
    assert_eq!(elsewhere.status, StatusCode::OK, "{}", elsewhere.body);

    let too_short = app
        .save_session(
            &r.staff,
            &r.edition,
            &[("room", &r.hall_a), ("starts", "14:00"), ("ends", "14:10")],
        )
        .await;
    assert_eq!(
        too_short.field_error("pitch_minutes").as_deref(),
        Some("One slot (pitch and Q&A) takes 12 minutes, longer than the 10-minute session.")
    );
    let wrong_day = app
        .save_session(
            &r.staff,
            &r.edition,
            &[("room", &r.hall_a), ("day", "2099-10-01")],
        )
        .await;
    assert!(
        wrong_day
            .field_error("day")
            .is_some_and(|m| m.contains("not a pitch day")),
        "{}",
        wrong_day.body
    );
    let stray_room = app
        .save_session(&r.staff, &r.edition, &[("room", &r.pitches[0])])
        .await;
    assert_eq!(
        stray_room.field_error("room").as_deref(),
        Some("Choose a room from the list.")
    );
    // What was typed comes back with the errors.
    assert_eq!(
        wrong_day.json()["Invalid"]["kept"][0],
        serde_json::json!(["title", "Clean energy I"]),
        "{}",
        wrong_day.body
    );

    let setup = app.rounds_setup(&r.staff, &r.edition).await;
    assert_eq!(
        setup["sessions"].as_array().map(Vec::len),
        Some(2),
        "only the two good sessions"
    );

    // A room in use cannot go; an unused one can.
    let busy = app
        .call(
            "rounds/room/delete",
            Some(&r.staff),
            &[("edition", &r.edition), ("id", &r.hall_a)],
        )
        .await;
    assert_eq!(busy.status, StatusCode::UNPROCESSABLE_ENTITY);
    let spare = app.add_room(&r.staff, &r.edition, "Spare room").await;
    let gone = app
        .call(
            "rounds/room/delete",
            Some(&r.staff),
            &[("edition", &r.edition), ("id", &spare)],
        )
        .await;
    assert_eq!(gone.status, StatusCode::OK, "{}", gone.body);
    // Two rooms of one edition cannot share a name.
    let twin = app
        .call(
            "rounds/room/save",
            Some(&r.staff),
            &[
                ("edition", &r.edition),
                ("name", "hall a"),
                ("capacity", "10"),
            ],
        )
        .await;
    assert_eq!(
        twin.field_error("name").as_deref(),
        Some("This edition already has a room with this name.")
    );
}

#[tokio::test]
async fn a_pattern_with_more_slots_than_a_session_may_have_is_refused_in_both_languages() {
    let app = spawn_app().await;
    let r = app.rounds().await;
    // 1,439 one-minute slots: the shape that made the staff page quadratic.
    let all_day = [
        ("room", r.hall_a.as_str()),
        ("starts", "00:00"),
        ("ends", "23:59"),
        ("pitch_minutes", "1"),
        ("qa_minutes", "0"),
        ("changeover_minutes", "0"),
    ];
    let refused = app.save_session(&r.staff, &r.edition, &all_day).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.field_error("pitch_minutes").as_deref(),
        Some(
            "This pattern cuts the session into 1439 slots; a session may have at most 200. \
             Make the slots longer or the session shorter."
        )
    );
    // What was typed comes back.
    assert!(
        refused.json()["Invalid"]["kept"]
            .as_array()
            .is_some_and(|k| k.contains(&serde_json::json!(["ends", "23:59"]))),
        "{}",
        refused.body
    );
    let in_chinese = format!("{}; lang=zh", r.staff);
    let refused = app.save_session(&in_chinese, &r.edition, &all_day).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .field_error("pitch_minutes")
            .is_some_and(|m| m.contains("1439") && m.contains("最多 200")),
        "{}",
        refused.body
    );
    let setup = app.rounds_setup(&r.staff, &r.edition).await;
    assert_eq!(
        setup["sessions"].as_array().map(Vec::len),
        Some(0),
        "nothing saved"
    );
    // Exactly 200 slots is a session.
    let ok = app
        .save_session(
            &r.staff,
            &r.edition,
            &[
                ("room", r.hall_a.as_str()),
                ("starts", "09:00"),
                ("ends", "12:20"),
                ("pitch_minutes", "1"),
                ("qa_minutes", "0"),
                ("changeover_minutes", "0"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    let setup = app.rounds_setup(&r.staff, &r.edition).await;
    assert_eq!(setup["sessions"][0]["slots"], 200);
}

#[tokio::test]
async fn the_schedule_page_lists_each_free_slot_once_and_shows_a_grid_per_day() {
    let app = spawn_app().await;
    let r = app.rounds().await;
    // Two sessions at the cap: 400 slots, 3 startups.
    app.sessions(
        &r,
        &[
            ("Morning", &r.hall_a, "09:00", "12:20"),
            ("Afternoon", &r.hall_b, "13:00", "16:20"),
        ],
        &[
            ("pitch_minutes", "1"),
            ("qa_minutes", "0"),
            ("changeover_minutes", "0"),
        ],
    )
    .await;
    let setup = app.rounds_setup(&r.staff, &r.edition).await;
    let morning = setup["sessions"][0]["id"].as_str().expect("id").to_string();
    // Tidal Grid by hand into the morning's first slot, locked.
    let board = app.schedule(&r, false).await;
    let tidal = board["pitches"]
        .as_array()
        .and_then(|p| p.iter().find(|p| p["startup"] == "Tidal Grid"))
        .and_then(|p| p["submission_id"].as_str())
        .expect("tidal")
        .to_string();
    let placed = app
        .call(
            "schedule/place",
            Some(&r.staff),
            &[
                ("edition", &r.edition),
                ("submission", &tidal),
                ("place", &format!("{morning}/0")),
                ("lock", "on"),
            ],
        )
        .await;
    assert_eq!(placed.status, StatusCode::OK, "{}", placed.body);

    let page = app
        .get(
            &format!("/staff/schedule?edition={}&move={tidal}", r.edition),
            Some(&r.staff),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let html = &page.body;
    // A free slot is offered once (the move form) and is one cell of the grid.
    let free = format!("{morning}/7");
    assert_eq!(html.matches(&format!("value=\"{free}\"")).count(), 1);
    assert_eq!(html.matches(&format!("data-drop=\"{free}\"")).count(), 1);
    // Linear in slots: 399 free slots once, 3 startups, and the page's few other
    // selects (rule levels, judges) — not 3 × 399 options.
    let options = html.matches("<option").count();
    assert!(options < 399 + 3 + 50, "{options} options");
    // The grid: one day, both rooms as columns, the placed card draggable, locked.
    assert_eq!(html.matches("class=\"schedule-grid\"").count(), 1);
    assert!(html.contains("<th scope=\"col\">Hall A</th>"), "{html}");
    assert!(html.contains("<th scope=\"col\">Hall B</th>"), "{html}");
    assert!(
        html.contains(&format!("data-submission=\"{tidal}\" data-locked=\"1\"")),
        "{html}"
    );
    // The cell's "Move…" link chose Tidal Grid in the move form.
    assert!(
        html.contains(&format!("<option value=\"{tidal}\" selected")),
        "{html}"
    );

    // Taking out through the form's "out" choice: a locked place needs "Save anyway",
    // and the refusal keeps both choices for the form.
    let refused = app
        .call(
            "schedule/place",
            Some(&r.staff),
            &[
                ("edition", &r.edition),
                ("submission", &tidal),
                ("place", "out"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.field_error("override").is_some(),
        "{}",
        refused.body
    );
    let kept = &refused.json()["Invalid"]["kept"];
    assert_eq!(kept[0], serde_json::json!(["submission", tidal]));
    assert_eq!(kept[1], serde_json::json!(["place", "out"]));
    let out = app
        .call(
            "schedule/place",
            Some(&r.staff),
            &[
                ("edition", &r.edition),
                ("submission", &tidal),
                ("place", "out"),
                ("override_rules", "on"),
            ],
        )
        .await;
    assert_eq!(out.status, StatusCode::OK, "{}", out.body);
    assert_eq!(
        names(
            &app.schedule(&r, false).await,
            &app.schedule(&r, false).await["unplaced"]
        )
        .len(),
        3
    );
}

#[tokio::test]
async fn a_hand_edit_that_breaks_a_hard_rule_needs_an_override_which_is_logged() {
    let app = spawn_app().await;
    let r = app.rounds().await;
    let saved = app
        .save_session(
            &r.staff,
            &r.edition,
            &[("room", &r.hall_a), ("panel_min", "0")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let board = app.schedule(&r, false).await;
    let session = board["sessions"][0]["id"]
        .as_str()
        .expect("session")
        .to_string();
    // Tidal Grid into the first slot, locked there, by hand.
    let tidal = &r.pitches[0];
    let placed = app
        .call(
            "schedule/place",
            Some(&r.staff),
            &[
                ("edition", &r.edition),
                ("submission", tidal),
                ("place", &format!("{session}/0")),
                ("lock", "on"),
            ],
        )
        .await;
    assert_eq!(placed.status, StatusCode::OK, "{}", placed.body);
    // A second pitch into the same slot is refused with the occupant's name.
    let taken = app
        .call(
            "schedule/place",
            Some(&r.staff),
            &[
                ("edition", &r.edition),
                ("submission", &r.pitches[1]),
                ("place", &format!("{session}/0")),
            ],
        )
        .await;
    assert_eq!(
        taken.field_error("slot").as_deref(),
        Some("Tidal Grid already pitches in this slot.")
    );

    // cy@tidalgrid.cn shares Tidal Grid's founder's mail domain: a conflict of interest.
    let cy_id = {
        use backend::model::user;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        user::Entity::find()
            .filter(user::Column::Email.eq("cy@tidalgrid.cn"))
            .one(&app.db)
            .await
            .expect("query")
            .expect("cy")
            .id
            .to_string()
    };
    let judges = app.schedule(&r, false).await["judges"].clone();
    assert!(judges
        .as_array()
        .expect("judges")
        .iter()
        .any(|j| j["investor_id"] == cy_id.as_str()));
    let seat = |override_rules: bool| {
        let mut pairs = vec![
            ("edition", r.edition.as_str()),
            ("session", session.as_str()),
            ("investor", cy_id.as_str()),
            ("seated", "on"),
        ];
        if override_rules {
            pairs.push(("override_rules", "on"));
        }
        pairs
            .into_iter()
            .map(|(k, v)| (k, v.to_string()))
            .collect::<Vec<_>>()
    };
    let call = |pairs: Vec<(&'static str, String)>| {
        let staff = r.staff.clone();
        let app = &app;
        async move {
            let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.call("schedule/seat", Some(&staff), &borrowed).await
        }
    };
    let refused = call(seat(false)).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );
    assert!(
        refused
            .field_error("override")
            .is_some_and(|m| m.contains("conflict of interest") && m.contains("Save anyway")),
        "{}",
        refused.body
    );
    assert_eq!(
        app.schedule(&r, false).await["sessions"][0]["panel"],
        serde_json::json!([])
    );

    let forced = call(seat(true)).await;
    assert_eq!(forced.status, StatusCode::OK, "{}", forced.body);
    let board = app.schedule(&r, false).await;
    assert_eq!(
        board["sessions"][0]["panel"].as_array().map(Vec::len),
        Some(1)
    );
    assert!(
        board["breaches"]
            .as_array()
            .expect("breaches")
            .iter()
            .any(|b| b.get("ConflictOnPanel").is_some()),
        "{board}"
    );
    let audit = app.get("/staff/audit", Some(&r.staff)).await;
    assert!(
        audit.body.contains("Schedule rule overridden"),
        "{}",
        audit.body
    );

    // A re-solve keeps the locked placement and takes the conflicted judge off.
    let proposal = app.schedule(&r, true).await["proposal"].clone();
    let changes = proposal["changes"].as_array().expect("changes");
    assert!(
        changes.iter().any(|c| c.get("JudgeRemoved").is_some()),
        "{proposal}"
    );
    assert!(!changes.iter().any(|c| c["Moved"]["startup"].is_number()
        && names(&board, &serde_json::json!([c["Moved"]["startup"]])) == ["Tidal Grid"]));
}

/// Who was emailed about the schedule so far, by address.
async fn schedule_mail(app: &TestApp) -> Vec<(String, String)> {
    use backend::model::outbox;
    use sea_orm::QueryOrder;
    outbox::Entity::find()
        .order_by_asc(outbox::Column::CreatedAt)
        .all(&app.db)
        .await
        .expect("outbox")
        .into_iter()
        .filter(|m| m.subject.contains("pitch schedule") || m.subject.contains("路演日程"))
        .map(|m| (m.to_email, m.body))
        .collect()
}

#[tokio::test]
async fn releasing_versions_shows_the_agenda_and_emails_only_those_whose_place_changed() {
    let app = spawn_app().await;
    let r = app.rounds().await;
    app.sessions(
        &r,
        &[
            ("Clean energy I", &r.hall_a, "09:00", "09:30"),
            ("Clean energy II", &r.hall_b, "10:00", "10:30"),
        ],
        &[],
    )
    .await;
    // Nothing released: the public sees no schedule, the draft stays staff-only.
    let empty = app.call("agenda", None, &[("edition", &r.edition)]).await;
    assert_eq!(empty.status, StatusCode::OK, "{}", empty.body);
    assert_eq!(empty.json()["version"], Value::Null);
    assert_eq!(empty.json()["sessions"], serde_json::json!([]));

    // Pitches placed but no judges yet: a short panel blocks the release.
    let board = app.schedule(&r, false).await;
    let first_session = board["sessions"][0]["id"].as_str().expect("id").to_string();
    for (k, pitch) in r.pitches.iter().enumerate().take(2) {
        let placed = app
            .call(
                "schedule/place",
                Some(&r.staff),
                &[
                    ("edition", &r.edition),
                    ("submission", pitch),
                    ("place", &format!("{first_session}/{k}")),
                ],
            )
            .await;
        assert_eq!(placed.status, StatusCode::OK, "{}", placed.body);
    }
    let blocked = app
        .call(
            "schedule/release",
            Some(&r.staff),
            &[("edition", &r.edition), ("name", "Draft one")],
        )
        .await;
    assert_eq!(blocked.status, StatusCode::CONFLICT, "{}", blocked.body);
    assert!(blocked.body.contains("block release"), "{}", blocked.body);
    let unnamed = app
        .call(
            "schedule/release",
            Some(&r.staff),
            &[("edition", &r.edition), ("name", " ")],
        )
        .await;
    assert_eq!(
        unnamed.field_error("name").as_deref(),
        Some("Version name is required.")
    );

    // Solve (places the third pitch, seats judges), then release version 1.
    let fingerprint = app.schedule(&r, true).await["proposal"]["fingerprint"]
        .as_str()
        .expect("fp")
        .to_string();
    let solved = app
        .call(
            "schedule/solve",
            Some(&r.staff),
            &[("edition", &r.edition), ("fingerprint", &fingerprint)],
        )
        .await;
    assert_eq!(solved.status, StatusCode::OK, "{}", solved.body);
    let v1 = app
        .call(
            "schedule/release",
            Some(&r.staff),
            &[
                ("edition", &r.edition),
                ("name", "First programme"),
                ("changelog", "Everyone placed."),
            ],
        )
        .await;
    assert_eq!(v1.status, StatusCode::OK, "{}", v1.body);
    let mails = schedule_mail(&app).await;
    // The same draft again is no new version: staff are told nothing changed.
    let again = app
        .call(
            "schedule/release",
            Some(&r.staff),
            &[("edition", &r.edition), ("name", "First programme, again")],
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.body);
    assert!(
        again.body.contains(
            "Nothing changed since v1 (First programme): the agenda already shows this schedule"
        ),
        "{}",
        again.body
    );
    assert_eq!(
        schedule_mail(&app).await.len(),
        mails.len(),
        "nobody emailed again"
    );
    let to: Vec<&str> = mails.iter().map(|(to, _)| to.as_str()).collect();
    for founder in [
        "chen@tidalgrid.cn",
        "dara@aurora-bio.sg",
        "eli@kestrel.example",
    ] {
        assert!(to.contains(&founder), "{founder} told: {to:?}");
    }
    let (_, tidal_mail) = mails
        .iter()
        .find(|(to, _)| to == "chen@tidalgrid.cn")
        .expect("tidal");
    assert!(
        tidal_mail.contains("Tidal Grid pitches") && tidal_mail.contains("(Asia/Shanghai)"),
        "{tidal_mail}"
    );
    let judges_told = to
        .iter()
        .filter(|t| {
            t.ends_with("harbour.vc") || t.ends_with("gmail.com") || *t == &"cy@tidalgrid.cn"
        })
        .count();
    assert!(judges_told >= 1, "the seated judges are told: {to:?}");

    // The public agenda now shows it, without signing in.
    let agenda = app
        .call("agenda", None, &[("edition", &r.edition)])
        .await
        .json();
    assert_eq!(agenda["version"]["name"], "First programme");
    let startups: Vec<&str> = agenda["sessions"]
        .as_array()
        .expect("sessions")
        .iter()
        .flat_map(|s| s["slots"].as_array().into_iter().flatten())
        .filter_map(|slot| slot["startup"].as_str())
        .collect();
    assert_eq!(startups.len(), 3, "{agenda}");
    let page = app
        .get(&format!("/agenda?edition={}", r.edition), None)
        .await;
    assert!(
        page.body.contains("First programme") && page.body.contains("Kestrel Pay"),
        "{}",
        page.body
    );
    // A founder sees their own slot.
    let tidal_founder = app
        .log_in("chen@tidalgrid.cn", "founder-pass-1")
        .await
        .session_cookie()
        .expect("session");
    let mine = app
        .call("agenda/mine", Some(&tidal_founder), &[])
        .await
        .json();
    assert_eq!(mine["pitches"][0]["startup"], "Tidal Grid", "{mine}");
    let home = app.get("/founder", Some(&tidal_founder)).await;
    assert!(
        home.body.contains("Your agenda") && home.body.contains("Tidal Grid pitches"),
        "{}",
        home.body
    );

    // Move one startup and release again: only its founder hears about it.
    let board = app.schedule(&r, false).await;
    let second_session = board["sessions"][1]["id"].as_str().expect("id").to_string();
    let free = board["sessions"][1]["slots"]
        .as_array()
        .expect("slots")
        .iter()
        .position(|k| k["pitch"].is_null())
        .expect("a free slot");
    let aurora = &r.pitches[1];
    let before = schedule_mail(&app).await.len();
    let moved = app
        .call(
            "schedule/place",
            Some(&r.staff),
            &[
                ("edition", &r.edition),
                ("submission", aurora),
                ("place", &format!("{second_session}/{free}")),
            ],
        )
        .await;
    assert_eq!(moved.status, StatusCode::OK, "{}", moved.body);
    let board = app.schedule(&r, false).await;
    if board["breaches"] != serde_json::json!([]) {
        // The second session's panel may now be short: seat a free judge there.
        let fp = app.schedule(&r, true).await["proposal"]["fingerprint"]
            .as_str()
            .expect("fp")
            .to_string();
        app.call(
            "schedule/solve",
            Some(&r.staff),
            &[("edition", &r.edition), ("fingerprint", &fp)],
        )
        .await;
    }
    let v2 = app
        .call(
            "schedule/release",
            Some(&r.staff),
            &[("edition", &r.edition), ("name", "Second programme")],
        )
        .await;
    assert_eq!(v2.status, StatusCode::OK, "{}", v2.body);
    let after = schedule_mail(&app).await;
    let new: Vec<&str> = after[before..].iter().map(|(to, _)| to.as_str()).collect();
    assert!(new.contains(&"dara@aurora-bio.sg"), "{new:?}");
    assert!(
        !new.contains(&"chen@tidalgrid.cn") && !new.contains(&"eli@kestrel.example"),
        "unaffected founders stay unbothered: {new:?}"
    );
    let versions = app.schedule(&r, false).await["versions"].clone();
    assert_eq!(versions.as_array().map(Vec::len), Some(2));
    assert_eq!(versions[0]["number"], 2);
}

#[tokio::test]
async fn the_demo_edition_has_rooms_sessions_and_a_released_schedule() {
    let app = spawn_app().await;
    backend::seed::seed_demo(&app.db, "https://gsic.example.org")
        .await
        .expect("demo");
    // The demo's emails link to the address the server is reached at.
    let mails = backend::model::outbox::Entity::find()
        .all(&app.db)
        .await
        .expect("outbox");
    assert!(
        mails
            .iter()
            .any(|m| m.body.contains("https://gsic.example.org/")),
        "the demo sends emails with links"
    );
    assert!(
        mails.iter().all(|m| !m.body.contains("127.0.0.1")),
        "no link to a machine of ours"
    );
    let agenda = app.call("agenda", None, &[]).await.json();
    assert_eq!(agenda["version"]["name"], "Programme v1", "{agenda}");
    let sessions = agenda["sessions"].as_array().expect("sessions");
    assert_eq!(sessions.len(), 3);
    let titled = |title: &str| {
        sessions
            .iter()
            .find(|s| s["title"] == title)
            .unwrap_or_else(|| panic!("{title} in {agenda}"))
    };
    let clean = titled("Clean energy I");
    assert_eq!(clean["slots"][0]["startup"], "Tidal Grid", "{agenda}");
    assert!(
        !clean["panel"].as_array().expect("panel").is_empty(),
        "a judge sits"
    );
    let morning: Vec<&str> = titled("Morning pitches")["slots"]
        .as_array()
        .expect("slots")
        .iter()
        .map(|s| s["startup"].as_str().expect("startup"))
        .collect();
    assert_eq!(
        morning,
        ["Harbour Hydrogen", "Mosaic Health", "Ledger Leaf"]
    );
    // "Morning pitches" is closed with its results released: a winner, an award and
    // finalists on the public agenda; "Clean energy I" is open with Tidal Grid on stage.
    let results = app.call("live/results", None, &[]).await.json();
    assert_eq!(results.as_array().map(Vec::len), Some(1), "{results}");
    assert_eq!(results[0]["title"], "Morning pitches");
    let winners: Vec<(String, String, String)> = results[0]["winners"]
        .as_array()
        .expect("winners")
        .iter()
        .map(|w| {
            (
                w["startup"].as_str().unwrap_or("").to_string(),
                w["kind"].as_str().unwrap_or("").to_string(),
                w["name"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let has = |startup: &str, kind: &str| winners.iter().any(|w| w.0 == startup && w.1 == kind);
    assert!(has("Harbour Hydrogen", "winner"), "{results}");
    assert!(has("Mosaic Health", "award"), "{results}");
    assert!(has("Harbour Hydrogen", "finalist") && has("Mosaic Health", "finalist"));
    let page = app.get("/agenda", None).await;
    assert!(page.body.contains("Best health startup"), "{}", page.body);
    let staff = app
        .log_in("staff@pitchline.test", "staff-demo-pass")
        .await
        .session_cookie()
        .expect("staff");
    let clean_id = clean["id"].as_str().expect("session id");
    let show = app
        .call("live/run", Some(&staff), &[("session", clean_id)])
        .await
        .json();
    assert_eq!(show["session"]["state"], "open", "{show}");
    assert_eq!(show["current"]["startup"], "Tidal Grid", "{show}");
    let founder = app
        .log_in("founder1@pitchline.test", "founder-demo-pass")
        .await
        .session_cookie()
        .expect("founder");
    let mine = app.call("agenda/mine", Some(&founder), &[]).await.json();
    assert_eq!(mine["pitches"][0]["session"], "Clean energy I", "{mine}");
}

pub(crate) async fn user_id(app: &TestApp, email: &str) -> String {
    use backend::model::user;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(&app.db)
        .await
        .expect("query")
        .expect("user")
        .id
        .to_string()
}

#[tokio::test]
async fn judges_availability_and_staff_block_outs_keep_judges_off_panels_at_those_times() {
    let app = spawn_app().await;
    let r = app.rounds().await;
    let saved = app
        .save_session(
            &r.staff,
            &r.edition,
            &[
                ("room", &r.hall_a),
                ("title", "Morning"),
                ("starts", "09:00"),
                ("ends", "10:00"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    // Ada can judge only in the afternoon; bad lines are refused beside the field.
    let ada = app
        .log_in("ada@harbour.vc", "investor-pass-1")
        .await
        .session_cookie()
        .expect("ada");
    let bad = app
        .call(
            "availability/save",
            Some(&ada),
            &[("edition", &r.edition), ("windows", "tomorrow morning")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.field_error("windows")
            .is_some_and(|m| m.contains("must look like")),
        "{}",
        bad.body
    );
    let afternoon = app
        .call(
            "availability/save",
            Some(&ada),
            &[
                ("edition", &r.edition),
                ("windows", "2099-09-15 13:00-17:00"),
            ],
        )
        .await;
    assert_eq!(afternoon.status, StatusCode::OK, "{}", afternoon.body);
    let form = app
        .call("availability/get", Some(&ada), &[("edition", &r.edition)])
        .await
        .json();
    assert_eq!(form["windows"], "2099-09-15 13:00-17:00");
    assert_eq!(form["sessions"][0]["title"], "Morning");
    // Staff block Bo out for the morning.
    let bo = user_id(&app, "bo@gmail.com").await;
    let block = app.block_out(&r, &bo, ("08:00", "11:00"), "Keynote").await;
    assert_eq!(block.status, StatusCode::OK, "{}", block.body);
    let bad_block = app.block_out(&r, &bo, ("11:00", "08:00"), "").await;
    assert!(
        bad_block.field_error("block").is_some(),
        "{}",
        bad_block.body
    );
    // Empty times are named as such, not as a line the parser cannot read; typed kept.
    let empty = app.block_out(&r, &bo, ("", ""), "Lunch").await;
    assert_eq!(
        empty.field_error("block").as_deref(),
        Some("Enter a start and an end time, e.g. 13:00 and 14:00.")
    );
    assert!(
        empty.body.contains("Lunch"),
        "the note is kept: {}",
        empty.body
    );

    // Ada is not available in the morning, Bo is blocked out, and Cy is in conflict with
    // Tidal Grid: the solver places every startup and says why the panel stays empty.
    let board = app.schedule(&r, true).await;
    assert_eq!(board["blocked"][0]["note"], "Keynote");
    let short = &board["proposal"]["short_panels"][0];
    assert_eq!(short["seated"], 0, "{board}");
    assert_eq!(short["unavailable"], 2, "{board}");
    assert_eq!(short["conflicted"], 1, "{board}");
    let page = app
        .get(
            &format!("/staff/schedule?edition={}&solve=1", r.edition),
            Some(&r.staff),
        )
        .await;
    assert!(
        page.body.contains("Morning has 0 of the 1 judges it needs: 2 not available then, 1 in conflict with a startup there"),
        "{}",
        page.body
    );
    let fp = board["proposal"]["fingerprint"]
        .as_str()
        .expect("fp")
        .to_string();
    let applied = app
        .call(
            "schedule/solve",
            Some(&r.staff),
            &[("edition", &r.edition), ("fingerprint", &fp)],
        )
        .await;
    assert_eq!(applied.status, StatusCode::OK, "{}", applied.body);
    let after = app.schedule(&r, false).await;
    assert_eq!(
        after["sessions"][0]["panel"],
        serde_json::json!([]),
        "{after}"
    );
    // Seating Cy by hand is refused: a conflict of interest.
    let cy = user_id(&app, "cy@tidalgrid.cn").await;
    let session = after["sessions"][0]["id"]
        .as_str()
        .expect("session")
        .to_string();
    let refused = app
        .call(
            "schedule/seat",
            Some(&r.staff),
            &[
                ("edition", &r.edition),
                ("session", &session),
                ("investor", &cy),
                ("seated", "on"),
            ],
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );

    // Lifting the block-out.
    let id = after["blocked"][0]["id"]
        .as_str()
        .expect("block id")
        .to_string();
    let lifted = app
        .call(
            "schedule/unblock",
            Some(&r.staff),
            &[("edition", &r.edition), ("id", &id)],
        )
        .await;
    assert_eq!(lifted.status, StatusCode::OK, "{}", lifted.body);
    assert_eq!(
        app.schedule(&r, false).await["blocked"],
        serde_json::json!([])
    );
}

#[tokio::test]
async fn staff_choose_whether_a_soft_rule_blocks_release_warns_or_is_ignored() {
    let app = spawn_app().await;
    let r = app.rounds().await;
    // Two slots for three pitches: one stays without a slot (a soft rule).
    let saved = app
        .save_session(
            &r.staff,
            &r.edition,
            &[("room", &r.hall_a), ("starts", "09:00"), ("ends", "09:30")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let fp = app.schedule(&r, true).await["proposal"]["fingerprint"]
        .as_str()
        .expect("fp")
        .to_string();
    let solved = app
        .call(
            "schedule/solve",
            Some(&r.staff),
            &[("edition", &r.edition), ("fingerprint", &fp)],
        )
        .await;
    assert_eq!(solved.status, StatusCode::OK, "{}", solved.body);
    let board = app.schedule(&r, false).await;
    assert_eq!(
        board["warnings"]
            .as_array()
            .map(|w| w.iter().filter(|x| x.get("Unplaced").is_some()).count()),
        Some(1)
    );
    assert!(board["levels"]
        .as_array()
        .expect("levels")
        .iter()
        .any(|l| l == &serde_json::json!(["unplaced", "warn"])));

    let levels = |unplaced: &'static str| {
        vec![
            ("edition", r.edition.clone()),
            ("unplaced", unplaced.to_string()),
            ("preferred_time", "warn".to_string()),
            ("preferred_session", "warn".to_string()),
            ("judge_load", "ignore".to_string()),
        ]
    };
    let send = |pairs: Vec<(&'static str, String)>| {
        let staff = r.staff.clone();
        let app = &app;
        async move {
            let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.call("schedule/levels", Some(&staff), &borrowed).await
        }
    };
    let bad = send(levels("sometimes")).await;
    assert_eq!(
        bad.field_error("unplaced").as_deref(),
        Some("Choose a level from the list.")
    );
    let blocking = send(levels("block")).await;
    assert_eq!(blocking.status, StatusCode::OK, "{}", blocking.body);
    let refused = app
        .call(
            "schedule/release",
            Some(&r.staff),
            &[("edition", &r.edition), ("name", "v1")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.body);

    let ignoring = send(levels("ignore")).await;
    assert_eq!(ignoring.status, StatusCode::OK, "{}", ignoring.body);
    let board = app.schedule(&r, false).await;
    assert!(
        !board["warnings"]
            .as_array()
            .expect("warnings")
            .iter()
            .any(|x| x.get("Unplaced").is_some()),
        "{board}"
    );
    let released = app
        .call(
            "schedule/release",
            Some(&r.staff),
            &[("edition", &r.edition), ("name", "v1")],
        )
        .await;
    assert_eq!(released.status, StatusCode::OK, "{}", released.body);
}

#[tokio::test]
async fn releases_are_limited_per_edition_so_a_loop_cannot_flood_mailboxes() {
    let app = spawn_app().await;
    let r = app.rounds().await;
    for n in 1..=30 {
        let release = app
            .call(
                "schedule/release",
                Some(&r.staff),
                &[("edition", &r.edition), ("name", &format!("v{n}"))],
            )
            .await;
        assert_ne!(
            release.status,
            StatusCode::TOO_MANY_REQUESTS,
            "release {n}: {}",
            release.body
        );
    }
    let limited = app
        .call(
            "schedule/release",
            Some(&r.staff),
            &[("edition", &r.edition), ("name", "one too many")],
        )
        .await;
    assert_eq!(
        limited.status,
        StatusCode::TOO_MANY_REQUESTS,
        "{}",
        limited.body
    );
}

/// Where the board has `startup`: the start time of its slot, if placed.
fn slot_start_of(board: &Value, startup: &str) -> Option<String> {
    let index = board["pitches"]
        .as_array()?
        .iter()
        .position(|p| p["startup"] == startup)?;
    board["sessions"].as_array()?.iter().find_map(|s| {
        s["slots"]
            .as_array()?
            .iter()
            .find(|slot| slot["pitch"] == index)
            .and_then(|slot| slot["starts"].as_str())
            .map(str::to_string)
    })
}

#[tokio::test]
async fn founders_preferred_times_guide_the_solver_and_a_founder_block_out_keeps_them_off_stage() {
    let app = spawn_app().await;
    let r = app.rounds().await;
    let founder = app.founder("lin@lumen.example").await;
    let startup = app.create_startup(&founder, "Lumen Robotics").await;
    let pitch = |preferred: &'static str| {
        let (founder, startup, edition) = (founder.clone(), startup.clone(), r.edition.clone());
        let app = &app;
        async move {
            app.call(
                "pitches/save",
                Some(&founder),
                &[
                    ("startup_id", &startup),
                    ("edition_id", &edition),
                    ("intent", "save"),
                    ("title", "Lumen at GSIC"),
                    ("summary", "Robots for warehouses."),
                    ("track", "Clean energy"),
                    ("availability", "2099-09-15 09:00-12:00"),
                    ("preferred_times", preferred),
                ],
            )
            .await
        }
    };
    // A wish outside the times the team can pitch is refused beside its field, kept.
    let outside = pitch("2099-09-15 13:00-14:00").await;
    assert_eq!(outside.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        outside.field_error("preferred_times").as_deref(),
        Some("A preferred time on 2099-09-15 is outside the times you can pitch; widen your availability or choose a time inside it.")
    );
    assert_eq!(
        outside.json()["Invalid"]["kept"]
            .as_array()
            .and_then(|kept| kept.iter().find(|k| k[0] == "preferred_times"))
            .map(|k| k[1].clone()),
        Some(Value::from("2099-09-15 13:00-14:00"))
    );
    // In name order Lumen would pitch third (09:30); it asks for the first slot.
    let saved = pitch("2099-09-15 09:00-09:15").await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    assert_eq!(
        app.pitch(&founder, &startup).await["preferred_times"],
        "2099-09-15 09:00-09:15"
    );
    app.set_status(&startup, domain::submission::Status::Accepted)
        .await;

    // One session 09:00-10:00 of four 15-minute slots for four pitches.
    let saved = app
        .save_session(&r.staff, &r.edition, &[("room", &r.hall_a)])
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let board = app.solve_and_accept(&r).await;
    assert_eq!(
        slot_start_of(&board, "Lumen Robotics").as_deref(),
        Some("09:00")
    );

    // Staff block Lin out until 09:45: the founders are offered in the form, and the
    // next solve moves Lumen to the one slot after it.
    let lin = board["founders"]
        .as_array()
        .and_then(|f| f.iter().find(|f| f["startup"] == "Lumen Robotics"))
        .and_then(|f| f["user_id"].as_str())
        .expect("Lumen's founder on the board")
        .to_string();
    let blocked = app
        .block_out(&r, &lin, ("09:00", "09:45"), "Flight lands at 09:10")
        .await;
    assert_eq!(blocked.status, StatusCode::OK, "{}", blocked.body);
    let before = app.schedule(&r, false).await;
    assert!(
        before["breaches"]
            .as_array()
            .expect("breaches")
            .iter()
            .any(|b| b.get("StartupBlockedOut").is_some()),
        "{before}"
    );
    let after = app.solve_and_accept(&r).await;
    assert_eq!(
        slot_start_of(&after, "Lumen Robotics").as_deref(),
        Some("09:45")
    );
    assert_eq!(after["breaches"], serde_json::json!([]), "{after}");
}

#[tokio::test]
async fn a_pitch_page_shows_the_released_slot_and_nothing_before_release() {
    let app = spawn_app().await;
    let r = app.rounds().await;
    let saved = app
        .save_session(&r.staff, &r.edition, &[("room", &r.hall_a)])
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let board = app.solve_and_accept(&r).await;
    let tidal_starts = slot_start_of(&board, "Tidal Grid").expect("Tidal Grid placed");
    let founder = app
        .log_in("chen@tidalgrid.cn", "founder-pass-1")
        .await
        .session_cookie()
        .expect("founder");
    let startup = app.call("startups/mine", Some(&founder), &[]).await.json()[0]["id"]
        .as_str()
        .expect("startup id")
        .to_string();
    let slot = |who: Option<String>| {
        let (app, edition, startup) = (&app, r.edition.clone(), startup.clone());
        async move {
            let reply = app
                .call(
                    "agenda/pitch-slot",
                    who.as_deref(),
                    &[("edition", &edition), ("startup", &startup)],
                )
                .await;
            assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
            reply.json()
        }
    };
    // The draft is staff-only: nothing shows before a release.
    assert_eq!(slot(Some(founder.clone())).await, Value::Null);
    // An edition or a startup that does not exist is not found.
    let unknown = uuid::Uuid::new_v4().to_string();
    for (edition, startup_id) in [
        (unknown.as_str(), startup.as_str()),
        (r.edition.as_str(), unknown.as_str()),
    ] {
        let reply = app
            .call(
                "agenda/pitch-slot",
                None,
                &[("edition", edition), ("startup", startup_id)],
            )
            .await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{}", reply.body);
    }
    let released = app
        .call(
            "schedule/release",
            Some(&r.staff),
            &[("edition", &r.edition), ("name", "Programme v1")],
        )
        .await;
    assert_eq!(released.status, StatusCode::OK, "{}", released.body);
    let mine = slot(Some(founder)).await;
    assert_eq!(mine["version"], "Programme v1");
    assert_eq!(mine["place"]["session"], "Clean energy I");
    assert_eq!(mine["place"]["room"], "Hall A");
    assert_eq!(mine["place"]["starts"], tidal_starts.as_str());
    // The programme is public: the same answer without an account.
    assert_eq!(slot(None).await, mine);
}
