//! Judging: review setup, assignment, conflicts, scoring, visibility, ranking and
//! decisions.

use super::*;

struct Jury {
    staff: String,
    edition: String,
    /// (founder cookie, startup id, submission id)
    tidal: (String, String, String),
    aurora: (String, String, String),
    ada: String,
    bo: String,
    /// Shares the email domain of Tidal Grid's founder: an automatic conflict.
    cy: String,
}

impl TestApp {
    async fn submitted_pitch(
        &self,
        founder_email: &str,
        name: &str,
        edition: &str,
    ) -> (String, String, String) {
        let founder = self.founder(founder_email).await;
        let startup = self.create_startup(&founder, name).await;
        let saved = self.save_pitch(&founder, &startup, edition, "save").await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
        self.set_status(&startup, domain::submission::Status::Submitted)
            .await;
        let id = self.pitch(&founder, &startup).await["id"]
            .as_str()
            .expect("submission id")
            .to_string();
        (founder, startup, id)
    }

    async fn jury(&self, k: &str) -> Jury {
        let staff = self.staff().await;
        let edition = self.edition(&staff, false).await;
        let tidal = self
            .submitted_pitch("chen@tidalgrid.cn", "Tidal Grid", &edition)
            .await;
        let aurora = self
            .submitted_pitch("dara@aurora-bio.sg", "Aurora Bio", &edition)
            .await;
        let jury = Jury {
            ada: self.investor("ada@harbour.vc").await,
            bo: self.investor("bo@gmail.com").await,
            cy: self.investor("cy@tidalgrid.cn").await,
            staff,
            edition,
            tidal,
            aurora,
        };
        self.setup(&jury, k, "on", "after_own", "").await;
        jury
    }

    async fn setup(
        &self,
        jury: &Jury,
        k: &str,
        open: &str,
        visibility: &str,
        rubric: &str,
    ) -> Reply {
        let current = self
            .call(
                "judging/setup",
                Some(&jury.staff),
                &[("edition", &jury.edition)],
            )
            .await
            .json();
        let rubric = if rubric.is_empty() {
            current["form"]["rubric"]
                .as_str()
                .expect("rubric")
                .to_string()
        } else {
            rubric.to_string()
        };
        self.call(
            "judging/setup/save",
            Some(&jury.staff),
            &[
                ("edition", &jury.edition),
                ("rubric", &rubric),
                ("reviews_per_pitch", k),
                ("phase_open", open),
                ("visibility", visibility),
            ],
        )
        .await
    }

    async fn review_form(&self, cookie: &str, submission: &str) -> Reply {
        self.call("reviews/form", Some(cookie), &[("submission", submission)])
            .await
    }

