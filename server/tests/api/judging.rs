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
        self.setup_with(jury, k, open, visibility, rubric, &[])
            .await
    }

    /// `setup` with more fields ticked (`blind`, `browse`); an empty `rubric` keeps it.
    async fn setup_with(
        &self,
        jury: &Jury,
        k: &str,
        open: &str,
        visibility: &str,
        rubric: &str,
        ticked: &[(&str, &str)],
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
        let mut pairs = vec![
            ("edition", jury.edition.as_str()),
            ("rubric", &rubric),
            ("reviews_per_pitch", k),
            ("phase_open", open),
            ("visibility", visibility),
        ];
        pairs.extend_from_slice(ticked);
        self.call("judging/setup/save", Some(&jury.staff), &pairs)
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
    // Before the deadline, reviewers leave the pitch "submitted": its founders may still edit.
    assert_eq!(
        app.pitch(&jury.tidal.0, &jury.tidal.1).await["status"],
        "submitted"
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
    // The draft is named with why it cannot be decided (worded by the page).
    assert_eq!(change["refused"][0][1], "Draft", "{change}");
    assert!(change["refused"][0][0]
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
    // Named to Bo (not blind): the shortlist offers a meeting request once the pitch
    // is accepted (only accepted startups take part in the meetings); before, it says so.
    assert_eq!(starred["items"][0]["startup_id"], jury.aurora.1.as_str());
    assert!(starred["items"][0]["meeting"].is_null(), "{starred}");
    assert_eq!(starred["items"][0]["meetings_open"], false);
    let shortlist = app
        .get("/investor/reviews?show=starred", Some(&jury.bo))
        .await;
    assert!(
        shortlist
            .body
            .contains("You can ask for a meeting once this pitch is accepted.")
            && !shortlist.body.contains("Request a meeting"),
        "{}",
        shortlist.body
    );
    let accepted = app
        .call(
            "judging/decide",
            Some(&jury.staff),
            &[("ids[0]", &aurora), ("decision", "accept")],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.body);
    let shortlist = app
        .get("/investor/reviews?show=starred", Some(&jury.bo))
        .await;
    assert!(
        shortlist.body.contains("Request a meeting"),
        "{}",
        shortlist.body
    );
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
    let candidates = |board: Value| board["candidates"].to_string();
    let board = app.call("pipeline/board", Some(&jury.bo), &[]).await.json();
    assert!(candidates(board.clone()).contains("Tidal Grid"), "{board}");
    let blind = app
        .setup_with(&jury, "3", "on", "never", "", &[("blind", "on")])
        .await;
    assert_eq!(blind.status, StatusCode::OK, "{}", blind.body);
    // Nor does the pipeline name what a blind judge assessed or shortlisted.
    let board = app.call("pipeline/board", Some(&jury.bo), &[]).await.json();
    let offered = candidates(board);
    assert!(!offered.contains("Tidal Grid"), "{offered}");
    let form = app.review_form(&jury.bo, &aurora).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        !form.body.contains("Aurora Bio") && !form.body.contains("aurora-bio"),
        "{}",
        form.body
    );
    // Nor does the shortlist name it (no startup, no request form there).
    let starred = app
        .call("reviews/queue", Some(&jury.bo), &[("show", "starred")])
        .await
        .json();
    assert!(starred["items"][0]["startup_id"].is_null(), "{starred}");
    let shortlist = app
        .get("/investor/reviews?show=starred", Some(&jury.bo))
        .await;
    assert!(
        !shortlist.body.contains("Request a meeting") && !shortlist.body.contains(&jury.aurora.1),
        "{}",
        shortlist.body
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
        .any(|c| c["automatic"] == true && c["reason"]["Found"]["Portfolio"].is_string()));

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

/// Every row of the ranking with these parameters, page after page, with the number of
/// pages walked; checks that each page says the same total and ranks on from the last.
async fn every_ranking_row(
    app: &TestApp,
    staff: &str,
    params: &[(&str, &str)],
) -> (Vec<Value>, Value) {
    let mut rows = Vec::new();
    let mut page = 1u64;
    loop {
        let number = page.to_string();
        let mut pairs = params.to_vec();
        pairs.push(("page", &number));
        let reply = app.call("judging/ranking", Some(staff), &pairs).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        let ranking = reply.json();
        assert_eq!(ranking["page"], page, "{ranking}");
        let these = ranking["rows"].as_array().expect("rows").clone();
        assert!(these.len() as u64 <= backend::queries::ranking::RANKING_PAGE);
        for (i, row) in these.iter().enumerate() {
            assert_eq!(row["rank"], rows.len() as u64 + i as u64 + 1, "{row}");
        }
        rows.extend(these);
        if page >= ranking["pages"].as_u64().expect("pages") {
            assert_eq!(
                ranking["total"],
                rows.len() as u64,
                "the total counts every row"
            );
            return (rows, ranking);
        }
        page += 1;
    }
}

/// Every judge row of the calibration table, page after page.
async fn every_judge_row(app: &TestApp, staff: &str, edition: &str) -> Vec<Value> {
    let mut judges = Vec::new();
    let mut page = 1u64;
    loop {
        let number = page.to_string();
        let ranking = app
            .call(
                "judging/ranking",
                Some(staff),
                &[("edition", edition), ("judge_page", &number)],
            )
            .await
            .json();
        judges.extend(ranking["judges"].as_array().expect("judges").clone());
        if page >= ranking["judge_pages"].as_u64().expect("judge pages") {
            assert_eq!(ranking["judge_total"], judges.len() as u64);
            return judges;
        }
        page += 1;
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * (1.0 + a.abs().max(b.abs()))
}

fn same_number(got: &Value, want: Option<f64>) -> bool {
    match (got.as_f64(), want) {
        (None, None) => got.is_null(),
        (Some(g), Some(w)) => close(g, w),
        _ => false,
    }
}

/// Checks the whole ranking (every page) against `domain::scoring::aggregate` over
/// every review of the edition's pitches in review, read from the database now.
async fn assert_ranking_is_computed_from_scratch(app: &TestApp, jury: &Jury) {
    use backend::model::{review, submission};
    use domain::scoring::{aggregate, Score};
    use domain::submission::REVIEWABLE;
    use sea_orm::{ColumnTrait, QueryFilter};
    let edition: uuid::Uuid = jury.edition.parse().expect("uuid");
    let pitches: Vec<uuid::Uuid> = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(edition))
        .all(&app.db)
        .await
        .expect("submissions")
        .into_iter()
        .filter(|s| REVIEWABLE.contains(&s.status()))
        .map(|s| s.id)
        .collect();
    let scores: Vec<Score<uuid::Uuid, uuid::Uuid>> = review::Entity::find()
        .all(&app.db)
        .await
        .expect("reviews")
        .into_iter()
        .filter(|r| pitches.contains(&r.submission_id))
        .map(|r| Score {
            judge: r.investor_id,
            submission: r.submission_id,
            value: r.weighted,
        })
        .collect();
    let (aggregates, calibration) = aggregate(&scores);
    let (rows, last) = every_ranking_row(app, &jury.staff, &[("edition", &jury.edition)]).await;
    assert_eq!(rows.len(), pitches.len(), "every pitch in review, once");
    for row in &rows {
        let id: uuid::Uuid = row["submission_id"]
            .as_str()
            .expect("id")
            .parse()
            .expect("uuid");
        assert!(pitches.contains(&id), "{row}");
        match aggregates.iter().find(|a| a.submission == id) {
            Some(a) => {
                assert_eq!(row["reviews"], a.reviews as u64, "{row}");
                assert!(
                    same_number(&row["raw_mean"], Some(a.raw_mean)),
                    "{row} {a:?}"
                );
                assert!(
                    same_number(&row["normalised_mean"], Some(a.normalised_mean)),
                    "{row} {a:?}"
                );
                assert!(
                    same_number(&row["standard_error"], a.standard_error),
                    "{row} {a:?}"
                );
                assert_eq!(row["disagreement"], a.disagreement, "{row} {a:?}");
            }
            None => {
                assert_eq!(row["reviews"], 0, "{row}");
                assert!(
                    row["raw_mean"].is_null() && row["normalised_mean"].is_null(),
                    "{row}"
                );
            }
        }
    }
    let panel = (!scores.is_empty())
        .then(|| scores.iter().map(|s| s.value).sum::<f64>() / scores.len() as f64);
    assert!(
        same_number(&last["panel_mean"], panel),
        "{}",
        last["panel_mean"]
    );
    let judges = every_judge_row(app, &jury.staff, &jury.edition).await;
    let reviewing: Vec<&Value> = judges.iter().filter(|j| j["reviews"] != 0).collect();
    assert_eq!(reviewing.len(), calibration.len(), "{judges:?}");
    for c in &calibration {
        let j = reviewing
            .iter()
            .find(|j| j["investor_id"] == c.judge.to_string())
            .expect("every judge who reviewed");
        assert_eq!(j["reviews"], c.reviews as u64);
        assert!(same_number(&j["mean"], Some(c.mean)), "{j} {c:?}");
        assert!(
            (j["spread"].as_f64().expect("spread") - c.spread).abs() < 1e-6,
            "{j} {c:?}"
        );
        assert!(same_number(&j["offset"], Some(c.offset)), "{j} {c:?}");
    }
    let assignments = backend::model::assignment::Entity::find()
        .all(&app.db)
        .await
        .expect("assignments");
    for j in &judges {
        let assigned = assignments
            .iter()
            .filter(|a| {
                j["investor_id"] == a.investor_id.to_string() && pitches.contains(&a.submission_id)
            })
            .count();
        assert_eq!(j["assigned"], assigned as u64, "{j}");
    }
    let offsets: Vec<f64> = judges.iter().filter_map(|j| j["offset"].as_f64()).collect();
    assert!(
        offsets.windows(2).all(|w| w[0] <= w[1]),
        "harshest first: {offsets:?}"
    );
}

impl TestApp {
    /// `n` more pitches under review in the jury's edition, named `{prefix} 00`…,
    /// alternating between its two tracks; returns their submission ids.
    async fn more_pitches(&self, jury: &Jury, prefix: &str, n: usize) -> Vec<String> {
        use backend::model::{startup, submission, track};
        use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
        let edition: uuid::Uuid = jury.edition.parse().expect("uuid");
        let tracks: Vec<uuid::Uuid> = track::Entity::find()
            .filter(track::Column::EditionId.eq(edition))
            .order_by_asc(track::Column::Position)
            .all(&self.db)
            .await
            .expect("tracks")
            .into_iter()
            .map(|t| t.id)
            .collect();
        let mut ids = Vec::new();
        for i in 0..n {
            let startup_id = uuid::Uuid::new_v4();
            startup::Entity::insert(bulk::startup_row(
                startup_id,
                &format!("{prefix} {i:02}"),
                domain::startup::Stage::Seed,
                "SG",
            ))
            .exec(&self.db)
            .await
            .expect("startup");
            let row = bulk::submission_row(
                edition,
                startup_id,
                tracks[i % tracks.len()],
                domain::submission::Status::UnderReview,
            );
            ids.push(row.id.clone().unwrap().to_string());
            submission::Entity::insert(row)
                .exec(&self.db)
                .await
                .expect("submission");
        }
        ids
    }

    /// Judges may review any pitch (no assignments needed), the phase open.
    async fn open_browsing(&self, jury: &Jury) {
        let saved = self
            .setup_with(jury, "2", "on", "never", "", &[("browse", "on")])
            .await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    }

    async fn scored(&self, judge: &str, submission: &str, score: &str) {
        let reply = self.score(judge, submission, score, "maybe").await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    }
}

#[tokio::test]
async fn the_ranking_after_saves_edits_and_removals_equals_a_computation_from_scratch() {
    let app = spawn_app().await;
    let jury = app.jury("2").await;
    app.open_browsing(&jury).await;
    let more = app.more_pitches(&jury, "Harbour", 6).await;
    let (tidal, aurora) = (jury.tidal.2.clone(), jury.aurora.2.clone());
    assert_ranking_is_computed_from_scratch(&app, &jury).await;

    // Ada is lenient, Bo harsh, Cy in between; each scores a different set.
    for (pitch, score) in [
        (&tidal, "5"),
        (&aurora, "4"),
        (&more[0], "5"),
        (&more[1], "3"),
        (&more[2], "4"),
    ] {
        app.scored(&jury.ada, pitch, score).await;
    }
    for (pitch, score) in [
        (&tidal, "2"),
        (&aurora, "1"),
        (&more[0], "3"),
        (&more[3], "2"),
    ] {
        app.scored(&jury.bo, pitch, score).await;
    }
    for (pitch, score) in [
        (&aurora, "3"),
        (&more[0], "4"),
        (&more[3], "3"),
        (&more[4], "1"),
    ] {
        app.scored(&jury.cy, pitch, score).await;
    }
    assert_ranking_is_computed_from_scratch(&app, &jury).await;
    // Assignments change the judges' counts (and who is listed).
    let bo_id = app.me(Some(&jury.bo)).await["id"]
        .as_str()
        .expect("Bo's id")
        .to_string();
    for pitch in [&more[5], &more[4]] {
        let added = app
            .call(
                "judging/assign",
                Some(&jury.staff),
                &[("submission", pitch), ("investor", &bo_id)],
            )
            .await;
        assert_eq!(added.status, StatusCode::OK, "{}", added.body);
    }
    assert_ranking_is_computed_from_scratch(&app, &jury).await;
    let removed = app
        .call(
            "judging/unassign",
            Some(&jury.staff),
            &[("submission", &more[5]), ("investor", &bo_id)],
        )
        .await;
    assert_eq!(removed.status, StatusCode::OK, "{}", removed.body);
    assert_ranking_is_computed_from_scratch(&app, &jury).await;
    let before = app
        .call(
            "judging/ranking",
            Some(&jury.staff),
            &[("edition", &jury.edition)],
        )
        .await
        .json();
    assert!(before["normalised_at"]
        .as_str()
        .is_some_and(|t| !t.is_empty()));

    // Edits: a score goes up, another down (the old value leaves the judge's tally).
    app.scored(&jury.ada, &more[1], "1").await;
    app.scored(&jury.bo, &tidal, "5").await;
    app.scored(&jury.bo, &tidal, "4").await;
    assert_ranking_is_computed_from_scratch(&app, &jury).await;

    // Removals: Cy declares a conflict on a pitch they scored (the review is withdrawn),
    // and a scored pitch is withdrawn by its founder (its reviews stop counting).
    let declared = app
        .call(
            "reviews/conflict",
            Some(&jury.cy),
            &[
                ("submission", &more[4]),
                ("reason", "My brother founded it."),
            ],
        )
        .await;
    assert_eq!(declared.status, StatusCode::OK, "{}", declared.body);
    let withdrawn = app
        .call(
            "pitches/withdraw",
            Some(&jury.aurora.0),
            &[("submission_id", &aurora)],
        )
        .await;
    assert_eq!(withdrawn.status, StatusCode::OK, "{}", withdrawn.body);
    assert_ranking_is_computed_from_scratch(&app, &jury).await;

    // Two servers reading the stale ranking at once both recompute it; one writes, both
    // show the same standings, and the snapshot is of the current generation.
    app.scored(&jury.ada, &more[2], "2").await;
    let query = wire::RankingQuery {
        edition: jury.edition.parse().ok(),
        ..Default::default()
    };
    let (one, two) = tokio::join!(
        backend::queries::ranking::ranking(&app.db, &query),
        backend::queries::ranking::ranking(&app.db, &query)
    );
    let (one, two) = (one.expect("one reader"), two.expect("the other"));
    assert_eq!(one.rows, two.rows);
    assert_eq!(one.judges, two.judges);
    let edition: uuid::Uuid = jury.edition.parse().expect("uuid");
    let generation = backend::model::ranking_generation::Entity::find_by_id(edition)
        .one(&app.db)
        .await
        .expect("query")
        .expect("a generation");
    let snapshot = backend::model::ranking_snapshot::Entity::find_by_id(edition)
        .one(&app.db)
        .await
        .expect("query")
        .expect("a snapshot");
    assert_eq!(snapshot.generation, generation.generation);
    assert_ranking_is_computed_from_scratch(&app, &jury).await;

    // The stored tallies are what a rebuild from the reviews gives.
    assert_tallies_match_a_rebuild(&app.db, &jury.edition).await;
    assert_ranking_is_computed_from_scratch(&app, &jury).await;
}

async fn tallies_of(
    db: &DatabaseConnection,
    edition: uuid::Uuid,
) -> (
    Vec<backend::model::pitch_tally::Model>,
    Vec<backend::model::judge_tally::Model>,
) {
    use backend::model::{judge_tally, pitch_tally};
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
    (
        pitch_tally::Entity::find()
            .filter(pitch_tally::Column::EditionId.eq(edition))
            .order_by_asc(pitch_tally::Column::SubmissionId)
            .all(db)
            .await
            .expect("pitch tallies"),
        judge_tally::Entity::find()
            .filter(judge_tally::Column::EditionId.eq(edition))
            .order_by_asc(judge_tally::Column::InvestorId)
            .all(db)
            .await
            .expect("judge tallies"),
    )
}

/// The stored tallies of the edition are what `tallies::rebuild` computes from its
/// reviews (and after the rebuild, they are the rebuild's).
async fn assert_tallies_match_a_rebuild(db: &DatabaseConnection, edition: &str) {
    let edition: uuid::Uuid = edition.parse().expect("uuid");
    let stored = tallies_of(db, edition).await;
    backend::model::tallies::rebuild(db, edition)
        .await
        .expect("rebuild");
    let rebuilt = tallies_of(db, edition).await;
    assert_eq!(stored.0.len(), rebuilt.0.len(), "{stored:?}");
    assert_eq!(stored.1.len(), rebuilt.1.len(), "{stored:?}");
    assert!(
        !rebuilt.0.is_empty() && !rebuilt.1.is_empty(),
        "something to compare"
    );
    for (a, b) in stored.0.iter().zip(&rebuilt.0) {
        assert_eq!((a.submission_id, a.reviews), (b.submission_id, b.reviews));
        assert!(
            close(a.raw_sum, b.raw_sum)
                && close(a.raw_sum_sq, b.raw_sum_sq)
                && close(a.raw_min, b.raw_min)
                && close(a.raw_max, b.raw_max)
                && close(a.raw_mean, b.raw_mean),
            "{a:?} {b:?}"
        );
    }
    for (a, b) in stored.1.iter().zip(&rebuilt.1) {
        assert_eq!((a.investor_id, a.reviews), (b.investor_id, b.reviews));
        assert!(
            close(a.raw_sum, b.raw_sum) && close(a.raw_sum_sq, b.raw_sum_sq),
            "{a:?} {b:?}"
        );
    }
}

/// A fresh database migrated up to, not including, the migration named `migration`.
async fn database_before(migration: &str) -> (tempfile::TempDir, sea_orm::DatabaseConnection) {
    use migrations::{Migrator, MigratorTrait};
    let dir = tempfile::tempdir().expect("temp dir");
    let db = backend::db::connect(&fresh_database_url(dir.path()).await)
        .await
        .expect("database");
    let before = Migrator::migrations()
        .iter()
        .position(|m| m.name() == migration)
        .expect("the migration");
    Migrator::up(&db, Some(before as u32))
        .await
        .expect("the old schema");
    (dir, db)
}

#[tokio::test]
async fn an_upgraded_database_tallies_the_reviews_written_before() {
    use backend::model::codec::{Coded, JsonText};
    use backend::model::{review, startup, submission, user};
    use domain::submission::Status;
    use migrations::{Migrator, MigratorTrait};
    use sea_orm::ActiveValue::Set;
    let _one_at_a_time = serial().lock_owned().await;
    // The schema as it was before the tallies, with reviews written then.
    let (_dir, db) = database_before("m20261123_000001_ranking_tallies").await;
    let (edition, tracks) = bulk::seed_edition(&db).await.expect("edition");
    let now = chrono::Utc::now();
    let judges: Vec<uuid::Uuid> = (0..3).map(|_| uuid::Uuid::new_v4()).collect();
    for (i, id) in judges.iter().enumerate() {
        user::Entity::insert(user::ActiveModel {
            id: Set(*id),
            email: Set(format!("judge{i}@fund.example")),
            display_name: Set(format!("Judge {i}")),
            password_hash: Set(None),
            created_at: Set(now),
            // The old schema has no such column: leave it out of the insert.
            language: sea_orm::ActiveValue::NotSet,
            email_verified_at: sea_orm::ActiveValue::NotSet,
        })
        .exec(&db)
        .await
        .expect("judge");
    }
    // Four pitches; the last is withdrawn, so its reviews do not count.
    let statuses = [
        Status::UnderReview,
        Status::Accepted,
        Status::UnderReview,
        Status::Withdrawn,
    ];
    for (i, status) in statuses.into_iter().enumerate() {
        let startup_id = uuid::Uuid::new_v4();
        let mut old_row = bulk::startup_row(
            startup_id,
            &format!("Old {i}"),
            domain::startup::Stage::Seed,
            "CN",
        );
        // The old schema has no sort key yet (a later migration adds it).
        old_row.sort_name = sea_orm::ActiveValue::NotSet;
        startup::Entity::insert(old_row)
            .exec(&db)
            .await
            .expect("startup");
        let row = bulk::submission_row(edition, startup_id, tracks[0], status);
        let submission_id = row.id.clone().unwrap();
        submission::Entity::insert(row)
            .exec(&db)
            .await
            .expect("submission");
        for (j, judge) in judges.iter().enumerate().skip(i % 2) {
            review::Entity::insert(review::ActiveModel {
                id: Set(uuid::Uuid::new_v4()),
                submission_id: Set(submission_id),
                investor_id: Set(*judge),
                scores: Set(JsonText(Default::default())),
                weighted: Set(1.25 + 2.5 * ((i + j) % 4) as f64),
                comment: Set(String::new()),
                private_note: Set(String::new()),
                recommendation: Set(Coded(domain::review::Recommendation::Maybe)),
                released: Set(false),
                created_at: Set(now),
                updated_at: Set(now),
            })
            .exec(&db)
            .await
            .expect("review");
        }
    }
    Migrator::up(&db, None).await.expect("the upgrade");
    let (pitches, judged) = tallies_of(&db, edition).await;
    assert_eq!(pitches.len(), 3, "the withdrawn pitch is not tallied");
    assert_eq!(pitches.iter().map(|p| p.reviews).sum::<i32>(), 3 + 2 + 3);
    assert_eq!(judged.len(), 3);
    assert_tallies_match_a_rebuild(&db, &edition.to_string()).await;
}

#[tokio::test]
async fn an_upgraded_database_keeps_each_assignment_in_its_pitchs_edition() {
    use backend::model::codec::Coded;
    use backend::model::{assignment, startup, submission, user};
    use domain::submission::Status;
    use migrations::{Migrator, MigratorTrait};
    use sea_orm::ActiveValue::{NotSet, Set};
    let _one_at_a_time = serial().lock_owned().await;
    // The schema as it was before assignments named their edition, with one made then.
    let (_dir, db) = database_before("m20261202_000001_assignment_edition").await;
    let (edition, tracks) = bulk::seed_edition(&db).await.expect("edition");
    let (judge, startup_id) = (uuid::Uuid::new_v4(), uuid::Uuid::new_v4());
    let now = chrono::Utc::now();
    user::Entity::insert(user::ActiveModel {
        id: Set(judge),
        email: Set("judge@fund.example".into()),
        display_name: Set("Judge".into()),
        password_hash: Set(None),
        created_at: Set(now),
        language: Set(None),
        email_verified_at: Set(Some(now)),
    })
    .exec(&db)
    .await
    .expect("judge");
    startup::Entity::insert(bulk::startup_row(
        startup_id,
        "Old",
        domain::startup::Stage::Seed,
        "CN",
    ))
    .exec(&db)
    .await
    .expect("startup");
    let row = bulk::submission_row(edition, startup_id, tracks[0], Status::UnderReview);
    let submission_id = row.id.clone().unwrap();
    submission::Entity::insert(row)
        .exec(&db)
        .await
        .expect("submission");
    assignment::Entity::insert(assignment::ActiveModel {
        submission_id: Set(submission_id),
        investor_id: Set(judge),
        // The old schema has no such column: leave it out of the insert.
        edition_id: NotSet,
        source: Set(Coded(domain::assignment::Source::Manual)),
        created_at: Set(now),
    })
    .exec(&db)
    .await
    .expect("assignment");
    Migrator::up(&db, None).await.expect("the upgrade");
    let upgraded = assignment::Entity::find_by_id((submission_id, judge))
        .one(&db)
        .await
        .expect("read")
        .expect("the assignment");
    assert_eq!(upgraded.edition_id, edition);
}

#[tokio::test]
async fn the_board_counts_each_judges_load_over_pitches_still_in_review() {
    let app = spawn_app().await;
    let jury = app.jury("2").await;
    let assigned = app
        .call(
            "judging/auto-assign",
            Some(&jury.staff),
            &[("edition", &jury.edition)],
        )
        .await;
    assert_eq!(assigned.status, StatusCode::OK, "{}", assigned.body);
    let loads = |board: &Value| -> Vec<(String, u64)> {
        board["judges"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|j| {
                (
                    j["id"].as_str().unwrap_or_default().to_string(),
                    j["load"].as_u64().unwrap_or_default(),
                )
            })
            .collect()
    };
    let board = app.board(&jury).await;
    let before = loads(&board);
    assert_eq!(before.len(), 3, "every investor is a judge: {board}");
    assert_eq!(
        before.iter().map(|(_, n)| n).sum::<u64>(),
        4,
        "two pitches, two reviewers each: {before:?}"
    );
    // Each judge's load is the number of rows they review on the board.
    for (id, load) in &before {
        let reviewing = board["rows"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|r| r["reviewers"].to_string().contains(id.as_str()))
            .count() as u64;
        assert_eq!(*load, reviewing, "{id}");
    }
    // A withdrawn pitch leaves the board, and its assignments leave the loads.
    let withdrawn = app
        .call(
            "pitches/withdraw",
            Some(&jury.aurora.0),
            &[("submission_id", &jury.aurora.2)],
        )
        .await;
    assert_eq!(withdrawn.status, StatusCode::OK, "{}", withdrawn.body);
    let after = loads(&app.board(&jury).await);
    assert_eq!(
        after.iter().map(|(_, n)| n).sum::<u64>(),
        2,
        "only Tidal Grid's reviewers are left: {after:?}"
    );
    let cy = app.me(Some(&jury.cy)).await["id"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert_eq!(
        after.iter().find(|(id, _)| *id == cy).map(|(_, n)| *n),
        Some(0),
        "Cy is in conflict with Tidal Grid: {after:?}"
    );
}

#[tokio::test]
async fn ranking_pages_cover_every_pitch_once_in_each_order_and_filter_by_track() {
    let app = spawn_app().await;
    let jury = app.jury("2").await;
    app.open_browsing(&jury).await;
    let more = app.more_pitches(&jury, "Quay", 61).await;
    // Some pitches get two reviews, some one, most none; ties on the raw mean too.
    for (i, pitch) in more.iter().enumerate().take(24) {
        let score = ((i % 5) + 1).to_string();
        app.scored(&jury.ada, pitch, &score).await;
        if i % 3 == 0 {
            app.scored(&jury.bo, pitch, &(((i + 2) % 5) + 1).to_string())
                .await;
        }
    }
    let total = more.len() + 2;
    let key = |row: &Value, field: &str| row[field].as_f64();
    for sort in ["", "normalised", "raw", "reviews", "se", "name"] {
        let (rows, last) = every_ranking_row(
            &app,
            &jury.staff,
            &[("edition", &jury.edition), ("sort", sort)],
        )
        .await;
        assert_eq!(last["pages"], 2, "{sort}");
        let mut ids: Vec<&str> = rows
            .iter()
            .filter_map(|r| r["submission_id"].as_str())
            .collect();
        assert_eq!(ids.len(), total, "{sort}: every pitch");
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), total, "{sort}: no pitch on two pages");
        for pair in rows.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let in_order = match sort {
                "name" => {
                    a["startup_name"].as_str().map(str::to_lowercase)
                        <= b["startup_name"].as_str().map(str::to_lowercase)
                }
                "raw" | "" | "normalised" => {
                    let field = if sort == "raw" {
                        "raw_mean"
                    } else {
                        "normalised_mean"
                    };
                    match (key(a, field), key(b, field)) {
                        (Some(x), Some(y)) => x >= y,
                        (_, None) => true,
                        (None, Some(_)) => false,
                    }
                }
                "reviews" => a["reviews"].as_u64() >= b["reviews"].as_u64(),
                _ => match (key(a, "standard_error"), key(b, "standard_error")) {
                    (Some(x), Some(y)) => x >= y,
                    (None, _) => true,
                    (Some(_), None) => false,
                },
            };
            assert!(in_order, "{sort}: {a} before {b}");
        }
    }
    // A page past the end is the last page; nonsense is page 1.
    let far = app
        .call(
            "judging/ranking",
            Some(&jury.staff),
            &[("edition", &jury.edition), ("page", "99")],
        )
        .await
        .json();
    assert_eq!(
        (far["page"].as_u64(), far["rows"].as_array().map(Vec::len)),
        (Some(2), Some(total - 50))
    );
    let nonsense = app
        .call(
            "judging/ranking",
            Some(&jury.staff),
            &[("edition", &jury.edition), ("page", "x")],
        )
        .await
        .json();
    assert_eq!(nonsense["page"], 1);

    // The track filter: only that track's pitches, every one of them, counted.
    for track in ["AI", "Clean energy"] {
        let (rows, _) = every_ranking_row(
            &app,
            &jury.staff,
            &[
                ("edition", &jury.edition),
                ("track", track),
                ("sort", "raw"),
            ],
        )
        .await;
        assert!(rows.iter().all(|r| r["track"] == track), "{track}");
        let everything = every_ranking_row(&app, &jury.staff, &[("edition", &jury.edition)])
            .await
            .0;
        let want = everything.iter().filter(|r| r["track"] == track).count();
        assert_eq!(rows.len(), want, "{track}");
        assert!(want > 0);
    }
}

