//! Signed agreements: who records what (staff any; the two parties their own, with
//! someone they really met; anyone else 404), what a party records waiting for the
//! other side's confirmation before it counts, bad input named beside each field with
//! what was typed kept, the edition's totals matching its confirmed agreements (by
//! currency, converted at staff's rates, per track and per country), and each party's
//! own list.

use super::meetings::only_request;
use super::*;

impl TestApp {
    async fn record(&self, cookie: &str, pairs: &[(&str, &str)]) -> Reply {
        self.call("deals/record", Some(cookie), pairs).await
    }

    /// `investor` asks `startup` for a meeting and its founder accepts: they have met.
    async fn met(&self, investor: &str, founder: &str, startup: &str) -> String {
        let asked = self.ask_meeting(investor, startup, "Let's talk").await;
        assert_eq!(asked.status, StatusCode::OK, "{}", asked.body);
        let request = only_request(&self.meetings(founder).await, "founder");
        let id = request["id"].as_str().expect("request id").to_string();
        let accepted = self.answer_request(founder, &id, "accept", "").await;
        assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.body);
        id
    }

    async fn answer_agreement(&self, cookie: &str, agreement: &str, answer: &str) -> Reply {
        self.call(
            "deals/answer",
            Some(cookie),
            &[("agreement", agreement), ("answer", answer)],
        )
        .await
    }

    async fn deals_staff(&self, staff: &str, edition: &str) -> Value {
        let reply = self
            .call("deals/staff", Some(staff), &[("edition", edition)])
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        reply.json()
    }
}

fn refs<'a>(pairs: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    pairs.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

#[tokio::test]
async fn totals_match_the_agreements_with_conversion_per_track_and_country() {
    let app = spawn_app().await;
    let b = app.needs_board().await;
    let kestrel = app.call("startups/mine", Some(&b.kim), &[]).await.json()[0]["id"]
        .as_str()
        .expect("kestrel")
        .to_string();
    let ada_id = app.me(Some(&b.ada)).await["id"]
        .as_str()
        .expect("ada")
        .to_string();
    // A startup without a pitch in the edition counts for none of its results.
    let unpitched = app
        .record(
            &b.staff,
            &[
                ("startup", &kestrel),
                ("counterparty", &ada_id),
                ("kind", "mou"),
                ("amount", "0"),
                ("currency", "CNY"),
                ("signed_on", "2026-01-15"),
                ("edition", &b.edition),
            ],
        )
        .await;
    assert_eq!(unpitched.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        unpitched.field_error("startup").as_deref(),
        Some("Choose a startup from the list.")
    );
    // Kestrel Power pitches (in "Clean energy" too; still under review).
    let saved = app.save_pitch(&b.kim, &kestrel, &b.edition, "save").await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    app.set_status(&kestrel, domain::submission::Status::Submitted)
        .await;
    let agreements: [(&str, &str, &str, &str); 3] = [
        (b.tidal.as_str(), "investment", "2,000,000", "USD"),
        (b.tidal.as_str(), "purchase", "10m", "CNY"),
        (kestrel.as_str(), "mou", "0", "CNY"),
    ];
    for (startup, kind, amount, currency) in agreements {
        let saved = app
            .record(
                &b.staff,
                &[
                    ("startup", startup),
                    ("counterparty", &ada_id),
                    ("kind", kind),
                    ("amount", amount),
                    ("currency", currency),
                    ("signed_on", "2026-01-15"),
                    ("edition", &b.edition),
                    ("back", "staff"),
                ],
            )
            .await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    }
    let page = app.deals_staff(&b.staff, &b.edition).await;
    assert_eq!(page["agreements"].as_array().map(Vec::len), Some(3));
    let all = &page["totals"]["all"];
    assert_eq!(all["count"], 3);
    assert_eq!(
        all["by_currency"],
        serde_json::json!([["CNY", 10_000_000], ["USD", 2_000_000]])
    );
    // No rates yet: nothing converted, the currencies named.
    assert_eq!(page["reporting"], "");
    let rates = app
        .call(
            "deals/rates",
            Some(&b.staff),
            &[
                ("edition", &b.edition),
                ("reporting", "CNY"),
                ("rates", "USD 7.1234565"),
            ],
        )
        .await;
    assert_eq!(
        rates.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        rates.body
    );
    assert!(
        rates.body.contains("Line 1: A rate must be"),
        "{}",
        rates.body
    );
    assert!(
        rates.body.contains("USD 7.1234565"),
        "what was typed is kept: {}",
        rates.body
    );
    let rates = app
        .call(
            "deals/rates",
            Some(&b.staff),
            &[
                ("edition", &b.edition),
                ("reporting", "CNY"),
                ("rates", "1 USD = 7.123455 CNY"),
            ],
        )
        .await;
    assert_eq!(rates.status, StatusCode::OK, "{}", rates.body);
    let page = app.deals_staff(&b.staff, &b.edition).await;
    assert_eq!(page["reporting"], "CNY");
    assert_eq!(page["rates"], "USD 7.123455");
    // 10,000,000 CNY + 2,000,000 × 7.123455 = 24,246,910.00 CNY (in fen).
    assert_eq!(page["totals"]["all"]["converted_minor"], 2_424_691_000i64);
    assert_eq!(page["totals"]["all"]["unconverted"], serde_json::json!([]));
    // Per track: both pitched in "Clean energy".
    let tracks = page["totals"]["by_track"].as_array().expect("tracks");
    assert_eq!(tracks.len(), 1);
    assert_eq!(tracks[0][0], "Clean energy");
    assert_eq!(tracks[0][1]["count"], 3);
    assert_eq!(tracks[0][1]["converted_minor"], 2_424_691_000i64);
    let countries = page["totals"]["by_country"].as_array().expect("countries");
    assert_eq!(countries.len(), 1);
    assert_eq!(countries[0][0], "CN");
    assert_eq!(countries[0][1]["count"], 3);
    // The sum of the agreements as stored equals the totals.
    let stored: i64 = backend::model::agreement::Entity::find()
        .all(&app.db)
        .await
        .expect("agreements")
        .iter()
        .filter(|a| a.currency == "CNY")
        .map(|a| a.amount)
        .sum();
    assert_eq!(stored, 10_000_000);
    // The staff page renders.
    let html = app
        .get(
            &format!("/staff/deals?edition={}", b.edition),
            Some(&b.staff),
        )
        .await;
    assert_eq!(html.status, StatusCode::OK);
    assert!(
        html.body.contains("3 agreements"),
        "{}",
        &html.body[..html.body.len().min(400)]
    );
}

