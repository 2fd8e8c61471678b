//! The investor pipeline: a board per firm, moves and passes with their rules, the
//! funnel, private notes and tasks (404 to anyone outside the firm), what founders see
//! when an investor shares a stage, and the weekly digest sent once a week.

use super::*;
use chrono::{Duration, Utc};

/// An edition with three accepted, public startups; Ada and Ann of Harbour Ventures
/// (spelled differently: one board), Bo of another firm, Tidal Grid's founder, staff.
struct Desk {
    staff: String,
    ada: String,
    ann: String,
    bo: String,
    chen: String,
    tidal: String,
    kestrel: String,
    aurora: String,
}

impl TestApp {
    async fn with_firm(&self, cookie: &str, firm: &str) {
        let saved = self
            .call(
                "investors/profile/save",
                Some(cookie),
                &[
                    ("firm", firm),
                    ("title", "Partner"),
                    ("sectors", "AI, Clean energy"),
                    ("stages", "Seed"),
                    ("ticket_min", "500k"),
                    ("ticket_max", "3m"),
                    ("currency", "USD"),
                    ("geographies", "CN"),
                    ("portfolio", ""),
                ],
            )
            .await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    }

    async fn public_startup(&self, founder: &str, name: &str, edition: &str) -> String {
        let cookie = self.founder(founder).await;
        let startup = self.create_startup(&cookie, name).await;
        let saved = self.save_pitch(&cookie, &startup, edition, "save").await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
        self.set_status(&startup, domain::submission::Status::Accepted)
            .await;
        startup
    }

    async fn desk(&self) -> Desk {
        let staff = self.staff().await;
        let edition = self.edition(&staff, false).await;
        let tidal = self
            .public_startup("chen@tidalgrid.cn", "Tidal Grid", &edition)
            .await;
        let kestrel = self
            .public_startup("kim@kestrel.example", "Kestrel Power", &edition)
            .await;
        let aurora = self
            .public_startup("dara@aurora-bio.sg", "Aurora Bio", &edition)
            .await;
        let chen = self
            .log_in("chen@tidalgrid.cn", "founder-pass-1")
            .await
            .session_cookie()
            .expect("chen's session");
        let ada = self.investor("ada@harbour.vc").await;
        self.with_firm(&ada, "Harbour Ventures").await;
        let ann = self.investor("ann@harbour.vc").await;
        self.with_firm(&ann, "  harbour   VENTURES ").await;
        let bo = self.investor("bo@bocapital.example").await;
        self.with_firm(&bo, "Bo Capital").await;
        Desk {
            staff,
            ada,
            ann,
            bo,
            chen,
            tidal,
            kestrel,
            aurora,
        }
    }

    async fn add_card(&self, cookie: &str, startup: &str) -> String {
        let added = self
            .call(
                "pipeline/add",
                Some(cookie),
                &[("startup", startup), ("from", "board")],
            )
            .await;
        assert_eq!(added.status, StatusCode::OK, "{}", added.body);
        let board = self.pipeline_board(cookie).await;
        board["columns"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|col| col[1].as_array().cloned().unwrap_or_default())
            .chain(board["passed"].as_array().cloned().unwrap_or_default())
            .find(|c| c["startup_id"] == startup)
            .and_then(|c| c["id"].as_str().map(str::to_string))
            .expect("the card on the board")
    }

    async fn pipeline_board(&self, cookie: &str) -> Value {
        let board = self.call("pipeline/board", Some(cookie), &[]).await;
        assert_eq!(board.status, StatusCode::OK, "{}", board.body);
        board.json()
    }

    async fn pipeline_card(&self, cookie: &str, card: &str) -> Reply {
        self.call("pipeline/card", Some(cookie), &[("card", card)])
            .await
    }

    async fn move_card_to(&self, cookie: &str, card: &str, stage: &str, reason: &str) -> Reply {
        self.call(
            "pipeline/move",
            Some(cookie),
            &[("card", card), ("stage", stage), ("reason", reason)],
        )
        .await
    }
}