#[tokio::test]
async fn the_ranking_page_shows_one_page_and_links_to_the_next_without_javascript() {
    let app = spawn_app().await;
    let jury = app.jury("2").await;
    app.more_pitches(&jury, "Pier", 55).await;
    let page = app
        .get(
            &format!("/staff/ranking?edition={}&sort=name", jury.edition),
            Some(&jury.staff),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    // Aurora Bio, Pier 00 to Pier 48; then Pier 49 to 54 and Tidal Grid.
    assert!(
        page.body.contains("Pier 00") && page.body.contains("Pier 48"),
        "the first page"
    );
    assert!(
        !page.body.contains("Pier 49"),
        "not the second page's rows, not even for hydration"
    );
    let next = format!(
        "/staff/ranking?edition={}&amp;track=&amp;sort=name&amp;page=2&amp;judge_page=1",
        jury.edition
    );
    assert!(page.body.contains(&next), "a plain link to page 2");
    assert!(page.body.contains("Page 1 of 2 · 57 pitches"));
    let second = app
        .get(
            &format!("/staff/ranking?edition={}&sort=name&page=2", jury.edition),
            Some(&jury.staff),
        )
        .await;
    assert!(second.body.contains("Pier 49") && second.body.contains("Tidal Grid"));
    assert!(!second.body.contains("Pier 00"));
    // The decision form carries the page, so the confirmation returns to it.
    assert!(
        second.body.contains(r#"name="page" value="2""#),
        "{}",
        second.body.len()
    );
}

#[tokio::test]
async fn a_decision_can_be_undone_until_its_emails_leave_and_then_nobody_is_emailed() {
    use backend::model::{decision_batch, submission_event};
    use backend::platform::outbox;
    use sea_orm::{ActiveModelTrait, ColumnTrait, QueryFilter};
    let app = spawn_app().await;
    let jury = app.jury("1").await;
    let (tidal, aurora) = (jury.tidal.2.clone(), jury.aurora.2.clone());
    let mails_before = app.outbox_bodies().await.len();

    let decided = post_without_javascript(
        &app,
        "judging/decide",
        &jury.staff,
        &[
            ("ids[0]", &tidal),
            ("ids[1]", &aurora),
            ("decision", "accept"),
            ("back", "/staff/ranking?track=Clean%20energy&page=1"),
        ],
    )
    .await;
    assert!(decided.status.is_redirection(), "{}", decided.body);
    let location = decided.headers[header::LOCATION]
        .to_str()
        .unwrap()
        .to_string();
    assert!(location.starts_with("/staff/ranking?track=Clean%20energy&page=1&count=2&undo="));
    assert!(location.contains("notice=decided"), "{location}");
    let batch = location
        .split("undo=")
        .nth(1)
        .and_then(|rest| rest.split('&').next())
        .unwrap()
        .to_string();
    assert_eq!(
        app.pitch(&jury.tidal.0, &jury.tidal.1).await["status"],
        "accepted"
    );
    // The ranking page offers the undo, to come back to this very page.
    let page = app.get(&location, Some(&jury.staff)).await;
    assert!(page.body.contains("unless you undo it"), "{}", page.body);
    assert!(page
        .body
        .contains(&format!(r#"name="batch" value="{batch}""#)));
    assert!(
        page.body.contains(
            r#"name="back" value="/staff/ranking?track=Clean%20energy&amp;page=1&amp;count=2"#
        ),
        "the undo returns to this page"
    );
    // The two emails wait out the undo window: the sender does not get them yet.
    assert_eq!(app.outbox_bodies().await.len(), mails_before + 2);
    assert!(outbox::claim(&app.db, 50).await.unwrap().is_empty());

    let undone = post_without_javascript(
        &app,
        "judging/decide/undo",
        &jury.staff,
        &[("batch", &batch), ("back", &location)],
    )
    .await;
    assert!(undone.status.is_redirection(), "{}", undone.body);
    let back = undone.headers[header::LOCATION].to_str().unwrap();
    assert_eq!(
        back,
        "/staff/ranking?track=Clean%20energy&page=1&count=2&notice=decision_undone"
    );
    for (founder, startup) in [&jury.tidal, &jury.aurora].map(|p| (&p.0, &p.1)) {
        assert_eq!(app.pitch(founder, startup).await["status"], "submitted");
    }
    assert_eq!(
        app.outbox_bodies().await.len(),
        mails_before,
        "no email left to send"
    );
    let accepted_steps = submission_event::Entity::find()
        .filter(submission_event::Column::Status.eq("accepted"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(
        accepted_steps, 0,
        "the timelines never show the undone decision"
    );
    let again = app
        .call(
            "judging/decide/undo",
            Some(&jury.staff),
            &[("batch", &batch)],
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.body.contains("undone already"), "{}", again.body);

    // Once the window has passed the emails go, and the decision stays.
    let rejected = app
        .call(
            "judging/decide",
            Some(&jury.staff),
            &[("ids[0]", &tidal), ("decision", "reject")],
        )
        .await;
    assert_eq!(rejected.status, StatusCode::OK, "{}", rejected.body);
    let latest = decision_batch::Entity::find()
        .filter(decision_batch::Column::UndoneAt.is_null())
        .one(&app.db)
        .await
        .unwrap()
        .expect("the reject batch");
    let past = chrono::Utc::now() - chrono::Duration::seconds(1);
    decision_batch::ActiveModel {
        id: sea_orm::ActiveValue::Set(latest.id),
        undo_until: sea_orm::ActiveValue::Set(past),
        ..Default::default()
    }
    .update(&app.db)
    .await
    .unwrap();
    backend::model::outbox::Entity::update_many()
        .col_expr(
            backend::model::outbox::Column::SendAfter,
            sea_orm::sea_query::Expr::value(past),
        )
        .exec(&app.db)
        .await
        .unwrap();
    assert_eq!(outbox::claim(&app.db, 50).await.unwrap().len(), 1);
    let too_late = app
        .call(
            "judging/decide/undo",
            Some(&jury.staff),
            &[("batch", &latest.id.to_string())],
        )
        .await;
    assert_eq!(too_late.status, StatusCode::CONFLICT);
    assert!(
        too_late.body.contains("Too late to undo"),
        "{}",
        too_late.body
    );
    assert_eq!(
        app.pitch(&jury.tidal.0, &jury.tidal.1).await["status"],
        "rejected"
    );
}

#[tokio::test]
async fn reviewers_before_the_deadline_keep_the_pitch_editable_until_the_deadline_or_a_first_review(
) {
    use backend::features::judging::assignments::start_due_reviews;
    let app = spawn_app().await;
    let jury = app.jury("2").await;
    let (tidal, aurora) = (jury.tidal.2.clone(), jury.aurora.2.clone());
    let assigned = app
        .call(
            "judging/auto-assign",
            Some(&jury.staff),
            &[("edition", &jury.edition)],
        )
        .await;
    assert_eq!(assigned.status, StatusCode::OK, "{}", assigned.body);
    let board = app.board(&jury).await;
    assert_eq!(reviewers_of(&board, &tidal, "name").len(), 2, "{board}");
    assert_eq!(reviewers_of(&board, &aurora, "name").len(), 2, "{board}");

    // The deadline (2099) is ahead: both stay "submitted" with their reviewers, and the
    // founders can still change them.
    for (founder, startup, _) in [&jury.tidal, &jury.aurora] {
        let pitch = app.pitch(founder, startup).await;
        assert_eq!(pitch["status"], "submitted", "{pitch}");
        assert!(pitch["locked"].is_null(), "{pitch}");
        let edited = app
            .save_pitch(founder, startup, &jury.edition, "draft")
            .await;
        assert_eq!(edited.status, StatusCode::OK, "{}", edited.body);
    }
    // A judge opens them as before.
    assert_eq!(
        app.review_form(&jury.ada, &tidal).await.status,
        StatusCode::OK
    );
    // Nothing is due while the deadline is ahead.
    let now = chrono::Utc::now();
    assert_eq!(start_due_reviews(&app.db, now).await.expect("sweep"), 0);

    // A judge's first review starts the review of that pitch only.
    assert_eq!(
        app.score(&jury.ada, &tidal, "4", "yes").await.status,
        StatusCode::OK
    );
    let tidal_now = app.pitch(&jury.tidal.0, &jury.tidal.1).await;
    assert_eq!(tidal_now["status"], "under_review", "{tidal_now}");
    assert_eq!(
        app.save_pitch(&jury.tidal.0, &jury.tidal.1, &jury.edition, "draft")
            .await
            .status,
        StatusCode::CONFLICT
    );
    assert_eq!(
        app.pitch(&jury.aurora.0, &jury.aurora.1).await["status"],
        "submitted"
    );

    // When the deadline has passed, the rest with reviewers move (once).
    let after_deadline = chrono::DateTime::parse_from_rfc3339("2099-09-02T00:00:00Z")
        .expect("date")
        .with_timezone(&chrono::Utc);
    assert_eq!(
        start_due_reviews(&app.db, after_deadline)
            .await
            .expect("sweep"),
        1
    );
    assert_eq!(
        start_due_reviews(&app.db, after_deadline)
            .await
            .expect("sweep"),
        0
    );
    let aurora_now = app.pitch(&jury.aurora.0, &jury.aurora.1).await;
    assert_eq!(aurora_now["status"], "under_review", "{aurora_now}");
    let timeline: Vec<&str> = aurora_now["timeline"]
        .as_array()
        .expect("timeline")
        .iter()
        .filter_map(|e| e["status"].as_str())
        .collect();
    assert_eq!(timeline.last(), Some(&"under_review"));
    assert_eq!(timeline.iter().filter(|s| **s == "under_review").count(), 1);
}

/// The decision email carries the reviewers' comments staff released to the team, or
/// says none were released yet and where they will appear.
#[tokio::test]
async fn the_decision_email_carries_the_released_feedback() {
    use backend::model::outbox;
    let app = spawn_app().await;
    let jury = app.jury("1").await;
    let (tidal, aurora) = (jury.tidal.2.clone(), jury.aurora.2.clone());
    let ada = app.me(Some(&jury.ada)).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    for pitch in [&tidal, &aurora] {
        let added = app
            .call(
                "judging/assign",
                Some(&jury.staff),
                &[("submission", pitch), ("investor", &ada)],
            )
            .await;
        assert_eq!(added.status, StatusCode::OK, "{}", added.body);
        app.scored(&jury.ada, pitch, "4").await;
    }
    let review = app
        .call(
            "judging/reviews",
            Some(&jury.staff),
            &[("submission", &tidal)],
        )
        .await
        .json()["reviews"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let released = app
        .call(
            "judging/release",
            Some(&jury.staff),
            &[("submission", &tidal), ("reviews[0]", &review)],
        )
        .await;
    assert_eq!(released.status, StatusCode::OK, "{}", released.body);
    for (pitch, decision) in [(&tidal, "accept"), (&aurora, "reject")] {
        let decided = app
            .call(
                "judging/decide",
                Some(&jury.staff),
                &[("ids[0]", pitch), ("decision", decision)],
            )
            .await;
        assert_eq!(decided.status, StatusCode::OK, "{}", decided.body);
    }
    let mails = outbox::Entity::find().all(&app.db).await.unwrap();
    let decision_to = |to: &str, subject: &str| {
        mails
            .iter()
            .find(|m| m.to_email == to && m.subject == subject)
            .unwrap_or_else(|| panic!("no '{subject}' email to {to}: {mails:?}"))
            .body
            .clone()
    };
    let accepted = decision_to("chen@tidalgrid.cn", "Your pitch: Accepted");
    assert!(
        accepted.contains("released this reviewer's comment to you")
            && accepted.contains("— Clear plan, thin traction."),
        "{accepted}"
    );
    assert!(
        !accepted.contains("Ask about the port pilot"),
        "a judge's private note never reaches founders"
    );
    assert!(accepted.contains(&format!("/startups/{}/pitch", jury.tidal.1)));
    let rejected = decision_to("dara@aurora-bio.sg", "Your pitch: Not selected");
    assert!(
        rejected.contains("No reviewers' feedback has been released to you yet")
            && !rejected.contains("Clear plan"),
        "{rejected}"
    );
}

/// The review page shows the deck inside it: the deck route answers inline for that view
/// (framable by our own pages only), stays a download otherwise, and in blind mode its
/// file name never names the startup.
#[tokio::test]
async fn the_deck_shows_inside_the_review_page_framed_by_our_own_pages_only() {
    let app = spawn_app().await;
    let jury = app.jury("1").await;
    let tidal = jury.tidal.2.clone();
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
    let blind = app
        .setup_with(&jury, "1", "on", "never", "", &[("blind", "on")])
        .await;
    assert_eq!(blind.status, StatusCode::OK, "{}", blind.body);
    let ada = app.me(Some(&jury.ada)).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let added = app
        .call(
            "judging/assign",
            Some(&jury.staff),
            &[("submission", &tidal), ("investor", &ada)],
        )
        .await;
    assert_eq!(added.status, StatusCode::OK, "{}", added.body);

    let inline_path = format!("/files/decks/{tidal}?view=inline");
    let inline = app.get(&inline_path, Some(&jury.ada)).await;
    assert_eq!(inline.status, StatusCode::OK);
    assert!(inline.body.starts_with("%PDF-"));
    let header_of =
        |reply: &Reply, name: header::HeaderName| reply.headers[name].to_str().unwrap().to_string();
    let disposition = header_of(&inline, header::CONTENT_DISPOSITION);
    assert!(disposition.starts_with("inline;"), "{disposition}");
    assert!(
        disposition.contains("filename=\"pitch-") && !disposition.contains("Tidal"),
        "blind: {disposition}"
    );
    let csp = header_of(&inline, header::CONTENT_SECURITY_POLICY);
    assert!(csp.contains("frame-ancestors 'self'"), "{csp}");
    assert!(csp.contains("default-src 'none'"), "{csp}");
    assert_eq!(header_of(&inline, header::X_FRAME_OPTIONS), "SAMEORIGIN");
    assert_eq!(
        header_of(&inline, header::CACHE_CONTROL),
        "private, no-store"
    );

    // The download link still downloads, and nothing frames it.
    let download = app
        .get(&format!("/files/decks/{tidal}"), Some(&jury.ada))
        .await;
    assert_eq!(download.status, StatusCode::OK);
    assert!(header_of(&download, header::CONTENT_DISPOSITION).starts_with("attachment;"));
    assert_eq!(header_of(&download, header::X_FRAME_OPTIONS), "DENY");
    assert!(
        header_of(&download, header::CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'")
    );
    // Inline is no back door: a judge not on the pitch, or a visitor, gets 404.
    for who in [Some(&jury.bo), Some(&jury.cy), None] {
        assert_eq!(
            app.get(&inline_path, who.map(String::as_str)).await.status,
            StatusCode::NOT_FOUND
        );
    }

    // The review page embeds it (same origin only), with the download link beside it.
    let page = app
        .get(&format!("/investor/reviews/{tidal}"), Some(&jury.ada))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let simple = tidal.replace('-', "");
    assert!(
        page.body
            .contains(&format!("src=\"/files/decks/{simple}?view=inline\"")),
        "{}",
        page.body
    );
    assert!(page.body.contains("<iframe"));
    assert!(header_of(&page, header::CONTENT_SECURITY_POLICY).contains("frame-src 'self'"));
    assert!(!page.body.contains("Tidal Grid"), "blind review page");
}

#[test]
fn staff_anchor_the_score_points_and_judges_see_them_beside_the_buttons() {
    on_a_big_stack(|| async {
        let app = spawn_app().await;
        let jury = app.jury("2").await;
        let tidal = jury.tidal.2.clone();
        let current = app
            .call(
                "judging/setup",
                Some(&jury.staff),
                &[("edition", &jury.edition)],
            )
            .await
            .json();
        let rubric = current["form"]["rubric"].as_str().unwrap().to_string();
        let save = |anchors: String| {
            let (app, jury, rubric) = (&app, &jury, rubric.clone());
            async move {
                app.call(
                    "judging/setup/save",
                    Some(&jury.staff),
                    &[
                        ("edition", jury.edition.as_str()),
                        ("rubric", &rubric),
                        ("anchors", &anchors),
                        ("reviews_per_pitch", "2"),
                        ("phase_open", "on"),
                        ("visibility", "after_own"),
                    ],
                )
                .await
            }
        };

        // A point off the scale and a meaning over 120 characters: each named, typed kept.
        let long = "y".repeat(121);
        let typed = format!("Traction | 6 | beyond\nTraction | 1 | {long}");
        let bad = save(typed.clone()).await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.body);
        assert_eq!(
            bad.field_error("anchors").as_deref(),
            Some(
                "Line 1: \"Traction\" is scored from 1 to 5: anchor one of those points. \
                 Line 2: A point's meaning can be at most 120 characters (it has 121)."
            )
        );
        assert_eq!(
            bad.json()["Invalid"]["kept"]
                .as_array()
                .and_then(|k| k.iter().find(|p| p[0] == "anchors"))
                .map(|p| p[1].clone()),
            Some(Value::from(typed))
        );
        let unknown = save("Charisma | 3 | a".into()).await;
        assert_eq!(
            unknown.field_error("anchors").as_deref(),
            Some("Line 1: The rubric has no criterion \"Charisma\".")
        );

        let saved =
            save("Traction | 1 | no evidence\nTraction | 5 | proven with paying customers".into())
                .await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
        let setup = app
            .call(
                "judging/setup",
                Some(&jury.staff),
                &[("edition", &jury.edition)],
            )
            .await
            .json();
        assert_eq!(
            setup["form"]["anchors"],
            "Traction | 1 | no evidence\nTraction | 5 | proven with paying customers"
        );

        // The judge's form carries them on their criterion; the page shows them by the buttons.
        app.call(
            "judging/auto-assign",
            Some(&jury.staff),
            &[("edition", &jury.edition)],
        )
        .await;
        let form = app.review_form(&jury.ada, &tidal).await.json();
        let traction = form["criteria"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == "Traction")
            .expect("traction")
            .clone();
        assert_eq!(
            traction["anchors"],
            serde_json::json!([
                {"point": 1, "meaning": "no evidence"},
                {"point": 5, "meaning": "proven with paying customers"}
            ])
        );
        let page = app
            .get(&format!("/investor/reviews/{tidal}"), Some(&jury.ada))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body
                .contains(r#"title="proven with paying customers""#)
                && page.body.contains("<dd>no evidence</dd>"),
            "anchors beside the score buttons"
        );

        // Once reviews exist the rubric is locked, but anchors (like guidance) still change.
        app.score(&jury.ada, &tidal, "4", "yes").await;
        let changed = save("Traction | 3 | some pilots".into()).await;
        assert_eq!(changed.status, StatusCode::OK, "{}", changed.body);
        let form = app.review_form(&jury.ada, &tidal).await.json();
        assert!(form["criteria"].to_string().contains("some pilots"));
        assert!(!form["criteria"].to_string().contains("no evidence"));
    });
}

#[test]
fn the_review_setup_has_its_own_page_and_picks_any_edition() {
    on_a_big_stack(|| async {
        let app = spawn_app().await;
        let staff = app.staff().await;
        let current = app.edition(&staff, false).await;
        let old = app.edition(&staff, true).await;
        let make_current = app
            .call("editions/make-current", Some(&staff), &[("id", &current)])
            .await;
        assert!(make_current.status.is_success() || make_current.status.is_redirection());
        // The old edition gets its own rubric through the setup of that edition.
        let saved = app
            .call(
                "judging/setup/save",
                Some(&staff),
                &[
                    ("edition", old.as_str()),
                    ("rubric", "Grit | 10 | 5 | Do they keep going?"),
                    ("reviews_per_pitch", "2"),
                    ("visibility", "never"),
                ],
            )
            .await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);

        // Without an edition the setup page shows the current one, with a select of all.
        let page = app.get("/staff/judging/setup", Some(&staff)).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("<h1>Review setup</h1>"), "{}", page.body);
        assert!(page
            .body
            .contains(&format!(r#"<option value="{current}" selected"#)));
        assert!(page.body.contains(&format!(r#"<option value="{old}""#)));
        assert!(!page.body.contains("Grit | 10 | 5"));
        // Chosen by the select (a GET form): that edition's rubric, and a way back to its board.
        let page = app
            .get(&format!("/staff/judging/setup?edition={old}"), Some(&staff))
            .await;
        assert!(page.body.contains("Grit | 10 | 5 | Do they keep going?"));
        assert!(page
            .body
            .contains(&format!(r#"<option value="{old}" selected"#)));
        assert!(page
            .body
            .contains(&format!(r#"href="/staff/judging?edition={old}""#)));
        // The board no longer carries the setup form; it links to it.
        let board = app
            .get(&format!("/staff/judging?edition={old}"), Some(&staff))
            .await;
        assert!(!board.body.contains(r#"name="rubric""#));
        assert!(board
            .body
            .contains(&format!(r#"href="/staff/judging/setup?edition={old}""#)));
        // Saving without JavaScript returns to the setup page of the same edition.
        let back = post_without_javascript(
            &app,
            "judging/setup/save",
            &staff,
            &[
                ("edition", old.as_str()),
                ("rubric", "Grit | 10 | 5"),
                ("reviews_per_pitch", "2"),
                ("visibility", "never"),
            ],
        )
        .await;
        let location = back
            .headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        assert!(
            location.starts_with(&format!("/staff/judging/setup?edition={old}")),
            "{location}"
        );
        // Someone without the staff role gets no setup page.
        let ada = app.investor("ada@harbour.vc").await;
        let hidden = app.get("/staff/judging/setup", Some(&ada)).await;
        assert!(!hidden.body.contains(r#"name="rubric""#));
    });
}

/// The staff table reads a page's ids in order first (on SQLite from the startups' name
/// index), then the page's rows, and counts without the joins its filters do not need:
/// the same rows, order and totals as one query over the edition, on every page, in
/// both directions, and nothing of another edition.
#[tokio::test]
async fn the_staff_table_pages_in_name_order_and_counts_what_its_filters_find() {
    use backend::model::{startup, submission, track};
    use sea_orm::{ColumnTrait, QueryFilter};
    let app = spawn_app().await;
    let jury = app.jury("2").await;
    app.more_pitches(&jury, "Pitch", 60).await;
    // A startup of another edition whose name sorts among them never shows.
    let other: uuid::Uuid = app.edition(&jury.staff, true).await.parse().expect("uuid");
    let other_track = track::Entity::find()
        .filter(track::Column::EditionId.eq(other))
        .one(&app.db)
        .await
        .expect("query")
        .expect("track");
    let elsewhere = uuid::Uuid::new_v4();
    startup::Entity::insert(bulk::startup_row(
        elsewhere,
        "Pitch 30 elsewhere",
        domain::startup::Stage::Seed,
        "SG",
    ))
    .exec(&app.db)
    .await
    .expect("startup");
    submission::Entity::insert(bulk::submission_row(
        other,
        elsewhere,
        other_track.id,
        domain::submission::Status::UnderReview,
    ))
    .exec(&app.db)
    .await
    .expect("submission");

    let table = |pairs: Vec<(&'static str, String)>| {
        let app = &app;
        let jury = &jury;
        async move {
            let mut all: Vec<(&str, String)> = vec![("edition", jury.edition.clone())];
            all.extend(pairs);
            let args: Vec<(&str, &str)> = all.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let reply = app
                .call("staff/submissions", Some(&jury.staff), &args)
                .await;
            assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
            reply.json()
        }
    };
    let names = |t: &Value| -> Vec<String> {
        t["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .map(|r| r["startup_name"].as_str().expect("name").to_string())
            .collect()
    };
    let mut expected = vec!["Aurora Bio".to_string()];
    expected.extend((0..60).map(|i| format!("Pitch {i:02}")));
    expected.push("Tidal Grid".to_string());

    for (sort, order) in [
        ("name", expected.clone()),
        ("-name", {
            let mut r = expected.clone();
            r.reverse();
            r
        }),
    ] {
        let one = table(vec![("sort", sort.into())]).await;
        let two = table(vec![("sort", sort.into()), ("page", "2".into())]).await;
        assert_eq!(one["total"], 62, "{sort}");
        assert_eq!(one["pages"], 2, "{sort}");
        assert_eq!(names(&one).len(), 50, "{sort}: a full first page");
        let read: Vec<String> = names(&one).into_iter().chain(names(&two)).collect();
        assert_eq!(read, order, "{sort}: every row once, in order");
    }
    // Another order reads every row once across its pages too.
    let mut by_date: Vec<String> = names(&table(vec![("sort", "submitted".into())]).await);
    by_date.extend(names(
        &table(vec![("sort", "submitted".into()), ("page", "2".into())]).await,
    ));
    by_date.sort();
    let mut sorted = expected.clone();
    sorted.sort();
    assert_eq!(by_date, sorted);

    // Counts with and without the filters that need the startups.
    let tracks = table(vec![]).await["tracks"].clone();
    let mut per_track = 0;
    for t in tracks.as_array().expect("tracks") {
        let name = t.as_str().expect("track").to_string();
        per_track += table(vec![("track", name)]).await["total"]
            .as_u64()
            .expect("total");
    }
    assert_eq!(per_track, 62, "the tracks share the table");
    let searched = table(vec![("q", "pitch 3".into())]).await;
    assert_eq!(searched["total"], 10, "Pitch 30–39 of this edition only");
    let under_review = table(vec![("status", "under_review".into())]).await;
    assert_eq!(under_review["total"], 60);

    // A withdrawal moves the pitch between the status counts; it stays in the table.
    let withdrawn = app
        .call(
            "pitches/withdraw",
            Some(&jury.aurora.0),
            &[("submission_id", &jury.aurora.2)],
        )
        .await;
    assert_eq!(withdrawn.status, StatusCode::OK, "{}", withdrawn.body);
    assert_eq!(table(vec![]).await["total"], 62);
    let only_withdrawn = table(vec![("status", "withdrawn".into())]).await;
    assert_eq!(only_withdrawn["total"], 1);
    assert_eq!(names(&only_withdrawn), vec!["Aurora Bio".to_string()]);
    assert_eq!(
        table(vec![("status", "submitted".into())]).await["total"],
        1
    );
}
