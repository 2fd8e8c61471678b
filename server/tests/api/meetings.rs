//! Follow-up meeting requests: recommendations with their reasons, asking, answering,
//! quotas, conflicts, expiry, and who may see a request.

use super::*;
use backend::model::{meeting_request, meeting_rule};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};

/// An edition with two accepted startups and an investor whose thesis fits both, and
/// whose portfolio holds Tidal Grid (so that pair is conflicted).
struct Fair {
    staff: String,
    edition: String,
    ada: String,
    kestrel_founder: String,
    kestrel: String,
    tidal: String,
}

impl TestApp {
    async fn fair(&self) -> Fair {
        let staff = self.staff().await;
        let edition = self.edition(&staff, false).await;
        self.accepted_pitch("kim@kestrel.example", "Kestrel Power", &edition)
            .await;
        self.accepted_pitch("chen@tidalgrid.cn", "Tidal Grid", &edition)
            .await;
        let kestrel_founder = self
            .log_in("kim@kestrel.example", "founder-pass-1")
            .await
            .session_cookie()
            .expect("kim's session");
        let ada = self.investor("ada@fund.example").await;
        let saved = self
            .call(
                "investors/profile/save",
                Some(&ada),
                &[
                    ("firm", "Harbour Ventures"),
                    ("title", "Partner"),
                    ("sectors", "AI, Clean energy"),
                    ("stages", "Seed"),
                    ("ticket_min", "500k"),
                    ("ticket_max", "3m"),
                    ("currency", "USD"),
                    ("geographies", "CN"),
                    ("portfolio", "Tidal Grid"),
                ],
            )
            .await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
        let page = self.meetings(&kestrel_founder).await;
        let kestrel = page["founder"][0]["startup_id"]
            .as_str()
            .expect("kestrel id")
            .to_string();
        let chen = self
            .log_in("chen@tidalgrid.cn", "founder-pass-1")
            .await
            .session_cookie()
            .expect("chen's session");
        let tidal = self.meetings(&chen).await["founder"][0]["startup_id"]
            .as_str()
            .expect("tidal id")
            .to_string();
        Fair {
            staff,
            edition,
            ada,
            kestrel_founder,
            kestrel,
            tidal,
        }
    }

    pub(crate) async fn meetings(&self, cookie: &str) -> Value {
        let reply = self.call("meetings/page", Some(cookie), &[]).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        reply.json()
    }

    pub(crate) async fn ask_meeting(&self, cookie: &str, startup: &str, message: &str) -> Reply {
        self.call(
            "meetings/ask",
            Some(cookie),
            &[("startup", startup), ("message", message)],
        )
        .await
    }

    pub(crate) async fn answer_request(
        &self,
        cookie: &str,
        request: &str,
        reply: &str,
        text: &str,
    ) -> Reply {
        self.call(
            "meetings/reply",
            Some(cookie),
            &[("request", request), ("reply", reply), ("reply_text", text)],
        )
        .await
    }

    async fn set_meeting_rules(&self, edition: &str, investor_quota: i32, founders_ask: bool) {
        meeting_rule::ActiveModel {
            edition_id: Set(edition.parse().expect("edition id")),
            investor_quota: Set(investor_quota),
            startup_quota: Set(20),
            reply_hours: Set(72),
            pending_holds_slot: Set(false),
            founders_may_request: Set(founders_ask),
            released_at: Set(None),
            updated_at: Set(chrono::Utc::now()),
        }
        .insert(&self.db)
        .await
        .expect("meeting rules");
    }
}

pub(crate) fn only_request(page: &Value, side: &str) -> Value {
    let rows = match side {
        "investor" => &page["investor"]["requests"],
        _ => &page["founder"][0]["requests"],
    };
    let rows = rows.as_array().expect("requests");
    assert_eq!(rows.len(), 1, "{page}");
    rows[0].clone()
}