#[tokio::test]
async fn moves_follow_the_rules_a_pass_needs_a_reason_and_the_funnel_counts_where_deals_die() {
    let app = spawn_app().await;
    let d = app.desk().await;
    let tidal = app.add_card(&d.ada, &d.tidal).await;
    let kestrel = app.add_card(&d.ada, &d.kestrel).await;
    let aurora = app.add_card(&d.ada, &d.aurora).await;
    // Adding the same startup again keeps its one card.
    assert_eq!(app.add_card(&d.ada, &d.tidal).await, tidal);

    for stage in ["met", "due_diligence"] {
        let moved = app.move_card_to(&d.ada, &tidal, stage, "").await;
        assert_eq!(moved.status, StatusCode::OK, "{}", moved.body);
    }
    // An unknown stage: a clear message beside the field, what was typed kept.
    let unknown = app.move_card_to(&d.ada, &tidal, "closing", "").await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        unknown.field_error("stage").as_deref(),
        Some("\"closing\" is not a pipeline stage: choose one from the list.")
    );
    // A pass without a reason is refused.
    let no_reason = app.move_card_to(&d.ada, &tidal, "passed", "  ").await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        no_reason.field_error("reason").as_deref(),
        Some("Say why you pass: a pass needs a reason.")
    );
    let passed = app
        .move_card_to(&d.ada, &tidal, "passed", "Too early for our fund")
        .await;
    assert_eq!(passed.status, StatusCode::OK, "{}", passed.body);
    // A passed card does not move until revived.
    let stuck = app.move_card_to(&d.ada, &tidal, "term_sheet", "").await;
    assert_eq!(stuck.status, StatusCode::CONFLICT, "{}", stuck.body);

    // Kestrel skips ahead to the term sheet, then back two stages: only with a reason.
    let ahead = app.move_card_to(&d.ada, &kestrel, "term_sheet", "").await;
    assert_eq!(ahead.status, StatusCode::OK, "{}", ahead.body);
    let back = app.move_card_to(&d.ada, &kestrel, "met", "").await;
    assert_eq!(back.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        back.field_error("reason").as_deref(),
        Some("Moving a card back by more than one stage needs a reason.")
    );
    let back = app
        .move_card_to(&d.ada, &kestrel, "met", "Numbers changed")
        .await;
    assert_eq!(back.status, StatusCode::OK, "{}", back.body);
    let same = app.move_card_to(&d.ada, &aurora, "sourced", "").await;
    assert_eq!(same.status, StatusCode::CONFLICT);

    // Ann (same firm, spelled differently) sees the same board.
    let board = app.pipeline_board(&d.ann).await;
    assert_eq!(board["firm"], "harbour   VENTURES");
    assert_eq!(
        board["funnel"]["reached"],
        serde_json::json!([3, 2, 2, 1, 0])
    );
    assert_eq!(
        board["funnel"]["passed"],
        serde_json::json!([0, 0, 1, 0, 0])
    );
    assert_eq!(
        board["funnel"]["active"],
        serde_json::json!([1, 1, 0, 0, 0])
    );
    let passed = board["passed"].as_array().expect("passed");
    assert_eq!(passed.len(), 1);
    assert_eq!(passed[0]["stage"], "due_diligence");

    // Revived at the stage it died at; the history says who, from → to and why.
    let revived = app
        .call("pipeline/revive", Some(&d.ann), &[("card", &tidal)])
        .await;
    assert_eq!(revived.status, StatusCode::OK, "{}", revived.body);
    let again = app
        .call("pipeline/revive", Some(&d.ann), &[("card", &tidal)])
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let card = app.pipeline_card(&d.ada, &tidal).await.json();
    assert_eq!(card["stage"], "due_diligence");
    assert_eq!(card["passed"], false);
    let history: Vec<(String, String)> = card["history"]
        .as_array()
        .expect("history")
        .iter()
        .map(|m| {
            (
                m["event"].as_str().unwrap_or_default().to_string(),
                m["reason"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    assert_eq!(
        history,
        [
            ("added".into(), String::new()),
            ("moved".into(), String::new()),
            ("moved".into(), String::new()),
            ("passed".into(), "Too early for our fund".into()),
            ("revived".into(), String::new()),
        ]
    );
    assert_eq!(card["history"][3]["from"], "due_diligence");
}

#[tokio::test]
async fn a_card_and_its_notes_are_404_to_another_firm_to_the_founder_and_to_staff() {
    let app = spawn_app().await;
    let d = app.desk().await;
    let card = app.add_card(&d.ada, &d.tidal).await;
    let note = "Founder strong; <b>check</b> the </textarea> unit economics";
    let saved = app
        .call(
            "pipeline/note",
            Some(&d.ada),
            &[("card", &card), ("body", note)],
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    // The firm's other member reads it.
    let shared = app.pipeline_card(&d.ann, &card).await;
    assert_eq!(shared.status, StatusCode::OK, "{}", shared.body);
    assert_eq!(shared.json()["notes"][0]["body"], note);
    // Its page shows the note as text.
    let page = app.get(&format!("/pipeline/{card}"), Some(&d.ada)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("&lt;b&gt;check&lt;/b&gt;"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("<b>check</b>"));

    // Everyone else: not found, whatever they try.
    for (who, cookie) in [("bo", &d.bo), ("founder", &d.chen), ("staff", &d.staff)] {
        let read = app.pipeline_card(cookie, &card).await;
        assert_eq!(read.status, StatusCode::NOT_FOUND, "{who} read the card");
        let wrote = app
            .call(
                "pipeline/note",
                Some(cookie),
                &[("card", &card), ("body", "mine")],
            )
            .await;
        assert_eq!(wrote.status, StatusCode::NOT_FOUND, "{who} wrote a note");
        let moved = app.move_card_to(cookie, &card, "met", "").await;
        assert_eq!(moved.status, StatusCode::NOT_FOUND, "{who} moved the card");
        let shared = app
            .call(
                "pipeline/share",
                Some(cookie),
                &[("card", &card), ("share", "on")],
            )
            .await;
        assert_eq!(
            shared.status,
            StatusCode::NOT_FOUND,
            "{who} shared the card"
        );
    }
    // Bo's own board does not hold Ada's card; the founder has no board at all.
    assert!(app
        .pipeline_board(&d.bo)
        .await
        .to_string()
        .find(&card)
        .is_none());
    let founder_board = app.call("pipeline/board", Some(&d.chen), &[]).await;
    assert_eq!(founder_board.status, StatusCode::NOT_FOUND);

    // The founder sees nothing until Ada shares the stage, then the stage only.
    let seen = app.call("pipeline/shared", Some(&d.chen), &[]).await.json();
    assert_eq!(seen, serde_json::json!([]));
    let moved = app.move_card_to(&d.ada, &card, "term_sheet", "").await;
    assert_eq!(moved.status, StatusCode::OK);
    let on = app
        .call(
            "pipeline/share",
            Some(&d.ada),
            &[("card", &card), ("share", "on")],
        )
        .await;
    assert_eq!(on.status, StatusCode::OK, "{}", on.body);
    let seen = app.call("pipeline/shared", Some(&d.chen), &[]).await;
    assert_eq!(seen.status, StatusCode::OK);
    let seen = seen.json();
    assert_eq!(seen.as_array().map(Vec::len), Some(1), "{seen}");
    assert_eq!(seen[0]["stage"], "term_sheet");
    assert_eq!(seen[0]["startup_name"], "Tidal Grid");
    assert_eq!(
        seen[0]["investor"],
        "Ada Investor (Harbour Ventures · @harbour.vc)"
    );
    assert!(!seen.to_string().contains("unit economics"));
    let meetings = app.get("/meetings", Some(&d.chen)).await;
    assert!(meetings.body.contains("Term sheet"), "{}", meetings.body);
    assert!(!meetings.body.contains("unit economics"));
    // A passed card is never shown to founders, nor its reason.
    let passed = app
        .move_card_to(&d.ada, &card, "passed", "Valuation too high")
        .await;
    assert_eq!(passed.status, StatusCode::OK);
    let seen = app.call("pipeline/shared", Some(&d.chen), &[]).await.json();
    assert_eq!(seen, serde_json::json!([]));
    // Another founder sees nothing of it either.
    let other = app
        .log_in("kim@kestrel.example", "founder-pass-1")
        .await
        .session_cookie()
        .expect("kim");
    let seen = app.call("pipeline/shared", Some(&other), &[]).await.json();
    assert_eq!(seen, serde_json::json!([]));
}

#[tokio::test]
async fn a_firm_mate_in_conflict_with_the_startup_reads_none_of_the_firms_notes_on_it() {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, QueryFilter};
    let app = spawn_app().await;
    let d = app.desk().await;
    let card = app.add_card(&d.ada, &d.tidal).await;
    let saved = app
        .call(
            "pipeline/note",
            Some(&d.ada),
            &[("card", &card), ("body", "Valuation too rich; push back")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    assert_eq!(
        app.pipeline_card(&d.ann, &card).await.status,
        StatusCode::OK
    );
    // Ann declares a conflict with Tidal Grid's pitch (she advises its founders).
    let tidal: uuid::Uuid = d.tidal.parse().expect("tidal id");
    let pitch = backend::model::submission::Entity::find()
        .filter(backend::model::submission::Column::StartupId.eq(tidal))
        .one(&app.db)
        .await
        .expect("pitch")
        .expect("tidal's pitch");
    let ann_id: uuid::Uuid = app.me(Some(&d.ann)).await["id"]
        .as_str()
        .and_then(|s| s.parse().ok())
        .expect("ann id");
    backend::model::conflict::ActiveModel {
        submission_id: Set(pitch.id),
        investor_id: Set(ann_id),
        reason: Set("Advises the founders".into()),
        declared_at: Set(chrono::Utc::now()),
    }
    .insert(&app.db)
    .await
    .expect("conflict");
    let read = app.pipeline_card(&d.ann, &card).await;
    assert_eq!(read.status, StatusCode::NOT_FOUND, "{}", read.body);
    let moved = app.move_card_to(&d.ann, &card, "met", "").await;
    assert_eq!(moved.status, StatusCode::NOT_FOUND, "{}", moved.body);
    let board = app.pipeline_board(&d.ann).await;
    assert!(!board.to_string().contains("Tidal Grid"), "{board}");
    // Nor does the weekly digest tell her of a task on it Ada gave her before.
    let soon = (Utc::now() + Duration::days(2)).date_naive().to_string();
    let tasks_before = backend::model::deal_task::Entity::find()
        .all(&app.db)
        .await
        .expect("tasks")
        .len();
    let given = app
        .call(
            "pipeline/task",
            Some(&d.ada),
            &[
                ("card", &card),
                ("title", "Ask about the cap table"),
                ("due_on", &soon),
                ("owner", &ann_id.to_string()),
            ],
        )
        .await;
    assert_eq!(given.status, StatusCode::OK, "{}", given.body);
    assert_eq!(
        backend::model::deal_task::Entity::find()
            .all(&app.db)
            .await
            .expect("tasks")
            .len(),
        tasks_before + 1
    );
    backend::features::pipeline::digest::run(&app.db, Utc::now(), "http://pitchline.test")
        .await
        .expect("digest");
    let ann_email = app.me(Some(&d.ann)).await["email"]
        .as_str()
        .expect("email")
        .to_string();
    for (_, body) in super::languages::mails_to(&app, &ann_email).await {
        assert!(!body.contains("Ask about the cap table"), "{body}");
    }
    // Ada, without a conflict, still works the card.
    assert_eq!(
        app.pipeline_card(&d.ada, &card).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_task_needs_a_due_date_and_an_owner_of_the_firm_and_overdue_shows_on_board_and_card() {
    let app = spawn_app().await;
    let d = app.desk().await;
    let card = app.add_card(&d.ada, &d.kestrel).await;
    let no_date = app
        .call(
            "pipeline/task",
            Some(&d.ada),
            &[("card", &card), ("title", "Call the CFO"), ("due_on", "")],
        )
        .await;
    assert_eq!(no_date.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        no_date.field_error("due_on").as_deref(),
        Some("A task needs a due date.")
    );
    assert!(no_date.body.contains("Call the CFO"), "typed title kept");
    let bo_id = app.me(Some(&d.bo)).await["id"]
        .as_str()
        .unwrap_or("")
        .to_string();
    let bad = app
        .call(
            "pipeline/task",
            Some(&d.ada),
            &[
                ("card", &card),
                ("title", ""),
                ("due_on", "next friday"),
                ("owner", bo_id.as_str()),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        bad.field_error("due_on").as_deref(),
        Some("\"next friday\" is not a date: enter one like 2026-12-01.")
    );
    assert_eq!(
        bad.field_error("title").as_deref(),
        Some("Say what is to be done.")
    );
    assert_eq!(
        bad.field_error("owner").as_deref(),
        Some("Choose an owner from your firm's members.")
    );

    let yesterday = (Utc::now() - Duration::days(1)).date_naive().to_string();
    let ann_id = app.me(Some(&d.ann)).await["id"]
        .as_str()
        .expect("ann's id")
        .to_string();
    let added = app
        .call(
            "pipeline/task",
            Some(&d.ada),
            &[
                ("card", &card),
                ("title", "Send the data-room list"),
                ("due_on", &yesterday),
                ("owner", &ann_id),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::OK, "{}", added.body);
    let page = app.pipeline_card(&d.ann, &card).await.json();
    let task = &page["tasks"][0];
    assert_eq!(task["overdue"], true);
    assert_eq!(task["owner"], "Ada Investor");
    let board = app.pipeline_board(&d.ada).await;
    let sourced = &board["columns"][0][1][0];
    assert_eq!(sourced["overdue_tasks"], 1);
    assert_eq!(sourced["open_tasks"], 1);
    // Another firm cannot tick it.
    let id = task["id"].as_str().expect("task id");
    let theirs = app
        .call(
            "pipeline/task-done",
            Some(&d.bo),
            &[("task", id), ("done", "on")],
        )
        .await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
    let done = app
        .call(
            "pipeline/task-done",
            Some(&d.ann),
            &[("task", id), ("done", "on")],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    let page = app.pipeline_card(&d.ada, &card).await.json();
    assert_eq!(page["tasks"][0]["done"], true);
    assert_eq!(page["tasks"][0]["overdue"], false);
    assert_eq!(
        app.pipeline_board(&d.ada).await["columns"][0][1][0]["overdue_tasks"],
        0
    );
}

#[tokio::test]
async fn the_weekly_digest_goes_once_a_week_with_due_tasks_and_stale_cards() {
    let app = spawn_app().await;
    let d = app.desk().await;
    let card = app.add_card(&d.ada, &d.aurora).await;
    let soon = (Utc::now() + Duration::days(2)).date_naive().to_string();
    let added = app
        .call(
            "pipeline/task",
            Some(&d.ada),
            &[
                ("card", &card),
                ("title", "Reference calls"),
                ("due_on", &soon),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::OK, "{}", added.body);
    let before = app.outbox_bodies().await.len();
    let url = "http://pitchline.test";
    let now = Utc::now();
    // Two instances at once: one digest.
    let (a, b) = tokio::join!(
        backend::features::pipeline::digest::run(&app.db, now, url),
        backend::features::pipeline::digest::run(&app.db, now, url),
    );
    assert_eq!(a.expect("run a") + b.expect("run b"), 1);
    let bodies = app.outbox_bodies().await;
    assert_eq!(bodies.len(), before + 1);
    let digest = bodies
        .iter()
        .find(|b| b.contains("Your follow-up tasks"))
        .expect("the digest");
    assert!(digest.contains("Reference calls"), "{digest}");
    assert!(digest.contains("Aurora Bio"), "{digest}");
    assert!(
        digest.contains("http://pitchline.test/pipeline"),
        "{digest}"
    );
    // A second run in the same week sends nothing.
    let again = backend::features::pipeline::digest::run(&app.db, now, url)
        .await
        .expect("second run");
    assert_eq!(again, 0);
    assert_eq!(app.outbox_bodies().await.len(), before + 1);
    // Three weeks on: the task is overdue and the card stale (no change for 14 days);
    // a new week, a new digest, to Ada only (Ann owns nothing, but her board's card is
    // stale too, so she gets one as well).
    let later = now + Duration::days(21);
    let sent = backend::features::pipeline::digest::run(&app.db, later, url)
        .await
        .expect("a later week");
    assert_eq!(sent, 2);
    let digests: Vec<String> = app
        .outbox_bodies()
        .await
        .into_iter()
        .filter(|b| b.contains("Your follow-up tasks"))
        .collect();
    assert_eq!(digests.len(), 3);
    let overdue = digests
        .iter()
        .filter(|b| b.contains("OVERDUE since"))
        .count();
    assert_eq!(overdue, 1, "{digests:?}");
    let stale = digests
        .iter()
        .filter(|b| b.contains("- Aurora Bio\n"))
        .count();
    assert_eq!(stale, 2, "{digests:?}");
    // Staff may trigger a run by hand; it sends nothing twice.
    let by_hand = app.call("pipeline/digest", Some(&d.staff), &[]).await;
    assert_eq!(by_hand.status, StatusCode::OK, "{}", by_hand.body);
    assert_eq!(by_hand.json(), 0);
}
