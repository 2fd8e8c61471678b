//! Live pitch sessions: opening from the released schedule, judges scoring on the day
//! (panel only, open sessions only, never conflicted, idempotent), the board, closing
//! with the ranking, awards and their release.

use super::rounds::user_id;
use super::*;

struct Live {
    staff: String,
    edition: String,
    session: String,
    /// Tidal Grid, Aurora Bio, Kestrel Pay, in running order.
    pitches: Vec<String>,
    ada: String,
    bo: String,
    /// An investor who sits on no panel.
    cy: String,
}

impl TestApp {
    /// One session with three pitches and a panel of Ada and Bo, released.
    async fn live(&self) -> Live {
        let r = self.rounds().await;
        let saved = self
            .save_session(
                &r.staff,
                &r.edition,
                &[("room", &r.hall_a), ("panel_max", "3")],
            )
            .await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
        let board = self.schedule(&r, false).await;
        let session = board["sessions"][0]["id"].as_str().expect("id").to_string();
        for (k, pitch) in r.pitches.iter().enumerate() {
            let placed = self
                .call(
                    "schedule/place",
                    Some(&r.staff),
                    &[
                        ("edition", &r.edition),
                        ("submission", pitch),
                        ("place", &format!("{session}/{k}")),
                    ],
                )
                .await;
            assert_eq!(placed.status, StatusCode::OK, "{}", placed.body);
        }
        for email in ["ada@harbour.vc", "bo@gmail.com"] {
            let id = user_id(self, email).await;
            let seated = self
                .call(
                    "schedule/seat",
                    Some(&r.staff),
                    &[
                        ("edition", &r.edition),
                        ("session", &session),
                        ("investor", &id),
                        ("seated", "on"),
                    ],
                )
                .await;
            assert_eq!(seated.status, StatusCode::OK, "{}", seated.body);
        }
        let released = self
            .call(
                "schedule/release",
                Some(&r.staff),
                &[("edition", &r.edition), ("name", "Programme v1")],
            )
            .await;
        assert_eq!(released.status, StatusCode::OK, "{}", released.body);
        let login = |email: &'static str| async move {
            self.log_in(email, "investor-pass-1")
                .await
                .session_cookie()
                .expect("session")
        };
        Live {
            ada: login("ada@harbour.vc").await,
            bo: login("bo@gmail.com").await,
            cy: login("cy@tidalgrid.cn").await,
            staff: r.staff,
            edition: r.edition,
            session,
            pitches: r.pitches,
        }
    }

    async fn staff_does(&self, l: &Live, endpoint: &str, extra: &[(&str, &str)]) -> Reply {
        let mut pairs = vec![("session", l.session.as_str())];
        pairs.extend_from_slice(extra);
        self.call(endpoint, Some(&l.staff), &pairs).await
    }

    async fn run_of_show(&self, l: &Live) -> Value {
        let reply = self.staff_does(l, "live/run", &[]).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        reply.json()
    }

    /// The rubric's form keys, from the judge's page.
    async fn rubric_keys(&self, l: &Live, judge: &str) -> Vec<String> {
        let page = self
            .call("live/judge", Some(judge), &[("session", &l.session)])
            .await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        page.json()["rubric"]
            .as_array()
            .expect("rubric")
            .iter()
            .map(|c| c["key"].as_str().expect("key").to_string())
            .collect()
    }

    async fn live_score(&self, l: &Live, judge: &str, submission: &str, value: &str) -> Reply {
        let keys = self.rubric_keys(l, judge).await;
        let fields: Vec<(String, String)> = keys
            .iter()
            .map(|k| (format!("scores[{k}]"), value.to_string()))
            .collect();
        let mut pairs: Vec<(&str, &str)> = vec![
            ("session", &l.session),
            ("submission", submission),
            ("comment", "Clear pitch."),
        ];
        pairs.extend(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        self.call("live/score", Some(judge), &pairs).await
    }

    async fn live_board(&self, l: &Live) -> Value {
        let reply = self.staff_does(l, "live/board", &[]).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        reply.json()
    }
}