#[tokio::test]
async fn the_parties_record_with_whom_they_met_and_it_counts_once_the_other_side_confirms() {
    let app = spawn_app().await;
    let b = app.needs_board().await;
    let ada_id = app.me(Some(&b.ada)).await["id"]
        .as_str()
        .expect("ada")
        .to_string();
    let founder_records = |counterparty: &'static str| {
        [
            ("startup", b.tidal.clone()),
            ("counterparty", counterparty.to_string()),
            ("kind", "investment".to_string()),
            ("amount", "1.5m".to_string()),
            ("currency", "USD".to_string()),
            ("signed_on", "2026-02-01".to_string()),
        ]
    };
    // Before they met, the investor is no counterparty Tidal Grid may name, and the
    // founder's form lists nobody.
    let mut form = founder_records("_").to_vec();
    form[1].1 = ada_id.clone();
    let unmet = app.record(&b.chen, &refs(&form)).await;
    assert_eq!(
        unmet.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        unmet.body
    );
    assert!(
        unmet.body.contains("Choose a counterparty from the list."),
        "{}",
        unmet.body
    );
    let chen = app.call("deals/mine", Some(&b.chen), &[]).await.json();
    assert_eq!(chen["counterparties"], serde_json::json!([]));
    // After an accepted meeting the investor is listed, and the meeting too.
    let request = app.met(&b.ada, &b.chen, &b.tidal).await;
    let chen = app.call("deals/mine", Some(&b.chen), &[]).await.json();
    assert_eq!(chen["counterparties"].as_array().map(Vec::len), Some(1));
    assert_eq!(chen["counterparties"][0]["id"], ada_id.as_str());
    assert_eq!(chen["meetings"][0]["id"], request.as_str());
    form.push(("meeting", request.clone()));
    let recorded = app.record(&b.chen, &refs(&form)).await;
    assert_eq!(recorded.status, StatusCode::OK, "{}", recorded.body);
    // It waits for the investor, who is told by email; staff totals leave it out.
    let mail = app.outbox_bodies().await.join("\n");
    assert!(
        mail.contains("Tidal Grid recorded a signed agreement between Tidal Grid and Ada Investor: Investment, US$1,500,000, 1 Feb 2026"),
        "{mail}"
    );
    let chen_rows = app.call("deals/mine", Some(&b.chen), &[]).await.json();
    let row = &chen_rows["agreements"][0];
    assert_eq!(row["status"], "pending");
    assert_eq!(row["waiting_for"], "counterparty");
    assert_eq!(
        row["reader_answers"], false,
        "the recorder does not confirm their own word"
    );
    let id = row["id"].as_str().expect("agreement id").to_string();
    let page = app.deals_staff(&b.staff, &b.edition).await;
    assert_eq!(page["totals"]["all"]["count"], 0);
    assert_eq!(page["pending"], 1);
    // The recorder cannot confirm it, nor can another founder (404 both).
    for cookie in [&b.chen, &b.kim] {
        let refused = app.answer_agreement(cookie, &id, "confirmed").await;
        assert_eq!(refused.status, StatusCode::NOT_FOUND, "{}", refused.body);
    }
    let ada = app.call("deals/mine", Some(&b.ada), &[]).await.json();
    assert_eq!(ada["agreements"][0]["reader_answers"], true);
    let confirmed = app.answer_agreement(&b.ada, &id, "confirmed").await;
    assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.body);
    let again = app.answer_agreement(&b.ada, &id, "declined").await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.body);
    assert!(
        again.body.contains("already confirmed or declined"),
        "{}",
        again.body
    );
    let page = app.deals_staff(&b.staff, &b.edition).await;
    assert_eq!(page["totals"]["all"]["count"], 1);
    assert_eq!(
        page["totals"]["all"]["by_currency"],
        serde_json::json!([["USD", 1_500_000]])
    );
    assert_eq!(page["pending"], 0);

    // Another founder and an investor or corporate who never met Tidal Grid: 404.
    let stranger = app
        .record(
            &b.kim,
            &[
                ("startup", &b.tidal),
                ("kind", "mou"),
                ("amount", "0"),
                ("currency", "CNY"),
                ("signed_on", "2026-02-01"),
                ("counterparty_name", "X"),
            ],
        )
        .await;
    assert_eq!(stranger.status, StatusCode::NOT_FOUND, "{}", stranger.body);
    let purchase = [
        ("startup", b.tidal.as_str()),
        ("kind", "purchase"),
        ("amount", "1m"),
        ("currency", "CNY"),
        ("signed_on", "2026-02-01"),
    ];
    let unmet = app.record(&b.corp, &purchase).await;
    assert_eq!(unmet.status, StatusCode::NOT_FOUND, "{}", unmet.body);
    // Once Tidal Grid responded to the corporate's need, the corporate records its
    // purchase; Tidal Grid's founder declines it, and it never counts.
    let need = app.post_need(&b.corp, "Grid storage pilot", "public").await;
    assert_eq!(
        app.respond(&b.chen, &need, &b.tidal).await.status,
        StatusCode::OK
    );
    let mut from_need = purchase.to_vec();
    from_need.push(("need", &need));
    let met = app.record(&b.corp, &from_need).await;
    assert_eq!(met.status, StatusCode::OK, "{}", met.body);
    let corp = app.call("deals/mine", Some(&b.corp), &[]).await.json();
    assert_eq!(corp["agreements"].as_array().map(Vec::len), Some(1));
    assert_eq!(corp["agreements"][0]["need_title"], "Grid storage pilot");
    assert_eq!(corp["agreements"][0]["waiting_for"], "team");
    assert_eq!(
        corp["agreements"][0]["counterparty"],
        "Grid Buyer (Shanghai Grid Co.)"
    );
    let purchase_id = corp["agreements"][0]["id"]
        .as_str()
        .expect("id")
        .to_string();
    let declined = app
        .answer_agreement(&b.chen, &purchase_id, "declined")
        .await;
    assert_eq!(declined.status, StatusCode::OK, "{}", declined.body);
    let page = app.deals_staff(&b.staff, &b.edition).await;
    assert_eq!(
        page["totals"]["all"]["count"], 1,
        "a declined agreement never counts"
    );

    let chen = app.call("deals/mine", Some(&b.chen), &[]).await.json();
    assert_eq!(chen["agreements"].as_array().map(Vec::len), Some(2));
    let kim = app.call("deals/mine", Some(&b.kim), &[]).await.json();
    assert_eq!(kim["agreements"], serde_json::json!([]));
    assert_eq!(
        kim["counterparties"],
        serde_json::json!([]),
        "nobody Kestrel met"
    );
    // Only staff read the edition's page.
    for cookie in [&b.chen, &b.ada, &b.corp] {
        let page = app.call("deals/staff", Some(cookie), &[]).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND);
    }
}