    /// Scores every criterion `score` (or leaves them out when `score` is empty).
    async fn score(
        &self,
        cookie: &str,
        submission: &str,
        score: &str,
        recommendation: &str,
    ) -> Reply {
        let form = self.review_form(cookie, submission).await.json();
        let keys: Vec<String> = form["criteria"]
            .as_array()
            .map(|cs| {
                cs.iter()
                    .filter_map(|c| c["key"].as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let fields: Vec<(String, String)> = keys
            .iter()
            .map(|k| (format!("scores[{k}]"), score.to_string()))
            .filter(|(_, v)| !v.is_empty())
            .collect();
        let mut pairs: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        pairs.extend([
            ("submission", submission),
            ("comment", "Clear plan, thin traction."),
            ("private_note", "Ask about the port pilot."),
            ("recommendation", recommendation),
            ("then", "next"),
        ]);
        self.call("reviews/save", Some(cookie), &pairs).await
    }

    async fn review_count(&self) -> u64 {
        backend::model::review::Entity::find()
            .count(&self.db)
            .await
            .expect("count")
    }

    async fn board(&self, jury: &Jury) -> Value {
        self.call(
            "judging/assignments",
            Some(&jury.staff),
            &[("edition", &jury.edition)],
        )
        .await
        .json()
    }
}

/// Calls a server function as a browser's plain form post does (no JavaScript): the
/// answer is a redirect to the page that shows the outcome.
async fn post_without_javascript(
    app: &TestApp,
    endpoint: &str,
    cookie: &str,
    pairs: &[(&str, &str)],
) -> Reply {
    let req = Request::post(format!("/api/{endpoint}"))
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, "http://127.0.0.1:3000")
        .header(header::REFERER, "http://127.0.0.1:3000/staff/judging")
        .header(header::ACCEPT, "text/html")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, cookie)
        .body(Body::from(form(pairs)))
        .expect("request");
    app.send(req).await
}

/// One field (`name`, `investor_id`) of each reviewer the board lists for a pitch.
fn reviewers_of(board: &Value, submission: &str, field: &str) -> Vec<String> {
    board["rows"]
        .as_array()
        .and_then(|rows| rows.iter().find(|r| r["submission_id"] == submission))
        .and_then(|r| r["reviewers"].as_array())
        .map(|rs| {
            rs.iter()
                .filter_map(|r| r[field].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn judges_score_only_what_they_may_and_a_conflict_hides_the_pitch() {
    let app = spawn_app().await;
    let jury = app.jury("2").await;
    let (tidal, aurora) = (jury.tidal.2.clone(), jury.aurora.2.clone());
    let uploaded = app
        .upload(
            &format!("/files/pitches/{tidal}/deck"),
            &jury.tidal.0,
            "deck",
            "deck.pdf",
            b"%PDF-1.7\n%%EOF\n",
        )
        .await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.body);
    let deck_path = format!("/files/decks/{tidal}");
    assert_eq!(
        app.get(&deck_path, Some(&jury.ada)).await.status,
        StatusCode::NOT_FOUND,
        "no deck before the judge is assigned"
    );

    let assigned = app
        .call(
            "judging/auto-assign",
            Some(&jury.staff),
            &[("edition", &jury.edition)],
        )
        .await;
    assert_eq!(assigned.status, StatusCode::OK, "{}", assigned.body);
    let board = app.board(&jury).await;
    assert_eq!(reviewers_of(&board, &tidal, "name").len(), 2);
    assert_eq!(reviewers_of(&board, &aurora, "name").len(), 2);
    assert!(
        !reviewers_of(&board, &tidal, "name").is_empty()
            && board["rows"][0]["conflicts"]
                .to_string()
                .contains("tidalgrid.cn")
            || board["rows"][1]["conflicts"]
                .to_string()
                .contains("tidalgrid.cn"),
        "the shared email domain is listed as a conflict: {board}"
    );
    assert!(board["max_load"].as_u64().unwrap() - board["min_load"].as_u64().unwrap() <= 1);
    // Cy shares Tidal Grid's email domain: never assigned, and the pitch does not exist for them.
    assert_eq!(
        app.review_form(&jury.cy, &tidal).await.status,
        StatusCode::NOT_FOUND
    );
    let deck = app.get(&deck_path, Some(&jury.cy)).await;
    assert_eq!(deck.status, StatusCode::NOT_FOUND);
    // Assigned judges read the deck, as the team and staff do.
    let judge_deck = app.get(&deck_path, Some(&jury.ada)).await;
    assert_eq!(judge_deck.status, StatusCode::OK);
    assert!(judge_deck.body.starts_with("%PDF-"));
    let cy_id = app.me(Some(&jury.cy)).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let by_hand = app
        .call(
            "judging/assign",
            Some(&jury.staff),
            &[("submission", &tidal), ("investor", &cy_id)],
        )
        .await;
    assert_eq!(by_hand.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        by_hand
            .field_error("investor")
            .unwrap()
            .contains("conflict of interest"),
        "{}",
        by_hand.body
    );
    // Submitted pitches that got reviewers are now under review for their founders.
    assert_eq!(
        app.pitch(&jury.tidal.0, &jury.tidal.1).await["status"],
        "under_review"
    );

    // Ada and Bo review both; a bad review is refused whole.
    let bad = app.score(&jury.ada, &tidal, "9", "").await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains("takes a whole score from 1 to 5"),
        "{}",
        bad.body
    );
    assert!(bad.field_error("recommendation").is_some());
    let missing = app.score(&jury.ada, &tidal, "", "yes").await;
    assert!(
        missing.body.contains("Give a score for Team"),
        "{}",
        missing.body
    );
    assert_eq!(app.review_count().await, 0, "nothing saved half-way");

    // Others' scores stay hidden until the judge has reviewed.
    let before = app.review_form(&jury.bo, &tidal).await.json();
    assert_eq!(before["others"], Value::Null);
    assert_eq!(
        app.score(&jury.ada, &tidal, "4", "yes").await.status,
        StatusCode::OK
    );
    assert_eq!(
        app.review_form(&jury.bo, &tidal).await.json()["others"],
        Value::Null
    );
    assert_eq!(
        app.score(&jury.bo, &tidal, "2", "maybe").await.status,
        StatusCode::OK
    );
    let after = app.review_form(&jury.bo, &tidal).await.json();
    assert_eq!(after["others"].as_array().map(Vec::len), Some(1), "{after}");
    assert!(
        !after.to_string().contains("Ada"),
        "judges see scores, not names"
    );
    assert_eq!(
        app.setup(&jury, "2", "on", "never", "").await.status,
        StatusCode::OK
    );
    assert_eq!(
        app.review_form(&jury.bo, &tidal).await.json()["others"],
        Value::Null
    );

    // A judge declares a conflict: the pitch is gone for them, scores included.
    let ada_id = app.me(Some(&jury.ada)).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    app.call(
        "judging/assign",
        Some(&jury.staff),
        &[("submission", &aurora), ("investor", &ada_id)],
    )
    .await;
    assert_eq!(
        app.review_form(&jury.ada, &aurora).await.status,
        StatusCode::OK
    );
    let reason = app
        .call(
            "reviews/conflict",
            Some(&jury.ada),
            &[("submission", &aurora), ("reason", "")],
        )
        .await;
    assert!(reason.field_error("reason").is_some());
    let declared = app
        .call(
            "reviews/conflict",
            Some(&jury.ada),
            &[
                ("submission", &aurora),
                ("reason", "I advised Aurora Bio last year."),
            ],
        )
        .await;
    assert_eq!(declared.status, StatusCode::OK, "{}", declared.body);
    assert_eq!(
        app.review_form(&jury.ada, &aurora).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.score(&jury.ada, &aurora, "3", "no").await.status,
        StatusCode::NOT_FOUND
    );
    let reviews = app
        .call(
            "judging/reviews",
            Some(&jury.staff),
            &[("submission", &aurora)],
        )
        .await
        .json();
    assert!(
        reviews["conflicts"]
            .to_string()
            .contains("I advised Aurora Bio"),
        "staff see the reason"
    );

    // Founders reach no review data at all.
    for (endpoint, arg) in [
        ("reviews/form", ("submission", tidal.as_str())),
        ("judging/reviews", ("submission", tidal.as_str())),
        ("judging/ranking", ("track", "")),
        ("judging/assignments", ("edition", jury.edition.as_str())),
    ] {
        let reply = app.call(endpoint, Some(&jury.tidal.0), &[arg]).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{endpoint}");
    }
    let founder_view = app.pitch(&jury.tidal.0, &jury.tidal.1).await.to_string();
    assert!(!founder_view.contains("thin traction") && !founder_view.contains("weighted"));

    // After the phase closes, reviews are read-only.
    assert_eq!(
        app.setup(&jury, "2", "", "never", "").await.status,
        StatusCode::OK
    );
    let late = app.score(&jury.bo, &tidal, "5", "yes").await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert!(
        late.body.contains("review phase is closed"),
        "{}",
        late.body
    );
}

#[tokio::test]
async fn staff_rank_decide_in_bulk_and_release_feedback_founders_are_told() {
    let app = spawn_app().await;
    let jury = app.jury("2").await;
    let (tidal, aurora) = (jury.tidal.2.clone(), jury.aurora.2.clone());
    for (judge, who) in [(&jury.ada, "ada"), (&jury.bo, "bo")] {
        for pitch in [&tidal, &aurora] {
            let investor = app.me(Some(judge)).await["id"]
                .as_str()
                .unwrap()
                .to_string();
            let added = app
                .call(
                    "judging/assign",
                    Some(&jury.staff),
                    &[("submission", pitch), ("investor", &investor)],
                )
                .await;
            assert_eq!(added.status, StatusCode::OK, "{who}: {}", added.body);
        }
    }
    app.score(&jury.ada, &tidal, "5", "strong_yes").await;
    app.score(&jury.ada, &aurora, "2", "no").await;
    app.score(&jury.bo, &tidal, "3", "yes").await;
    app.score(&jury.bo, &aurora, "1", "no").await;

    let ranking = app
        .call("judging/ranking", Some(&jury.staff), &[])
        .await
        .json();
    let rows = ranking["rows"].as_array().expect("rows");
    assert_eq!(rows[0]["startup_name"], "Tidal Grid", "{ranking}");
    assert_eq!(rows[0]["reviews"], 2);
    assert!(rows[0]["raw_mean"].as_f64().unwrap() > rows[1]["raw_mean"].as_f64().unwrap());
    assert!(rows[0]["normalised_mean"].as_f64().is_some());
    assert!(rows[0]["standard_error"].as_f64().is_some());
    assert_eq!(ranking["judges"].as_array().map(Vec::len), Some(2));

    // Before deciding, staff see what a decision would do; nothing changes yet.
    let preview = app
        .call(
            "judging/decide/preview",
            Some(&jury.staff),
            &[
                ("ids[0]", &tidal),
                ("ids[1]", &aurora),
                ("decision", "accept"),
            ],
        )
        .await
        .json();
    assert_eq!(preview["changing"], 2, "{preview}");
    assert_eq!(preview["replacing_earlier"], 0);
    assert!(preview["founders_emailed"].as_u64().is_some_and(|n| n >= 2));
    let names: Vec<&str> = preview["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .filter_map(|r| r["startup_name"].as_str())
        .collect();
    assert_eq!(names, vec!["Aurora Bio", "Tidal Grid"]);
    assert_eq!(
        app.pitch(&jury.tidal.0, &jury.tidal.1).await["status"],
        "under_review",
        "a preview decides nothing"
    );

    // Deciding with nothing ticked says so at the top of the form (no field to point at).
    let nothing = app
        .call(
            "judging/decide",
            Some(&jury.staff),
            &[("decision", "accept")],
        )
        .await;
    assert_eq!(nothing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        nothing.form_error().as_deref(),
        Some("Tick at least one pitch first.")
    );

    // The rubric cannot change under written reviews; settings still can.
    let changed = app.setup(&jury, "2", "on", "never", "Team | 50 | 10").await;
    assert_eq!(changed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(changed
        .field_error("rubric")
        .unwrap()
        .contains("already scored"));

    // Bulk: reject both, then accept one; a draft in the batch refuses the batch.
    let draft = app.founder("eli@example.org").await;
    let draft_startup = app.create_startup(&draft, "Draft Co").await;
    app.save_pitch(&draft, &draft_startup, &jury.edition, "save")
        .await;
    let draft_id = app.pitch(&draft, &draft_startup).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let refused = app
        .call(
            "judging/decide",
            Some(&jury.staff),
            &[
                ("ids[0]", &tidal),
                ("ids[1]", &draft_id),
                ("decision", "reject"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(
        refused.body.contains("Nothing was changed"),
        "{}",
        refused.body
    );
    assert_eq!(
        app.pitch(&jury.tidal.0, &jury.tidal.1).await["status"],
        "under_review"
    );

    let outbox_before = app.outbox_bodies().await.len();
    let bulk = app
        .call(
            "judging/decide",
            Some(&jury.staff),
            &[
                ("ids[0]", &tidal),
                ("ids[1]", &aurora),
                ("decision", "waitlist"),
            ],
        )
        .await;
    assert_eq!(bulk.status, StatusCode::OK, "{}", bulk.body);
    let accept = app
        .call(
            "judging/decide",
            Some(&jury.staff),
            &[("ids[0]", &tidal), ("decision", "accept")],
        )
        .await;
    assert_eq!(accept.status, StatusCode::OK, "{}", accept.body);
    assert_eq!(
        app.pitch(&jury.tidal.0, &jury.tidal.1).await["status"],
        "accepted"
    );
    assert_eq!(
        app.pitch(&jury.aurora.0, &jury.aurora.1).await["status"],
        "waitlisted"
    );
    // Changing an earlier decision is called out before it happens; a draft in the
    // batch is named as the reason nothing can change.
    let change = app
        .call(
            "judging/decide/preview",
            Some(&jury.staff),
            &[
                ("ids[0]", &tidal),
                ("ids[1]", &draft_id),
                ("decision", "reject"),
            ],
        )
        .await
        .json();
    assert_eq!(change["replacing_earlier"], 1, "{change}");
    assert!(change["refused"][0]
        .as_str()
        .is_some_and(|r| r.contains("Draft Co")));
    let mails = app.outbox_bodies().await;
    assert_eq!(
        mails.len(),
        outbox_before + 3,
        "one email per decision and founder"
    );
    assert!(mails.iter().any(|m| m.contains("Congratulations")));
    let audit = app
        .call("staff/audit", Some(&jury.staff), &[("page", "1")])
        .await
        .body;
    assert!(audit.contains("decision.accept") && audit.contains("decision.waitlist"));

    // Staff release one comment; the founder reads it, and only it.
    let reviews = app
        .call(
            "judging/reviews",
            Some(&jury.staff),
            &[("submission", &tidal)],
        )
        .await
        .json();
    let first = reviews["reviews"][0]["id"].as_str().unwrap().to_string();
    // Staff read each review's scores in rubric order, as the judges filled them in.
    let rubric: Vec<String> = app
        .call("judging/setup", Some(&jury.staff), &[])
        .await
        .json()["form"]["rubric"]
        .as_str()
        .expect("rubric")
        .lines()
        .map(|l| l.split('|').next().unwrap_or_default().trim().to_string())
        .collect();
    let shown: Vec<String> = reviews["reviews"][0]["scores"]
        .as_array()
        .expect("scores")
        .iter()
        .map(|pair| pair[0].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(shown, rubric);
    let released = app
        .call(
            "judging/release",
            Some(&jury.staff),
            &[("submission", &tidal), ("reviews[0]", &first)],
        )
        .await;
    assert_eq!(released.status, StatusCode::OK, "{}", released.body);
    let founder_view = app.pitch(&jury.tidal.0, &jury.tidal.1).await;
    assert_eq!(
        founder_view["feedback"],
        serde_json::json!(["Clear plan, thin traction."])
    );
    assert!(
        !founder_view.to_string().contains("port pilot"),
        "private notes never reach founders"
    );
    let withdrawn = app
        .call(
            "judging/release",
            Some(&jury.staff),
            &[("submission", &tidal)],
        )
        .await;
    assert_eq!(withdrawn.status, StatusCode::OK);
    assert_eq!(
        app.pitch(&jury.tidal.0, &jury.tidal.1).await["feedback"],
        serde_json::json!([])
    );
}

#[tokio::test]
async fn marks_are_private_and_the_shortlist_counts_for_staff() {
    let app = spawn_app().await;
    let jury = app.jury("3").await;
    app.call(
        "judging/auto-assign",
        Some(&jury.staff),
        &[("edition", &jury.edition)],
    )
    .await;
    let aurora = jury.aurora.2.clone();
    let bad = app
        .call(
            "reviews/marks",
            Some(&jury.bo),
            &[
                ("submission", &aurora),
                ("starred", "on"),
                ("tags", &"x".repeat(40)),
                ("interest", "keen"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.field_error("tags").is_some() && bad.field_error("interest").is_some());
    let marked = app
        .call(
            "reviews/marks",
            Some(&jury.bo),
            &[
                ("submission", &aurora),
                ("starred", "on"),
                ("tags", "biotech, lab"),
                ("interest", "want_meeting"),
            ],
        )
        .await;
    assert_eq!(marked.status, StatusCode::OK, "{}", marked.body);
    let starred = app
        .call("reviews/queue", Some(&jury.bo), &[("show", "starred")])
        .await
        .json();
    assert_eq!(
        starred["items"].as_array().map(Vec::len),
        Some(1),
        "{starred}"
    );
    assert_eq!(starred["items"][0]["label"], "Aurora Bio");
    // Another judge sees none of Bo's marks; staff see only counts.
    let ada = app.review_form(&jury.ada, &aurora).await.json();
    assert_eq!(ada["marks"]["starred"], false);
    let ranking = app
        .call("judging/ranking", Some(&jury.staff), &[])
        .await
        .json();
    let row = ranking["rows"]
        .as_array()
        .and_then(|r| r.iter().find(|r| r["submission_id"] == aurora))
        .cloned()
        .unwrap();
    assert_eq!(
        (row["stars"].as_u64(), row["meeting_requests"].as_u64()),
        (Some(1), Some(1))
    );

    // Blind mode hides the startup's name from judges.
    let rubric = app
        .call(
            "judging/setup",
            Some(&jury.staff),
            &[("edition", &jury.edition)],
        )
        .await
        .json()["form"]["rubric"]
        .as_str()
        .unwrap()
        .to_string();
    let blind = app
        .call(
            "judging/setup/save",
            Some(&jury.staff),
            &[
                ("edition", &jury.edition),
                ("rubric", &rubric),
                ("reviews_per_pitch", "3"),
                ("phase_open", "on"),
                ("visibility", "never"),
                ("blind", "on"),
            ],
        )
        .await;
    assert_eq!(blind.status, StatusCode::OK, "{}", blind.body);
    let form = app.review_form(&jury.bo, &aurora).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        !form.body.contains("Aurora Bio") && !form.body.contains("aurora-bio"),
        "{}",
        form.body
    );
    // Where founders wrote their startup's name in their own text, judges read a mask;
    // the founders are told that judging is blind.
    let tidal_form = app.review_form(&jury.bo, &jury.tidal.2).await.json();
    assert_eq!(tidal_form["title"], "[startup] at GSIC", "{tidal_form}");
    assert_eq!(
        app.pitch(&jury.tidal.0, &jury.tidal.1).await["blind_review"],
        true
    );
}

#[tokio::test]
async fn a_conflict_found_after_assignment_takes_the_judge_off_the_pitch() {
    let app = spawn_app().await;
    let jury = app.jury("1").await;
    let tidal = jury.tidal.2.clone();
    let ada = app.me(Some(&jury.ada)).await["id"]
        .as_str()
        .expect("ada's id")
        .to_string();
    let added = app
        .call(
            "judging/assign",
            Some(&jury.staff),
            &[("submission", &tidal), ("investor", &ada)],
        )
        .await;
    assert_eq!(added.status, StatusCode::OK, "{}", added.body);
    assert!(reviewers_of(&app.board(&jury).await, &tidal, "investor_id").contains(&ada));

    // Ada then records Tidal Grid in her portfolio: an automatic conflict.
    let saved = app
        .call(
            "investors/profile/save",
            Some(&jury.ada),
            &[
                ("firm", "Harbour Ventures"),
                ("title", "Partner"),
                ("sectors", "AI"),
                ("stages", "Seed"),
                ("ticket_min", ""),
                ("ticket_max", ""),
                ("currency", "USD"),
                ("geographies", "CN"),
                ("portfolio", "Tidal Grid"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let board = app.board(&jury).await;
    assert!(
        !reviewers_of(&board, &tidal, "investor_id").contains(&ada),
        "a conflicted judge is no reviewer: {board}"
    );
    let row = board["rows"]
        .as_array()
        .and_then(|rows| rows.iter().find(|r| r["submission_id"] == tidal.as_str()))
        .expect("Tidal Grid's row");
    assert!(row["conflicts"]
        .as_array()
        .expect("conflicts")
        .iter()
        .any(|c| c["automatic"] == true
            && c["reason"]
                .as_str()
                .is_some_and(|r| r.contains("portfolio"))));

    // The next automatic assignment ends the stale assignment and finds another judge.
    let auto = app
        .call(
            "judging/auto-assign",
            Some(&jury.staff),
            &[("edition", &jury.edition)],
        )
        .await;
    assert_eq!(auto.status, StatusCode::OK, "{}", auto.body);
    let stale = backend::model::assignment::Entity::find_by_id((
        tidal.parse::<uuid::Uuid>().expect("uuid"),
        ada.parse::<uuid::Uuid>().expect("uuid"),
    ))
    .one(&app.db)
    .await
    .expect("query");
    assert!(stale.is_none(), "the conflicted assignment is gone");
    assert_eq!(
        reviewers_of(&app.board(&jury).await, &tidal, "investor_id").len(),
        1
    );
}

#[tokio::test]
async fn a_hand_made_assignment_without_javascript_returns_to_the_judging_page() {
    let app = spawn_app().await;
    let jury = app.jury("2").await;
    let aurora = jury.aurora.2.clone();
    let bo_id = app.me(Some(&jury.bo)).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    for endpoint in ["judging/assign", "judging/unassign"] {
        let reply = post_without_javascript(
            &app,
            endpoint,
            &jury.staff,
            &[("submission", &aurora), ("investor", &bo_id)],
        )
        .await;
        assert_eq!(
            reply.status,
            StatusCode::FOUND,
            "{endpoint}: {}",
            reply.body
        );
        let location = reply
            .headers
            .get(header::LOCATION)
            .and_then(|l| l.to_str().ok())
            .expect("location")
            .trim_start_matches("http://127.0.0.1:3000")
            .to_string();
        assert!(
            location.starts_with(&format!("/staff/judging?edition={}", jury.edition)),
            "{endpoint}: {location}"
        );
        // The browser follows it (without the fragment): the judging page with the notice.
        let page = app
            .get(
                location.split('#').next().unwrap_or_default(),
                Some(&jury.staff),
            )
            .await;
        assert_eq!(page.status, StatusCode::OK, "{endpoint}: {location}");
        assert!(page.body.contains("Assignments updated."), "{endpoint}");
    }
    let board = app.board(&jury).await;
    assert!(reviewers_of(&board, &aurora, "name").is_empty(), "{board}");
}

#[tokio::test]
async fn the_assignment_board_shows_fifty_pitches_a_page_and_takes_a_judge_by_name() {
    let app = spawn_app().await;
    let jury = app.jury("1").await;
    let mut founder = String::new();
    for i in 0..49 {
        // A founder may be on ten teams at most, and one address creates 30 startups a
        // day: a day passes for the rate limits every ten.
        if i % 10 == 0 {
            app.let_a_day_pass_for_rate_limits().await;
            founder = app
                .founder(&format!("serial{i}@serial-founder.example"))
                .await;
        }
        let startup = app
            .create_startup(&founder, &format!("Serial Startup {i:02}"))
            .await;
        let saved = app
            .save_pitch(&founder, &startup, &jury.edition, "save")
            .await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
        app.set_status(&startup, domain::submission::Status::Submitted)
            .await;
    }
    let page = |track: &'static str, page: &'static str| {
        let (app, jury) = (&app, &jury);
        async move {
            app.call(
                "judging/assignments",
                Some(&jury.staff),
                &[("edition", &jury.edition), ("track", track), ("page", page)],
            )
            .await
            .json()
        }
    };
    let ids = |board: &Value| -> Vec<String> {
        board["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["submission_id"].as_str().unwrap().to_string())
            .collect()
    };
    let first = page("", "1").await;
    let second = page("", "2").await;
    assert_eq!(first["total"], 51);
    assert_eq!(first["pages"], 2);
    assert_eq!(ids(&first).len(), 50);
    assert_eq!(ids(&second).len(), 1);
    let mut all = ids(&first);
    all.extend(ids(&second));
    all.sort();
    all.dedup();
    assert_eq!(all.len(), 51, "every pitch on exactly one page");
    assert_eq!(
        page("", "99").await["page"],
        2,
        "past the end shows the last page"
    );
    assert_eq!(page("", "junk").await["page"], 1);
    let other_track = page("AI", "").await;
    assert_eq!(other_track["total"], 0);
    assert_eq!(other_track["track"], "AI");
    assert_eq!(page("Clean energy", "").await["total"], 51);

    // The list offers every judge as "Name <email>"; staff pick one, or type a name.
    let ada = first["judges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|j| j["email"] == "ada@harbour.vc")
        .expect("Ada is offered")
        .clone();
    let name = ada["name"].as_str().unwrap();
    let tidal = &jury.tidal.2;
    let picked = post_without_javascript(
        &app,
        "judging/assign",
        &jury.staff,
        &[
            ("submission", tidal),
            ("investor", &format!("{name} <ada@harbour.vc>")),
            ("track", "Clean energy"),
            ("page", "2"),
        ],
    )
    .await;
    assert!(picked.status.is_redirection(), "{}", picked.body);
    let back = picked
        .headers
        .get(header::LOCATION)
        .unwrap()
        .to_str()
        .unwrap();
    assert!(
        back.starts_with(&format!(
            "/staff/judging?edition={}&track=Clean%20energy&page=2",
            jury.edition
        )) && back.ends_with(&format!("#pitch-{tidal}")),
        "back to the same page and row: {back}"
    );
    let typed_email = app
        .call(
            "judging/assign",
            Some(&jury.staff),
            &[("submission", tidal), ("investor", " BO@gmail.com ")],
        )
        .await;
    assert_eq!(typed_email.status, StatusCode::OK, "{}", typed_email.body);
    // Every judge of this jury is called "Ada Investor": a name alone is ambiguous.
    let ambiguous = app
        .call(
            "judging/assign",
            Some(&jury.staff),
            &[("submission", &jury.aurora.2), ("investor", "ada investor")],
        )
        .await;
    assert_eq!(
        ambiguous.field_error("investor").as_deref(),
        Some("More than one judge has that name: choose the one with their email from the list.")
    );
    backend::features::accounts::create_or_grant(
        &app.db,
        "zhou@lakeside.vc",
        "周 Wei",
        "investor-pass-1",
        &[domain::account::Role::Investor],
    )
    .await
    .expect("investor");
    let unique_name = app
        .call(
            "judging/assign",
            Some(&jury.staff),
            &[("submission", tidal), ("investor", "  周   wei ")],
        )
        .await;
    assert_eq!(unique_name.status, StatusCode::OK, "{}", unique_name.body);
    let board = app.board(&jury).await;
    assert_eq!(reviewers_of(&board, tidal, "investor_id").len(), 3);
    let unknown = app
        .call(
            "judging/assign",
            Some(&jury.staff),
            &[("submission", tidal), ("investor", "Nobody We Know")],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        unknown.field_error("investor").as_deref(),
        Some("Choose a judge from the list.")
    );
}
