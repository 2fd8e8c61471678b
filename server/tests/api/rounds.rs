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
        home.body.contains("Your pitch schedule") && home.body.contains("Tidal Grid pitches"),
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