#[tokio::test]
async fn an_investor_sees_why_a_startup_fits_asks_for_a_meeting_and_the_founder_accepts() {
    let app = spawn_app().await;
    let f = app.fair().await;

    let page = app.meetings(&f.ada).await;
    let suggestions = page["investor"]["suggestions"].as_array().expect("list");
    // Tidal Grid is in Ada's portfolio: never recommended.
    assert_eq!(suggestions.len(), 1, "{page}");
    let kestrel = &suggestions[0];
    assert_eq!(kestrel["name"], "Kestrel Power");
    let reasons = kestrel["reasons"].to_string();
    for fact in [
        "Sectors",
        "clean energy",
        "Stage",
        "seed",
        "AskInTicket",
        "1500000",
        "Geography",
        "CN",
    ] {
        assert!(reasons.contains(fact), "{fact} in {reasons}");
    }
    assert!(kestrel["requested"].is_null());

    let asked = app
        .ask_meeting(&f.ada, &f.kestrel, "Your port storage fits our fund.")
        .await;
    assert_eq!(asked.status, StatusCode::OK, "{}", asked.body);
    let mail = app.outbox_bodies().await.join("\n");
    assert!(
        mail.contains("Ada Investor (Harbour Ventures) would like a follow-up meeting"),
        "{mail}"
    );
    assert!(mail.contains("Your port storage fits our fund."), "{mail}");

    let page = app.meetings(&f.ada).await;
    assert_eq!(page["investor"]["suggestions"][0]["requested"], "pending");
    assert_eq!(page["investor"]["live_requests"], 1);
    let mine = only_request(&page, "investor");
    assert_eq!(mine["status"], "pending");
    assert_eq!(mine["replies"], serde_json::json!(["Withdraw"]));

    let theirs = only_request(&app.meetings(&f.kestrel_founder).await, "founder");
    assert_eq!(theirs["investor_name"], "Ada Investor");
    assert_eq!(theirs["investor_firm"], "Partner, Harbour Ventures");
    assert_eq!(theirs["message"], "Your port storage fits our fund.");
    assert_eq!(
        theirs["replies"],
        serde_json::json!(["Accept", "Propose", "Decline"])
    );
    let id = theirs["id"].as_str().expect("request id");

    let accepted = app
        .answer_request(&f.kestrel_founder, id, "accept", "")
        .await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.body);
    let mine = only_request(&app.meetings(&f.ada).await, "investor");
    assert_eq!(mine["status"], "accepted");
    let mail = app.outbox_bodies().await.join("\n");
    assert!(
        mail.contains("Your meeting request with Kestrel Power is now: accepted."),
        "{mail}"
    );

    // A second click on Accept changes nothing and is no error.
    let again = app
        .answer_request(&f.kestrel_founder, id, "accept", "")
        .await;
    assert_eq!(again.status, StatusCode::OK, "{}", again.body);
    let _ = (&f.staff, &f.tidal);
}

#[tokio::test]
async fn conflicts_repeats_quotas_and_startups_not_taking_part_are_refused_in_words() {
    let app = spawn_app().await;
    let f = app.fair().await;

    let conflicted = app.ask_meeting(&f.ada, &f.tidal, "").await;
    assert_eq!(
        conflicted.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        conflicted.body
    );
    assert!(
        conflicted.body.contains("conflict of interest"),
        "{}",
        conflicted.body
    );

    assert_eq!(
        app.ask_meeting(&f.ada, &f.kestrel, "").await.status,
        StatusCode::OK
    );
    let twice = app.ask_meeting(&f.ada, &f.kestrel, "Again?").await;
    assert_eq!(
        twice.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        twice.body
    );
    assert!(
        twice.body.contains("already a meeting request"),
        "{}",
        twice.body
    );
    assert!(
        twice.body.contains("Again?"),
        "what was typed comes back: {}",
        twice.body
    );

    // A startup whose pitch is not accepted does not take part.
    let drafter = app.founder("dana@draft.example").await;
    let draft = app.create_startup(&drafter, "Draft Labs").await;
    let away = app.ask_meeting(&f.ada, &draft, "").await;
    assert_eq!(
        away.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        away.body
    );
    assert!(away.body.contains("not taking part"), "{}", away.body);

    // A quota of one: the second startup is refused until the first request is settled.
    let bo = app.investor("bo@fund.example").await;
    let other = app
        .accepted_pitch("lee@lumen.example", "Lumen Robotics", &f.edition)
        .await;
    let _ = other;
    app.set_meeting_rules(&f.edition, 1, false).await;
    assert_eq!(
        app.ask_meeting(&bo, &f.kestrel, "").await.status,
        StatusCode::OK
    );
    let lumen = app
        .log_in("lee@lumen.example", "founder-pass-1")
        .await
        .session_cookie()
        .expect("lee");
    let lumen_id = app.meetings(&lumen).await["founder"][0]["startup_id"]
        .as_str()
        .expect("lumen id")
        .to_string();
    let over = app.ask_meeting(&bo, &lumen_id, "").await;
    assert_eq!(
        over.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        over.body
    );
    assert!(
        over.body.contains("1 open meeting requests"),
        "{}",
        over.body
    );

    // A message too long is a field error, kept as typed.
    let long = "x".repeat(501);
    let bad = app.ask_meeting(&f.ada, &lumen_id, &long).await;
    assert!(bad.field_error("message").is_some(), "{}", bad.body);
    let _ = &f.staff;
}