#[tokio::test]
async fn a_founder_with_a_counterparty_without_an_account_waits_for_staff() {
    let app = spawn_app().await;
    let b = app.needs_board().await;
    let recorded = app
        .record(
            &b.chen,
            &[
                ("startup", &b.tidal),
                ("kind", "licensing"),
                ("amount", "300k"),
                ("currency", "EUR"),
                ("signed_on", "2026-03-01"),
                ("counterparty_name", "Ruijin Hospital Group"),
            ],
        )
        .await;
    assert_eq!(recorded.status, StatusCode::OK, "{}", recorded.body);
    let page = app.deals_staff(&b.staff, &b.edition).await;
    let row = &page["agreements"][0];
    assert_eq!(row["waiting_for"], "staff");
    assert_eq!(row["reader_answers"], true);
    let id = row["id"].as_str().expect("id").to_string();
    let confirmed = app.answer_agreement(&b.staff, &id, "confirmed").await;
    assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.body);
    let page = app.deals_staff(&b.staff, &b.edition).await;
    assert_eq!(page["totals"]["all"]["count"], 1);
    // An answer that is neither is named.
    let odd = app.answer_agreement(&b.staff, &id, "pending").await;
    assert_eq!(odd.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", odd.body);
}

#[tokio::test]
async fn bad_agreement_input_is_named_beside_each_field_and_kept() {
    let app = spawn_app().await;
    let b = app.needs_board().await;
    let refused = app
        .record(
            &b.staff,
            &[
                ("startup", &b.tidal),
                ("kind", "gift"),
                ("amount", "-100"),
                ("currency", "ABC"),
                ("signed_on", "2999-01-01"),
            ],
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );
    let body = refused.json()["Invalid"].clone();
    let field = |name: &str| {
        body["fields"]
            .as_array()
            .and_then(|f| f.iter().find(|x| x["field"] == name))
            .and_then(|x| x["message"].as_str())
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(field("kind"), "Choose a kind from the list.");
    assert!(
        field("amount").starts_with("Amount must be a whole amount"),
        "{}",
        field("amount")
    );
    assert_eq!(field("currency"), "Choose a currency from the list.");
    assert_eq!(field("signed_on"), "Signed on cannot be in the future.");
    let long_ago = app
        .record(
            &b.staff,
            &[
                ("startup", &b.tidal),
                ("kind", "mou"),
                ("amount", "1"),
                ("currency", "CNY"),
                ("signed_on", "1999-12-31"),
                ("counterparty_name", "Someone"),
            ],
        )
        .await;
    assert_eq!(long_ago.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        long_ago.body.contains("Signed on cannot be before"),
        "{}",
        long_ago.body
    );
    assert_eq!(field("counterparty_name"), "Counterparty is required.");
    let kept: Vec<(String, String)> = serde_json::from_value(body["kept"].clone()).expect("kept");
    assert!(kept.contains(&("amount".into(), "-100".into())));
    assert!(kept.contains(&("currency".into(), "ABC".into())));
    assert!(kept.contains(&("startup".into(), b.tidal.clone())));
    assert_eq!(
        backend::model::agreement::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        0
    );
}

#[tokio::test]
async fn one_account_never_makes_a_deal_count_alone_and_staff_withdraw_a_false_one() {
    let app = spawn_app().await;
    let b = app.needs_board().await;
    let id_of = |v: Value| v["id"].as_str().expect("id").to_string();
    let ada_id = id_of(app.me(Some(&b.ada)).await);
    let corp_id = id_of(app.me(Some(&b.corp)).await);
    // The corporate records a purchase from its need; it waits for Tidal Grid's team.
    let need = app.post_need(&b.corp, "Grid storage pilot", "public").await;
    assert_eq!(
        app.respond(&b.chen, &need, &b.tidal).await.status,
        StatusCode::OK
    );
    let purchase = [
        ("startup", b.tidal.as_str()),
        ("kind", "purchase"),
        ("amount", "1m"),
        ("currency", "CNY"),
        ("signed_on", "2026-02-01"),
        ("need", need.as_str()),
    ];
    let recorded = app.record(&b.corp, &purchase).await;
    assert_eq!(recorded.status, StatusCode::OK, "{}", recorded.body);
    let pending =
        id_of(app.call("deals/mine", Some(&b.corp), &[]).await.json()["agreements"][0].clone());
    // The corporate then joins Tidal Grid's team (say, by a co-founder invitation): it
    // still cannot confirm its own record from the other side.
    let member = |user: &str| backend::model::startup_member::ActiveModel {
        startup_id: sea_orm::ActiveValue::Set(b.tidal.parse().expect("uuid")),
        user_id: sea_orm::ActiveValue::Set(user.parse().expect("uuid")),
        joined_at: sea_orm::ActiveValue::Set(chrono::Utc::now()),
    };
    use sea_orm::ActiveModelTrait;
    member(&corp_id).insert(&app.db).await.expect("member");
    let own = app.answer_agreement(&b.corp, &pending, "confirmed").await;
    assert_eq!(own.status, StatusCode::NOT_FOUND, "{}", own.body);
    let corp = app.call("deals/mine", Some(&b.corp), &[]).await.json();
    assert_eq!(corp["agreements"][0]["reader_answers"], false);
    // Nor can a team member name itself (or a team-mate) as the other side.
    let mut with_itself = purchase[..5].to_vec();
    with_itself.push(("counterparty", &corp_id));
    let refused = app.record(&b.corp, &with_itself).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );
    assert_eq!(
        refused.field_error("counterparty").as_deref(),
        Some("Choose a counterparty from the list.")
    );
    let page = app.deals_staff(&b.staff, &b.edition).await;
    assert_eq!(page["totals"]["all"]["count"], 0);

    // Staff record one by mistake (it counts at once) and withdraw it from the results.
    let typo = app
        .record(
            &b.staff,
            &[
                ("startup", &b.tidal),
                ("counterparty", &ada_id),
                ("kind", "investment"),
                ("amount", "2000000000000"),
                ("currency", "USD"),
                ("signed_on", "2026-01-15"),
                ("edition", &b.edition),
            ],
        )
        .await;
    assert_eq!(typo.status, StatusCode::OK, "{}", typo.body);
    let page = app.deals_staff(&b.staff, &b.edition).await;
    assert_eq!(page["totals"]["all"]["count"], 1);
    let row = page["agreements"]
        .as_array()
        .and_then(|rows| rows.iter().find(|r| r["status"] == "confirmed"))
        .cloned()
        .expect("the confirmed one");
    assert_eq!(row["reader_withdraws"], true);
    let confirmed = id_of(row);
    // A party cannot take back a confirmed agreement; staff can.
    let party = app.answer_agreement(&b.ada, &confirmed, "declined").await;
    assert_eq!(party.status, StatusCode::CONFLICT, "{}", party.body);
    let withdrawn = app.answer_agreement(&b.staff, &confirmed, "declined").await;
    assert_eq!(withdrawn.status, StatusCode::OK, "{}", withdrawn.body);
    let page = app.deals_staff(&b.staff, &b.edition).await;
    assert_eq!(page["totals"]["all"]["count"], 0);
    let html = app
        .get(
            &format!("/staff/deals?edition={}", b.edition),
            Some(&b.staff),
        )
        .await;
    assert!(
        !html.body.contains("Withdraw from the results"),
        "nothing confirmed is left"
    );
}