fn cells_of(board: &Value, startup: &str) -> Vec<String> {
    board["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["startup"] == startup)
        .expect("row")["cells"]
        .as_array()
        .expect("cells")
        .iter()
        .map(|c| c.as_str().expect("cell").to_string())
        .collect()
}

async fn count<E>(app: &TestApp) -> u64
where
    E: sea_orm::EntityTrait,
    E::Model: Sync,
{
    use sea_orm::PaginatorTrait;
    E::find().count(&app.db).await.expect("count")
}

#[tokio::test]
async fn the_run_of_show_opens_from_the_released_schedule_and_judges_score_the_pitch_on_stage() {
    let app = spawn_app().await;
    let l = app.live().await;
    // Not opened yet: judges see nothing of it.
    let early = app
        .call(
            "live/score",
            Some(&l.bo),
            &[("session", &l.session), ("submission", &l.pitches[0])],
        )
        .await;
    assert_eq!(early.status, StatusCode::NOT_FOUND, "{}", early.body);

    let opened = app.staff_does(&l, "live/open", &[]).await;
    assert_eq!(opened.status, StatusCode::OK, "{}", opened.body);
    let show = app.run_of_show(&l).await;
    let names: Vec<&str> = show["pitches"]
        .as_array()
        .expect("pitches")
        .iter()
        .map(|p| p["startup"].as_str().expect("name"))
        .collect();
    assert_eq!(names, ["Tidal Grid", "Aurora Bio", "Kestrel Pay"]);
    assert_eq!(show["current"], Value::Null);
    assert_eq!(show["next"]["startup"], "Tidal Grid");

    // Next: Tidal Grid pitches, with a six-minute countdown.
    let next = app.staff_does(&l, "live/advance", &[]).await;
    assert_eq!(next.status, StatusCode::OK, "{}", next.body);
    let show = app.run_of_show(&l).await;
    assert_eq!(show["current"]["startup"], "Tidal Grid");
    assert_eq!(show["next"]["startup"], "Aurora Bio");
    assert_eq!(show["clock"]["phase"], "pitch");
    let left = show["clock"]["remaining_seconds"].as_i64().expect("secs");
    assert!((350..=360).contains(&left), "{left}");

    // Bo scores it; the board shows it; a second submit changes nothing in number.
    let page = app
        .call("live/judge", Some(&l.bo), &[("session", &l.session)])
        .await
        .json();
    assert_eq!(page["pitch"]["startup"], "Tidal Grid");
    let scored = app.live_score(&l, &l.bo, &l.pitches[0], "4").await;
    assert_eq!(scored.status, StatusCode::OK, "{}", scored.body);
    let rows_once = count::<backend::model::live_score::Entity>(&app).await;
    let again = app.live_score(&l, &l.bo, &l.pitches[0], "4").await;
    assert_eq!(again.status, StatusCode::OK, "{}", again.body);
    assert_eq!(
        count::<backend::model::live_score::Entity>(&app).await,
        rows_once
    );
    assert_eq!(count::<backend::model::live_verdict::Entity>(&app).await, 1);
    let board = app.live_board(&l).await;
    let judges: Vec<&str> = board["judges"]
        .as_array()
        .expect("judges")
        .iter()
        .map(|j| j.as_str().expect("name"))
        .collect();
    assert_eq!(judges.len(), 2, "{board}");
    assert!(cells_of(&board, "Tidal Grid").contains(&"scored".to_string()));
    assert!(cells_of(&board, "Tidal Grid").contains(&"missing".to_string()));
    assert_eq!(cells_of(&board, "Aurora Bio"), ["not_due", "not_due"]);

    // A judge outside the panel sees nothing of the session.
    let keys = app.rubric_keys(&l, &l.bo).await;
    let full: Vec<(String, &str)> = keys.iter().map(|k| (format!("scores[{k}]"), "4")).collect();
    let mut pairs: Vec<(&str, &str)> = vec![("session", &l.session), ("submission", &l.pitches[0])];
    pairs.extend(full.iter().map(|(k, v)| (k.as_str(), *v)));
    let outside = app.call("live/score", Some(&l.cy), &pairs).await;
    assert_eq!(outside.status, StatusCode::NOT_FOUND, "{}", outside.body);
    let outside_page = app
        .call("live/judge", Some(&l.cy), &[("session", &l.session)])
        .await;
    assert_eq!(outside_page.status, StatusCode::NOT_FOUND);

    // Ada lists Tidal Grid in her portfolio: conflicted, shown as such, her score 404s.
    let profile = app
        .call(
            "investors/profile/save",
            Some(&l.ada),
            &[
                ("firm", "Harbour"),
                ("title", "Partner"),
                ("sectors", "AI"),
                ("stages", "seed"),
                ("currency", "USD"),
                ("portfolio", "Tidal Grid"),
            ],
        )
        .await;
    assert_eq!(profile.status, StatusCode::OK, "{}", profile.body);
    let hidden = app.call("live/score", Some(&l.ada), &pairs).await;
    assert_eq!(hidden.status, StatusCode::NOT_FOUND, "{}", hidden.body);
    let board = app.live_board(&l).await;
    let mut tidal = cells_of(&board, "Tidal Grid");
    tidal.sort();
    assert_eq!(tidal, ["conflicted", "scored"]);
    // The staff's and the judge's pages are each other's 404s.
    let judge_at_staff = app
        .call("live/run", Some(&l.bo), &[("session", &l.session)])
        .await;
    assert_eq!(judge_at_staff.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn bad_live_scores_are_explained_beside_their_field_and_nothing_is_stored() {
    let app = spawn_app().await;
    let l = app.live().await;
    assert_eq!(
        app.staff_does(&l, "live/open", &[]).await.status,
        StatusCode::OK
    );
    assert_eq!(
        app.staff_does(&l, "live/advance", &[]).await.status,
        StatusCode::OK
    );
    let keys = app.rubric_keys(&l, &l.bo).await;
    assert!(keys.len() >= 2, "{keys:?}");

    let out_of_scale = app.live_score(&l, &l.bo, &l.pitches[0], "11").await;
    assert_eq!(out_of_scale.status, StatusCode::UNPROCESSABLE_ENTITY);
    let message = out_of_scale
        .field_error(&format!("scores[{}]", keys[0]))
        .expect("beside the criterion");
    assert!(message.contains("from 1 to"), "{message}");

    // One criterion left out.
    let only_first = format!("scores[{}]", keys[0]);
    let missing = app
        .call(
            "live/score",
            Some(&l.bo),
            &[
                ("session", &l.session),
                ("submission", &l.pitches[0]),
                (&only_first, "3"),
            ],
        )
        .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.field_error(&only_first).is_none());
    assert!(
        missing
            .field_error(&format!("scores[{}]", keys[1]))
            .is_some(),
        "{}",
        missing.body
    );

    // Aurora Bio is not on stage yet.
    let not_on_stage = app.live_score(&l, &l.bo, &l.pitches[1], "3").await;
    assert_eq!(not_on_stage.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        not_on_stage.field_error("submission").as_deref(),
        Some("This startup is not on stage in your session; score the one on stage or one that has pitched.")
    );
    assert_eq!(count::<backend::model::live_score::Entity>(&app).await, 0);
    assert_eq!(count::<backend::model::live_verdict::Entity>(&app).await, 0);

    // Without JavaScript the form comes back with what was typed.
    let back = app
        .post_from_page(
            "live/score",
            &l.bo,
            &format!("/judge/live/{}", l.session),
            &[
                ("session", &l.session),
                ("submission", &l.pitches[0]),
                (&only_first, "3"),
                ("comment", "Keep this"),
            ],
        )
        .await;
    assert!(back.status.is_redirection(), "{}", back.status);
    let location = back.headers[header::LOCATION].to_str().expect("location");
    assert!(
        location.contains(&format!("/judge/live/{}", l.session)),
        "{location}"
    );
    assert!(location.contains("__err="), "{location}");
}

#[tokio::test]
async fn two_judges_scoring_at_the_same_moment_both_land() {
    let app = spawn_app().await;
    let l = app.live().await;
    assert_eq!(
        app.staff_does(&l, "live/open", &[]).await.status,
        StatusCode::OK
    );
    assert_eq!(
        app.staff_does(&l, "live/advance", &[]).await.status,
        StatusCode::OK
    );
    let before = app.run_of_show(&l).await["version"].as_i64().expect("v");
    let (a, b) = tokio::join!(
        app.live_score(&l, &l.ada, &l.pitches[0], "5"),
        app.live_score(&l, &l.bo, &l.pitches[0], "2"),
    );
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert_eq!(b.status, StatusCode::OK, "{}", b.body);
    assert_eq!(count::<backend::model::live_verdict::Entity>(&app).await, 2);
    assert_eq!(
        cells_of(&app.live_board(&l).await, "Tidal Grid"),
        ["scored", "scored"]
    );
    let after = app.run_of_show(&l).await["version"].as_i64().expect("v");
    assert_eq!(after, before + 2, "each score moves the board's version");
}

#[tokio::test]
async fn closing_ranks_the_session_then_staff_mark_winners_and_release_them_to_the_agenda() {
    let app = spawn_app().await;
    let l = app.live().await;
    assert_eq!(
        app.staff_does(&l, "live/open", &[]).await.status,
        StatusCode::OK
    );
    // Tidal Grid pitches and takes questions; Aurora Bio is a no-show; Kestrel Pay is
    // moved up before it and pitches next.
    for _ in 0..2 {
        assert_eq!(
            app.staff_does(&l, "live/advance", &[]).await.status,
            StatusCode::OK
        );
    }
    assert_eq!(app.run_of_show(&l).await["clock"]["phase"], "qa");
    for (judge, value) in [(&l.ada, "5"), (&l.bo, "3")] {
        let s = app.live_score(&l, judge, &l.pitches[0], value).await;
        assert_eq!(s.status, StatusCode::OK, "{}", s.body);
    }
    let moved = app
        .staff_does(
            &l,
            "live/move",
            &[("submission", &l.pitches[2]), ("direction", "up")],
        )
        .await;
    assert_eq!(moved.status, StatusCode::OK, "{}", moved.body);
    let no_show = app
        .staff_does(
            &l,
            "live/mark",
            &[("submission", &l.pitches[1]), ("status", "no_show")],
        )
        .await;
    assert_eq!(no_show.status, StatusCode::OK, "{}", no_show.body);
    assert_eq!(
        app.staff_does(&l, "live/advance", &[]).await.status,
        StatusCode::OK
    );
    let show = app.run_of_show(&l).await;
    assert_eq!(show["current"]["startup"], "Kestrel Pay", "{show}");
    assert_eq!(show["pitches"][0]["status"], "pitched");
    for (judge, value) in [(&l.ada, "4"), (&l.bo, "2")] {
        let s = app.live_score(&l, judge, &l.pitches[2], value).await;
        assert_eq!(s.status, StatusCode::OK, "{}", s.body);
    }
    // Awards wait for the close.
    let early = app
        .staff_does(
            &l,
            "live/award",
            &[("submission", &l.pitches[0]), ("kind", "winner")],
        )
        .await;
    assert_eq!(early.status, StatusCode::CONFLICT, "{}", early.body);

    assert_eq!(
        app.staff_does(&l, "live/close", &[]).await.status,
        StatusCode::OK
    );
    let late = app.live_score(&l, &l.bo, &l.pitches[2], "5").await;
    assert_eq!(late.status, StatusCode::CONFLICT, "{}", late.body);

    let show = app.run_of_show(&l).await;
    let rows = show["result"]["rows"].as_array().expect("ranking");
    assert_eq!(rows.len(), 2, "{show}");
    assert_eq!(rows[0]["startup"], "Tidal Grid");
    assert_eq!(rows[0]["place"], 1);
    assert_eq!(rows[0]["scores"], 2);
    assert_eq!(rows[1]["startup"], "Kestrel Pay");
    // On the rubric's own 1–5 scale: the mean of a 5 and a 3.
    assert_eq!(show["result"]["scale_max"], 5);
    let raw = rows[0]["raw_mean"].as_f64().expect("raw");
    assert!((raw - 4.0).abs() < 1e-9, "{raw}");
    assert!(rows[0]["normalised_mean"].as_f64().is_some());
    let kestrel = show["pitches"]
        .as_array()
        .expect("pitches")
        .iter()
        .find(|p| p["startup"] == "Kestrel Pay")
        .expect("kestrel");
    assert_eq!(kestrel["status"], "pitched", "on stage at close");

    // Winner of its track and a named award; the same mark twice is one.
    for _ in 0..2 {
        let won = app
            .staff_does(
                &l,
                "live/award",
                &[("submission", &l.pitches[0]), ("kind", "winner")],
            )
            .await;
        assert_eq!(won.status, StatusCode::OK, "{}", won.body);
    }
    let unnamed = app
        .staff_does(
            &l,
            "live/award",
            &[
                ("submission", &l.pitches[2]),
                ("kind", "award"),
                ("name", " "),
            ],
        )
        .await;
    assert_eq!(unnamed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unnamed.field_error("name").is_some(), "{}", unnamed.body);
    let award = app
        .staff_does(
            &l,
            "live/award",
            &[
                ("submission", &l.pitches[2]),
                ("kind", "award"),
                ("name", "Best fintech"),
            ],
        )
        .await;
    assert_eq!(award.status, StatusCode::OK, "{}", award.body);
    assert_eq!(count::<backend::model::live_award::Entity>(&app).await, 2);

    // Nothing public before the release.
    let public = app
        .call("live/results", None, &[("edition", &l.edition)])
        .await;
    assert_eq!(public.json(), serde_json::json!([]));
    let mails_before = app.outbox_bodies().await.len();
    let released = app.staff_does(&l, "live/release", &[]).await;
    assert_eq!(released.status, StatusCode::OK, "{}", released.body);
    let public = app
        .call("live/results", None, &[("edition", &l.edition)])
        .await
        .json();
    assert_eq!(public[0]["winners"][0]["startup"], "Tidal Grid", "{public}");
    assert_eq!(public[0]["winners"][0]["kind"], "winner");
    assert_eq!(public[0]["winners"][0]["name"], "Clean energy");
    assert!(public.to_string().contains("Best fintech"));
    assert!(!public.to_string().contains("raw_mean"));
    let agenda = app
        .get(&format!("/agenda?edition={}", l.edition), None)
        .await;
    assert!(
        agenda.body.contains("Best fintech"),
        "the agenda page shows it"
    );
    // Tidal Grid's and Kestrel Pay's founders are told; Aurora Bio did not pitch.
    let mails = app.outbox_bodies().await;
    let new: Vec<&String> = mails[mails_before..].iter().collect();
    assert_eq!(new.len(), 2, "{new:?}");
    assert!(new
        .iter()
        .any(|b| b.contains("Tidal Grid won the Clean energy track.")));
    assert!(new
        .iter()
        .any(|b| b.contains("Kestrel Pay won “Best fintech”.")));
    // Releasing again emails nobody.
    assert_eq!(
        app.staff_does(&l, "live/release", &[]).await.status,
        StatusCode::OK
    );
    assert_eq!(app.outbox_bodies().await.len(), mails.len());
    // Released results stay as released: the session cannot be opened to rescore.
    let reopen = app.staff_does(&l, "live/open", &[]).await;
    assert_eq!(reopen.status, StatusCode::CONFLICT, "{}", reopen.body);
    assert!(
        reopen.body.contains("cannot be opened for scoring again"),
        "{}",
        reopen.body
    );
}

#[test]
fn the_pages_work_without_javascript_and_the_board_is_pushed() {
    on_a_big_stack(|| async {
        let app = spawn_app().await;
        let l = app.live().await;
        assert_eq!(
            app.staff_does(&l, "live/open", &[]).await.status,
            StatusCode::OK
        );
        assert_eq!(
            app.staff_does(&l, "live/advance", &[]).await.status,
            StatusCode::OK
        );
        let run = app
            .get(&format!("/staff/live/{}", l.session), Some(&l.staff))
            .await;
        assert_eq!(run.status, StatusCode::OK);
        assert!(run.body.contains("Now pitching") && run.body.contains("Tidal Grid"));
        let projector = app
            .get(
                &format!("/staff/live/{}/projector", l.session),
                Some(&l.staff),
            )
            .await;
        assert!(
            projector.body.contains("class=\"projector\""),
            "{}",
            projector.body
        );
        let judge = app
            .get(&format!("/judge/live/{}", l.session), Some(&l.bo))
            .await;
        assert_eq!(judge.status, StatusCode::OK);
        assert!(judge.body.contains("Tidal Grid") && judge.body.contains("Submit score"));
        assert!(judge.body.contains("type=\"radio\""));
        let home = app.get("/judge/live", Some(&l.bo)).await;
        assert!(home.body.contains("Clean energy I"), "{}", home.body);

        // The board's server push: staff only, and its first event is the board.
        let req = Request::get(format!("/staff/live/{}/events", l.session))
            .header(header::HOST, "127.0.0.1:3000")
            .header(header::COOKIE, &l.staff)
            .body(Body::empty())
            .expect("request");
        let res = app.router.clone().oneshot(req).await.expect("answer");
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(res.headers()[header::CONTENT_TYPE], "text/event-stream");
        let mut body = res.into_body();
        let frame = tokio::time::timeout(ANSWER_WITHIN, body.frame())
            .await
            .expect("first event in time")
            .expect("a frame")
            .expect("data");
        let text = String::from_utf8_lossy(frame.data_ref().expect("bytes")).into_owned();
        assert!(text.starts_with("event: board"), "{text}");
        assert!(
            text.contains("Tidal Grid") && text.contains("missing"),
            "{text}"
        );
        // A score moves the version; the next event carries it.
        let s = app.live_score(&l, &l.bo, &l.pitches[0], "4").await;
        assert_eq!(s.status, StatusCode::OK, "{}", s.body);
        let next = loop {
            let frame = tokio::time::timeout(ANSWER_WITHIN, body.frame())
                .await
                .expect("next event in time")
                .expect("a frame")
                .expect("data");
            if let Some(bytes) = frame.data_ref() {
                let text = String::from_utf8_lossy(bytes).into_owned();
                if text.starts_with("event: board") {
                    break text;
                }
            }
        };
        assert!(next.contains("scored"), "{next}");
        // Logging out ends the open stream: no board reaches a listener who left.
        let out = app.call("auth/log-out", Some(&l.staff), &[]).await;
        assert_eq!(out.status, StatusCode::OK, "{}", out.body);
        let ended = tokio::time::timeout(ANSWER_WITHIN, async {
            while let Some(frame) = body.frame().await {
                let frame = frame.expect("data");
                let text = String::from_utf8_lossy(frame.data_ref().map_or(&[][..], |b| &b[..]))
                    .into_owned();
                assert!(!text.starts_with("event: board"), "{text}");
            }
        })
        .await;
        assert!(ended.is_ok(), "the stream went on after log-out");
        let as_judge = app
            .get(&format!("/staff/live/{}/events", l.session), Some(&l.bo))
            .await;
        assert_eq!(as_judge.status, StatusCode::NOT_FOUND);
    });
}

impl TestApp {
    /// A staff action on the session that must succeed.
    async fn staff_ok(&self, l: &Live, endpoint: &str, extra: &[(&str, &str)]) {
        let reply = self.staff_does(l, endpoint, extra).await;
        assert_eq!(reply.status, StatusCode::OK, "{endpoint}: {}", reply.body);
    }

    async fn stage_keys(&self, l: &Live) -> Vec<(String, bool)> {
        self.run_of_show(l).await["stage"]
            .as_array()
            .expect("stage")
            .iter()
            .map(|c| {
                (
                    c["key"].as_str().expect("key").to_string(),
                    c["chosen"].as_bool().expect("chosen"),
                )
            })
            .collect()
    }

    async fn set_stage(&self, l: &Live, keys: &[&str]) -> Reply {
        let fields: Vec<(String, &str)> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| (format!("criteria[{i}]"), *k))
            .collect();
        let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        self.staff_does(l, "live/stage", &pairs).await
    }

    /// Scores `submission` with `value` for each of `keys` only.
    async fn score_keys(
        &self,
        l: &Live,
        judge: &str,
        submission: &str,
        keys: &[String],
        value: &str,
    ) -> Reply {
        let fields: Vec<(String, String)> = keys
            .iter()
            .map(|k| (format!("scores[{k}]"), value.to_string()))
            .collect();
        let mut pairs: Vec<(&str, &str)> =
            vec![("session", &l.session), ("submission", submission)];
        pairs.extend(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        self.call("live/score", Some(judge), &pairs).await
    }
}

#[tokio::test]
async fn a_stage_rubric_set_by_staff_is_what_judges_score_and_it_is_fixed_once_scored() {
    let app = spawn_app().await;
    let l = app.live().await;
    // Before opening: the whole rubric, every criterion ticked.
    let stage = app.stage_keys(&l).await;
    assert!(stage.len() >= 3, "{stage:?}");
    assert!(stage.iter().all(|(_, chosen)| *chosen));
    let keys: Vec<String> = stage.iter().map(|(k, _)| k.clone()).collect();

    // Nothing ticked (or only keys that are no criterion): a problem beside the list.
    for ticked in [vec![], vec!["c0000"]] {
        let none = app.set_stage(&l, &ticked).await;
        assert_eq!(
            none.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            none.body
        );
        assert_eq!(
            none.field_error("criteria").as_deref(),
            Some("Choose at least one criterion for the stage rubric.")
        );
    }
    // Two criteria on stage.
    let saved = app.set_stage(&l, &[&keys[2], &keys[0]]).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let stage = app.stage_keys(&l).await;
    let chosen: Vec<&String> = stage.iter().filter(|(_, c)| *c).map(|(k, _)| k).collect();
    assert_eq!(chosen, [&keys[0], &keys[2]], "in rubric order");

    app.staff_ok(&l, "live/open", &[]).await;
    app.staff_ok(&l, "live/advance", &[]).await;
    // The judge's phone shows only those two.
    let on_phone = app.rubric_keys(&l, &l.bo).await;
    assert_eq!(on_phone, [keys[0].clone(), keys[2].clone()]);
    let page = app
        .get(&format!("/judge/live/{}", l.session), Some(&l.bo))
        .await;
    assert_eq!(
        page.body.matches("class=\"criterion").count(),
        2,
        "{}",
        page.body
    );

    // Missing is only a stage criterion missing; the others are not asked for.
    let half = app
        .score_keys(&l, &l.bo, &l.pitches[0], &keys[..1], "4")
        .await;
    assert_eq!(half.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        half.field_error(&format!("scores[{}]", keys[2])).is_some(),
        "{}",
        half.body
    );
    assert!(
        half.field_error(&format!("scores[{}]", keys[1])).is_none(),
        "{}",
        half.body
    );
    for judge in [&l.ada, &l.bo] {
        let scored = app
            .score_keys(
                &l,
                judge,
                &l.pitches[0],
                &[keys[0].clone(), keys[2].clone()],
                "4",
            )
            .await;
        assert_eq!(scored.status, StatusCode::OK, "{}", scored.body);
    }
    // Scores are in: the stage rubric stays as it is.
    let late = app.set_stage(&l, &[&keys[0]]).await;
    assert_eq!(late.status, StatusCode::CONFLICT, "{}", late.body);
    assert!(
        late.body.contains(
            "Judges have already scored in this session, so its stage rubric can no longer change."
        ),
        "{}",
        late.body
    );
    assert_eq!(app.run_of_show(&l).await["stage_locked"], true);

    // All 4s on a 1–5 rubric read 4.00, and the page says what the scale is.
    app.staff_ok(&l, "live/close", &[]).await;
    let show = app.run_of_show(&l).await;
    let row = &show["result"]["rows"][0];
    assert_eq!(row["startup"], "Tidal Grid");
    assert_eq!(row["scores"], 2);
    let raw = row["raw_mean"].as_f64().expect("raw");
    assert!((raw - 4.0).abs() < 1e-9, "{raw}");
    let html = app
        .get(&format!("/staff/live/{}", l.session), Some(&l.staff))
        .await;
    assert!(html.body.contains(">4.00<"), "{}", html.body);
    assert!(html.body.contains("Judges who scored"));
    assert!(html.body.contains("Raw mean (1–5)"), "{}", html.body);
    assert!(html.body.contains("Means are on the rubric's 1–5 scale"));
    assert!(html
        .body
        .contains("Judges have scored with this stage rubric"));
}

#[test]
fn judges_see_a_session_only_once_staff_open_it() {
    on_a_big_stack(|| async {
        let app = spawn_app().await;
        let l = app.live().await;
        // Released with Bo on its panel, not opened: nothing of it for him yet.
        let list = app.call("live/judge/sessions", Some(&l.bo), &[]).await;
        assert_eq!(list.status, StatusCode::OK, "{}", list.body);
        assert_eq!(list.json()["sessions"], serde_json::json!([]));
        let page = app
            .call("live/judge", Some(&l.bo), &[("session", &l.session)])
            .await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{}", page.body);
        let html = app
            .get(&format!("/judge/live/{}", l.session), Some(&l.bo))
            .await;
        assert!(!html.body.contains("Submit score"));
        // The header offers investors "Live judging".
        let home = app.get("/judge/live", Some(&l.bo)).await;
        assert!(home.body.contains("href=\"/judge/live\""), "{}", home.body);
        assert!(!home.body.contains("Clean energy I"), "{}", home.body);

        app.staff_ok(&l, "live/open", &[]).await;
        let list = app
            .call("live/judge/sessions", Some(&l.bo), &[])
            .await
            .json();
        assert_eq!(list["sessions"][0]["title"], "Clean energy I", "{list}");
        let page = app
            .call("live/judge", Some(&l.bo), &[("session", &l.session)])
            .await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        // Cy sits on no panel: still nothing.
        let cy = app
            .call("live/judge/sessions", Some(&l.cy), &[])
            .await
            .json();
        assert_eq!(cy["sessions"], serde_json::json!([]));
    });
}

#[test]
fn a_closed_session_offers_no_running_order_actions_and_a_given_award_is_not_offered_again() {
    on_a_big_stack(|| async {
        let app = spawn_app().await;
        let l = app.live().await;
        let page = || async {
            app.get(&format!("/staff/live/{}", l.session), Some(&l.staff))
                .await
                .body
        };
        // Before opening: "Open for scoring" is the one action.
        let before = page().await;
        assert!(before.contains("Open for scoring"), "{before}");
        assert!(!before.contains("Yes, close the session"));

        app.staff_ok(&l, "live/open", &[]).await;
        let open = page().await;
        assert!(
            open.contains("Next (pitch → Q&amp;A → next startup)"),
            "{open}"
        );
        assert!(open.contains("Move Tidal Grid up"));
        // Closing asks first, without JavaScript: a disclosure with the real button.
        assert!(open.contains("<details class=\"confirm-step\">"), "{open}");
        assert!(open.contains("Yes, close the session"));
        // Walk to the end: the last step ends the pitch; then nothing is next.
        // Tidal Grid and Aurora Bio pitch and answer; Kestrel Pay, the last, takes questions.
        for _ in 0..6 {
            app.staff_ok(&l, "live/advance", &[]).await;
        }
        let last = page().await;
        assert!(last.contains("Kestrel Pay"));
        assert!(
            last.contains("End this pitch (nobody is waiting)"),
            "{last}"
        );
        app.staff_ok(&l, "live/advance", &[]).await;
        let done = page().await;
        assert!(!done.contains("Next (pitch"), "{done}");
        assert!(!done.contains("End this pitch"), "{done}");
        for (judge, value) in [(&l.ada, "4"), (&l.bo, "3")] {
            let s = app.live_score(&l, judge, &l.pitches[0], value).await;
            assert_eq!(s.status, StatusCode::OK, "{}", s.body);
        }

        app.staff_ok(&l, "live/close", &[]).await;
        let closed = page().await;
        assert!(!closed.contains(">Open for scoring<"), "{closed}");
        assert!(closed.contains("Reopen for scoring"));
        assert!(!closed.contains("Move Tidal Grid up"), "{closed}");
        assert!(!closed.contains("Next (pitch"));
        assert!(!closed.contains("name=\"status\""), "no marks after close");
        assert!(closed.contains("Winner of its track (Tidal Grid)"));
        let won = app
            .staff_does(
                &l,
                "live/award",
                &[("submission", &l.pitches[0]), ("kind", "winner")],
            )
            .await;
        assert_eq!(won.status, StatusCode::OK, "{}", won.body);
        let finalist = app
            .staff_does(
                &l,
                "live/award",
                &[("submission", &l.pitches[0]), ("kind", "finalist")],
            )
            .await;
        assert_eq!(finalist.status, StatusCode::OK, "{}", finalist.body);
        let given = page().await;
        assert!(!given.contains("Winner of its track"), "{given}");
        assert!(!given.contains("Finalist (Tidal Grid)"), "{given}");

        // Founders see their awards on their pitch page once released, not before.
        let awards = |who: Option<String>| {
            let (app, pitch) = (&app, l.pitches[0].clone());
            async move {
                let reply = app
                    .call(
                        "live/pitch-awards",
                        who.as_deref(),
                        &[("submission", &pitch)],
                    )
                    .await;
                assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
                reply.json()
            }
        };
        assert_eq!(awards(None).await, serde_json::json!([]));
        app.staff_ok(&l, "live/release", &[]).await;
        let released = page().await;
        assert!(
            !released.contains("Reopen for scoring"),
            "refused after release: not offered"
        );
        let out = awards(None).await;
        assert_eq!(out[0]["session"], "Clean energy I", "{out}");
        assert_eq!(out[0]["awards"][0]["kind"], "winner");
        assert_eq!(out[0]["awards"][1]["kind"], "finalist");
        let founder = app
            .log_in("chen@tidalgrid.cn", "founder-pass-1")
            .await
            .session_cookie()
            .expect("founder");
        let startup = app.call("startups/mine", Some(&founder), &[]).await.json()[0]["id"]
            .as_str()
            .expect("startup id")
            .to_string();
        let pitch_page = app
            .get(&format!("/startups/{startup}/pitch"), Some(&founder))
            .await;
        assert!(
            pitch_page.body.contains("Your results on stage"),
            "{}",
            pitch_page.body
        );
        assert!(
            pitch_page.body.contains("Winner · Clean energy"),
            "{}",
            pitch_page.body
        );
        assert!(pitch_page.body.contains("Finalist"));
    });
}