#[tokio::test]
async fn a_request_is_seen_and_answered_by_its_two_sides_only() {
    let app = spawn_app().await;
    let f = app.fair().await;
    assert_eq!(
        app.ask_meeting(&f.ada, &f.kestrel, "Private note")
            .await
            .status,
        StatusCode::OK
    );
    let id = only_request(&app.meetings(&f.ada).await, "investor")["id"]
        .as_str()
        .expect("id")
        .to_string();

    let bo = app.investor("bo@fund.example").await;
    let chen = app
        .log_in("chen@tidalgrid.cn", "founder-pass-1")
        .await
        .session_cookie()
        .expect("chen");
    for outsider in [&bo, &chen, &f.staff] {
        let reply = app.answer_request(outsider, &id, "accept", "").await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{}", reply.body);
        let page = app.meetings(outsider).await;
        assert!(!page.to_string().contains("Private note"), "{page}");
    }
    // An id that is not one: not found, not a crash.
    let junk = app
        .answer_request(&f.ada, "not-an-id", "withdraw", "")
        .await;
    assert_eq!(junk.status, StatusCode::NOT_FOUND);
    // Logged out: asked to log in.
    let anonymous = app.call("meetings/page", None, &[]).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn other_times_need_their_words_the_asker_answers_them_and_turns_are_kept() {
    let app = spawn_app().await;
    let f = app.fair().await;
    assert_eq!(
        app.ask_meeting(&f.ada, &f.kestrel, "").await.status,
        StatusCode::OK
    );
    let id = only_request(&app.meetings(&f.ada).await, "investor")["id"]
        .as_str()
        .expect("id")
        .to_string();

    let empty = app
        .answer_request(&f.kestrel_founder, &id, "propose", " ")
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.field_error("reply_text").is_some(), "{}", empty.body);

    // The asker cannot accept their own request.
    let own = app.answer_request(&f.ada, &id, "accept", "").await;
    assert_eq!(own.status, StatusCode::CONFLICT, "{}", own.body);
    assert!(own.body.contains("other side answers"), "{}", own.body);

    let proposed = app
        .answer_request(&f.kestrel_founder, &id, "propose", "Thursday after 15:00")
        .await;
    assert_eq!(proposed.status, StatusCode::OK, "{}", proposed.body);
    let mine = only_request(&app.meetings(&f.ada).await, "investor");
    assert_eq!(mine["status"], "proposed");
    assert_eq!(mine["reply_text"], "Thursday after 15:00");
    assert_eq!(mine["replies"], serde_json::json!(["Accept", "Decline"]));

    let accepted = app.answer_request(&f.ada, &id, "accept", "").await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.body);
    assert_eq!(
        only_request(&app.meetings(&f.kestrel_founder).await, "founder")["status"],
        "accepted"
    );
    let unknown = app.answer_request(&f.ada, &id, "maybe", "").await;
    assert!(unknown.field_error("reply").is_some(), "{}", unknown.body);
}

#[tokio::test]
async fn an_unanswered_request_expires_at_its_deadline_and_frees_the_quota() {
    let app = spawn_app().await;
    let f = app.fair().await;
    app.set_meeting_rules(&f.edition, 1, false).await;
    assert_eq!(
        app.ask_meeting(&f.ada, &f.kestrel, "").await.status,
        StatusCode::OK
    );
    let id: uuid::Uuid = only_request(&app.meetings(&f.ada).await, "investor")["id"]
        .as_str()
        .and_then(|s| s.parse().ok())
        .expect("id");
    // The deadline passes (the clock is the database's: move the deadline instead).
    let row = meeting_request::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .expect("read")
        .expect("row");
    let mut row: meeting_request::ActiveModel = row.into();
    row.expires_at = Set(chrono::Utc::now() - chrono::Duration::minutes(1));
    row.update(&app.db).await.expect("expire");

    let late = app
        .answer_request(&f.kestrel_founder, &id.to_string(), "accept", "")
        .await;
    assert_eq!(late.status, StatusCode::CONFLICT, "{}", late.body);
    assert!(late.body.contains("expired already"), "{}", late.body);
    let page = app.meetings(&f.ada).await;
    assert_eq!(only_request(&page, "investor")["status"], "expired");
    assert_eq!(page["investor"]["live_requests"], 0);
}

#[tokio::test]
async fn founders_ask_investors_only_where_staff_allow_it() {
    let app = spawn_app().await;
    let f = app.fair().await;
    let ada_id = backend::access::panel::investor_ids(&app.db, None)
        .await
        .expect("ids")[0]
        .to_string();
    let ask = |cookie: String| {
        let app = &app;
        let (kestrel, ada_id) = (f.kestrel.clone(), ada_id.clone());
        async move {
            app.call(
                "meetings/ask",
                Some(&cookie),
                &[
                    ("startup", &kestrel),
                    ("investor", &ada_id),
                    ("message", "Hello"),
                ],
            )
            .await
        }
    };
    let refused = ask(f.kestrel_founder.clone()).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );
    assert!(
        refused.body.contains("founders answer them"),
        "{}",
        refused.body
    );

    app.set_meeting_rules(&f.edition, 20, true).await;
    let page = app.meetings(&f.kestrel_founder).await;
    assert_eq!(
        page["founder"][0]["suggestions"][0]["name"], "Ada Investor",
        "{page}"
    );
    let asked = ask(f.kestrel_founder.clone()).await;
    assert_eq!(asked.status, StatusCode::OK, "{}", asked.body);
    // Ada answers the founders' request.
    let theirs = only_request(&app.meetings(&f.ada).await, "investor");
    assert_eq!(theirs["asked_by"], "founder");
    assert_eq!(
        theirs["replies"],
        serde_json::json!(["Accept", "Propose", "Decline"])
    );
    // Someone not on the team cannot ask in the startup's name.
    let chen = app
        .log_in("chen@tidalgrid.cn", "founder-pass-1")
        .await
        .session_cookie()
        .expect("chen");
    assert_eq!(ask(chen).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn concurrent_requests_for_one_pair_make_exactly_one() {
    let app = spawn_app().await;
    let f = app.fair().await;
    let replies = futures_util::future::join_all(
        (0..10).map(|_| app.ask_meeting(&f.ada, &f.kestrel, "Once")),
    )
    .await;
    let ok = replies
        .iter()
        .filter(|r| r.status == StatusCode::OK)
        .count();
    assert_eq!(
        ok,
        1,
        "{:?}",
        replies.iter().map(|r| r.status).collect::<Vec<_>>()
    );
    for r in replies.iter().filter(|r| r.status != StatusCode::OK) {
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
        assert!(r.body.contains("already a meeting request"), "{}", r.body);
    }
    let page = app.meetings(&f.ada).await;
    assert_eq!(
        page["investor"]["requests"].as_array().map(Vec::len),
        Some(1)
    );
}
