//! The technology-needs board: posting (bad input named beside each field, typed values
//! kept), who sees a need and its responses (the poster and the responding team only),
//! one response per startup, closing with an outcome, matching needs for founders, the
//! meeting from a shortlisted response and the corporate's email alternative.

use super::*;
use serde_json::json;

pub(crate) struct Board {
    pub(crate) staff: String,
    pub(crate) edition: String,
    /// A corporate (Shanghai Grid Co.) and an investor who post needs.
    pub(crate) corp: String,
    pub(crate) ada: String,
    /// Tidal Grid's founder (accepted pitch, sectors "Clean energy, storage").
    pub(crate) chen: String,
    pub(crate) tidal: String,
    /// A founder of another startup, who did not respond.
    pub(crate) kim: String,
}

/// A deadline half a year ahead: within the two years a need may stay open.
static SOON: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    (chrono::Utc::now().date_naive() + chrono::Duration::days(182)).to_string()
});

pub(crate) fn need_form<'a>(title: &'a str, visibility: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![
        ("title", title),
        ("sector", "Clean energy"),
        ("description", "A 2 MWh storage pilot at our substation."),
        ("budget_min", "500k"),
        ("budget_max", "2m"),
        ("currency", "CNY"),
        ("deadline", SOON.as_str()),
        ("country", "CN"),
        ("visibility", visibility),
    ]
}

impl TestApp {
    pub(crate) async fn corporate(&self, email: &str) -> String {
        backend::features::accounts::create_or_grant(
            &self.db,
            email,
            "Grid Buyer",
            "corporate-pass-1",
            &[domain::account::Role::Corporate],
        )
        .await
        .expect("corporate");
        self.log_in(email, "corporate-pass-1")
            .await
            .session_cookie()
            .expect("corporate session")
    }

    pub(crate) async fn needs_board(&self) -> Board {
        let staff = self.staff().await;
        let edition = self.edition(&staff, false).await;
        self.accepted_pitch("chen@tidalgrid.cn", "Tidal Grid", &edition)
            .await;
        let chen = self
            .log_in("chen@tidalgrid.cn", "founder-pass-1")
            .await
            .session_cookie()
            .expect("chen");
        let tidal = self.call("startups/mine", Some(&chen), &[]).await.json()[0]["id"]
            .as_str()
            .expect("tidal id")
            .to_string();
        let kim = self.founder("kim@kestrel.example").await;
        self.create_startup(&kim, "Kestrel Power").await;
        let corp = self.corporate("buyer@grid.example").await;
        let named = self
            .call(
                "needs/organisation",
                Some(&corp),
                &[("organisation", "Shanghai Grid Co.")],
            )
            .await;
        assert_eq!(named.status, StatusCode::OK, "{}", named.body);
        let ada = self.investor("ada@fund.example").await;
        Board {
            staff,
            edition,
            corp,
            ada,
            chen,
            tidal,
            kim,
        }
    }

    /// Posts a need and returns its id (the newest of the poster's own).
    pub(crate) async fn post_need(&self, cookie: &str, title: &str, visibility: &str) -> String {
        let posted = self
            .call("needs/post", Some(cookie), &need_form(title, visibility))
            .await;
        assert_eq!(posted.status, StatusCode::OK, "{}", posted.body);
        let board = self.call("needs/board", Some(cookie), &[]).await.json();
        board["mine"]
            .as_array()
            .and_then(|l| l.iter().find(|n| n["title"] == title))
            .and_then(|n| n["id"].as_str())
            .expect("need id")
            .to_string()
    }

    pub(crate) async fn respond(&self, cookie: &str, need: &str, startup: &str) -> Reply {
        self.call(
            "needs/respond",
            Some(cookie),
            &[
                ("need", need),
                ("startup", startup),
                ("proposal", "Our harbour batteries fit: a pilot in 8 weeks."),
            ],
        )
        .await
    }

    async fn need_page(&self, cookie: Option<&str>, id: &str) -> Reply {
        self.call("needs/get", cookie, &[("id", id)]).await
    }
}

#[tokio::test]
async fn bad_need_input_is_named_beside_each_field_and_kept() {
    let app = spawn_app().await;
    let b = app.needs_board().await;
    let mut form = need_form("Storage pilot", "public");
    for (k, v) in form.iter_mut() {
        match *k {
            "budget_min" => *v = "3m",
            "budget_max" => *v = "1m",
            "currency" => *v = "XYZ",
            "deadline" => *v = "2020-01-01",
            _ => {}
        }
    }
    let refused = app.call("needs/post", Some(&b.corp), &form).await;
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
    assert_eq!(
        field("budget_max"),
        "The largest budget cannot be smaller than the smallest."
    );
    assert_eq!(field("currency"), "Choose a currency from the list.");
    assert_eq!(field("deadline"), "Deadline cannot be in the past.");
    let kept = |name: &str| {
        body["kept"]
            .as_array()
            .and_then(|k| k.iter().find(|x| x[0] == name))
            .and_then(|x| x[1].as_str())
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(kept("budget_min"), "3m");
    assert_eq!(kept("title"), "Storage pilot");
    assert_eq!(kept("currency"), "XYZ");

    let mut negative = need_form("Storage pilot", "public");
    negative[3].1 = "-5";
    let refused = app.call("needs/post", Some(&b.corp), &negative).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("Smallest budget must be a whole amount"),
        "{}",
        refused.body
    );

    // Without JavaScript: back to the form with the error and what was typed.
    let plain = app
        .post_from_page("needs/post", &b.corp, "/needs", &form)
        .await;
    assert_eq!(plain.status, StatusCode::FOUND);
    let to = plain.headers[header::LOCATION]
        .to_str()
        .expect("location")
        .trim_start_matches("http://127.0.0.1:3000")
        .to_string();
    assert!(to.starts_with("/needs?") && to.contains("__err="), "{to}");
    let binding = plain
        .cookie("pitchline_form_error")
        .expect("form error cookie");
    let page = app.get(&to, Some(&format!("{}; {binding}", b.corp))).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page
        .body
        .contains("The largest budget cannot be smaller than the smallest."));
    assert!(
        page.body.contains(r#"value="3m""#),
        "the typed budget is kept"
    );
    assert!(page.body.contains("Deadline cannot be in the past."));

    // Founders do not post; nothing was stored.
    let founder = app
        .call("needs/post", Some(&b.chen), &need_form("x", "public"))
        .await;
    assert_eq!(founder.status, StatusCode::NOT_FOUND);
    let anon = app
        .call("needs/post", None, &need_form("x", "public"))
        .await;
    assert_eq!(anon.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        app.call("needs/board", Some(&b.corp), &[]).await.json()["mine"],
        json!([])
    );
}

#[tokio::test]
async fn responses_reach_the_poster_and_the_responding_team_only() {
    let app = spawn_app().await;
    let b = app.needs_board().await;
    let need = app.post_need(&b.corp, "Grid storage pilot", "public").await;
    let sent = app.respond(&b.chen, &need, &b.tidal).await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
    // The poster hears of it by email, with the proposal and the need's page.
    let mails = super::languages::mails_to(&app, "buyer@grid.example").await;
    let (subject, body) = mails.last().expect("a mail to the poster");
    assert_eq!(subject, "Tidal Grid responded to your need");
    assert!(body.contains("\"Grid storage pilot\""), "{body}");
    assert!(body.contains("a pilot in 8 weeks"), "{body}");
    assert!(body.contains(&format!("/needs/{need}")), "{body}");
    // One response per startup.
    let again = app.respond(&b.chen, &need, &b.tidal).await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.body);
    assert!(again.body.contains("already responded"), "{}", again.body);
    // Responding for a startup one is not on: 404.
    let not_mine = app.respond(&b.kim, &need, &b.tidal).await;
    assert_eq!(not_mine.status, StatusCode::NOT_FOUND);

    let poster = app.need_page(Some(&b.corp), &need).await.json();
    assert_eq!(poster["responses"].as_array().map(Vec::len), Some(1));
    assert_eq!(poster["responses"][0]["startup_name"], "Tidal Grid");
    assert_eq!(poster["need"]["responses"], 1);
    let team = app.need_page(Some(&b.chen), &need).await.json();
    assert_eq!(team["responses"].as_array().map(Vec::len), Some(1));
    assert_eq!(team["respond_as"], json!([]));
    // Another founder, another investor, staff, a visitor: the need, none of its responses.
    for cookie in [
        Some(b.kim.as_str()),
        Some(b.ada.as_str()),
        Some(b.staff.as_str()),
        None,
    ] {
        let page = app.need_page(cookie, &need).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert_eq!(page.json()["responses"], json!([]), "{cookie:?}");
    }
    // Staff see how many; others do not.
    assert_eq!(
        app.need_page(Some(&b.staff), &need).await.json()["need"]["responses"],
        1
    );
    assert_eq!(
        app.need_page(Some(&b.kim), &need).await.json()["need"]["responses"],
        Value::Null
    );

    // Shortlisting is the poster's: anyone else gets 404 for the response.
    let response = poster["responses"][0]["id"]
        .as_str()
        .expect("response id")
        .to_string();
    for cookie in [&b.ada, &b.chen, &b.staff] {
        let other = app
            .call(
                "needs/shortlist",
                Some(cookie),
                &[("response", &response), ("on", "on")],
            )
            .await;
        assert_eq!(other.status, StatusCode::NOT_FOUND, "{}", other.body);
    }
    // A corporate cannot put a meeting in investors' schedules: it gets the founders' email once shortlisted.
    let early = app
        .call(
            "needs/request-meeting",
            Some(&b.corp),
            &[("response", &response)],
        )
        .await;
    assert_eq!(early.status, StatusCode::FORBIDDEN, "{}", early.body);
    let listed = app
        .call(
            "needs/shortlist",
            Some(&b.corp),
            &[("response", &response), ("on", "on")],
        )
        .await;
    assert_eq!(listed.status, StatusCode::OK, "{}", listed.body);
    let poster = app.need_page(Some(&b.corp), &need).await.json();
    assert_eq!(poster["corporate_poster"], true);
    assert_eq!(poster["responses"][0]["shortlisted"], true);
    assert_eq!(
        poster["responses"][0]["contacts"],
        json!(["chen@tidalgrid.cn"])
    );
    assert_eq!(poster["responses"][0]["may_request_meeting"], false);
}

#[tokio::test]
async fn logged_in_only_needs_are_hidden_from_visitors_and_filters_work() {
    let app = spawn_app().await;
    let b = app.needs_board().await;
    let public = app
        .post_need(&b.corp, "Public storage pilot", "public")
        .await;
    let members = app
        .post_need(&b.ada, "Members-only grid analytics", "members")
        .await;
    assert_eq!(
        app.need_page(None, &members).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.need_page(Some(&b.kim), &members).await.status,
        StatusCode::OK
    );
    assert_eq!(app.need_page(None, &public).await.status, StatusCode::OK);
    let visitor = app.call("needs/board", None, &[]).await.json();
    let titles = |board: &Value| -> Vec<String> {
        board["needs"]
            .as_array()
            .map(|l| {
                l.iter()
                    .map(|n| n["title"].as_str().unwrap_or_default().to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(titles(&visitor), vec!["Public storage pilot"]);
    assert_eq!(visitor["needs"][0]["posted_by"], "Shanghai Grid Co.");
    assert_eq!(visitor["needs"][0]["responses"], Value::Null);
    let member = app.call("needs/board", Some(&b.kim), &[]).await.json();
    assert_eq!(titles(&member).len(), 2);
    let other_sector = app
        .call("needs/board", Some(&b.kim), &[("sector", "AI")])
        .await
        .json();
    assert!(titles(&other_sector).is_empty());
    let other_country = app
        .call("needs/board", Some(&b.kim), &[("country", "SG")])
        .await
        .json();
    assert!(titles(&other_country).is_empty());
    // The public page of the board renders for a visitor, without the members-only need.
    let html = app.get("/needs", None).await;
    assert_eq!(html.status, StatusCode::OK);
    assert!(html.body.contains("Public storage pilot") && !html.body.contains("Members-only"));
    // Tidal Grid (clean energy) sees both as matching; Kestrel Power (same sectors) too.
    let chen = app.call("needs/board", Some(&b.chen), &[]).await.json();
    assert_eq!(chen["matching"][0]["startup_name"], "Tidal Grid");
    assert_eq!(
        chen["matching"][0]["needs"].as_array().map(Vec::len),
        Some(2)
    );
    // The founder's home card asks for the same section alone.
    let card = app.call("needs/matching", Some(&b.chen), &[]).await.json();
    assert_eq!(card, chen["matching"]);
    // The founder's home shows it, the members-only need included.
    let home = app.get("/founder", Some(&b.chen)).await;
    assert!(home.body.contains("Members-only"), "{}", home.body);
}

#[tokio::test]
async fn a_closed_need_shows_its_outcome_and_takes_no_more_responses() {
    let app = spawn_app().await;
    let b = app.needs_board().await;
    let need = app.post_need(&b.corp, "Grid storage pilot", "public").await;
    assert_eq!(
        app.respond(&b.chen, &need, &b.tidal).await.status,
        StatusCode::OK
    );
    // "Taken up" needs a startup that responded.
    let missing = app
        .call(
            "needs/close",
            Some(&b.corp),
            &[("id", &need), ("outcome", "taken_up")],
        )
        .await;
    assert_eq!(
        missing.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        missing.body
    );
    assert!(
        missing.body.contains("Startup is required"),
        "{}",
        missing.body
    );
    let other = app
        .call(
            "needs/close",
            Some(&b.ada),
            &[("id", &need), ("outcome", "no_fit")],
        )
        .await;
    assert_eq!(other.status, StatusCode::FORBIDDEN, "{}", other.body);
    let closed = app
        .call(
            "needs/close",
            Some(&b.corp),
            &[
                ("id", &need),
                ("outcome", "taken_up"),
                ("startup", &b.tidal),
                ("note", "Pilot from March."),
            ],
        )
        .await;
    assert_eq!(closed.status, StatusCode::OK, "{}", closed.body);
    let page = app.need_page(None, &need).await.json();
    assert_eq!(page["need"]["outcome"], "taken_up");
    assert_eq!(page["need"]["outcome_startup"], "Tidal Grid");
    assert_eq!(page["need"]["open"], false);
    // Who took it up is public only while that startup is: once Tidal Grid leaves the
    // showcase, visitors and other founders read the outcome without its name; the
    // poster and Tidal Grid's team still read it.
    {
        use sea_orm::{ActiveModelTrait, ActiveValue::Set};
        let tidal: uuid::Uuid = b.tidal.parse().expect("tidal id");
        let mut row: backend::model::startup::ActiveModel =
            backend::model::startup::Entity::find_by_id(tidal)
                .one(&app.db)
                .await
                .expect("startup")
                .expect("tidal")
                .into();
        row.showcase = Set(false);
        row.update(&app.db).await.expect("hidden");
    }
    for (reader, shown) in [
        (None, false),
        (Some(&b.kim), false),
        (Some(&b.corp), true),
        (Some(&b.chen), true),
        (Some(&b.staff), true),
    ] {
        let page = app
            .need_page(reader.map(String::as_str), &need)
            .await
            .json();
        let expected = if shown {
            serde_json::json!("Tidal Grid")
        } else {
            Value::Null
        };
        assert_eq!(page["need"]["outcome_startup"], expected, "{reader:?}");
        assert_eq!(page["need"]["outcome"], "taken_up");
    }
    let board = app.call("needs/board", None, &[]).await.json();
    assert!(!board.to_string().contains("Tidal Grid"), "{board}");
    let late = app
        .respond(&b.kim, &need, "00000000-0000-0000-0000-000000000000")
        .await;
    assert_eq!(late.status, StatusCode::NOT_FOUND);
    let kestrel = app.call("startups/mine", Some(&b.kim), &[]).await.json()[0]["id"]
        .as_str()
        .expect("kestrel")
        .to_string();
    let late = app.respond(&b.kim, &need, &kestrel).await;
    assert_eq!(late.status, StatusCode::CONFLICT, "{}", late.body);
    let edit = app
        .call(
            "needs/update",
            Some(&b.corp),
            &[vec![("id", need.as_str())], need_form("New", "public")].concat(),
        )
        .await;
    assert_eq!(edit.status, StatusCode::CONFLICT, "{}", edit.body);
}

#[tokio::test]
async fn an_investor_poster_asks_for_a_meeting_from_a_shortlisted_response() {
    let app = spawn_app().await;
    let b = app.needs_board().await;
    let need = app
        .post_need(&b.ada, "Harbour storage for our portfolio", "members")
        .await;
    assert_eq!(
        app.respond(&b.chen, &need, &b.tidal).await.status,
        StatusCode::OK
    );
    let page = app.need_page(Some(&b.ada), &need).await.json();
    let response = page["responses"][0]["id"]
        .as_str()
        .expect("response")
        .to_string();
    let early = app
        .call(
            "needs/request-meeting",
            Some(&b.ada),
            &[("response", &response), ("message", "Hi")],
        )
        .await;
    assert_eq!(early.status, StatusCode::CONFLICT, "{}", early.body);
    let listed = app
        .call(
            "needs/shortlist",
            Some(&b.ada),
            &[("response", &response), ("on", "on")],
        )
        .await;
    assert_eq!(listed.status, StatusCode::OK);
    assert_eq!(
        app.need_page(Some(&b.ada), &need).await.json()["responses"][0]["may_request_meeting"],
        true
    );
    let asked = app
        .call(
            "needs/request-meeting",
            Some(&b.ada),
            &[
                ("response", &response),
                ("message", "Your response fits: 20 minutes?"),
            ],
        )
        .await;
    assert_eq!(asked.status, StatusCode::OK, "{}", asked.body);
    let page = app.need_page(Some(&b.ada), &need).await.json();
    assert_eq!(page["responses"][0]["meeting"], "pending");
    assert_eq!(page["responses"][0]["may_request_meeting"], false);
    // The founders see it among their meeting requests.
    let meetings = app.call("meetings/page", Some(&b.chen), &[]).await.json();
    assert_eq!(
        meetings["founder"][0]["requests"][0]["message"],
        "Your response fits: 20 minutes?"
    );
    let _ = (&b.edition, &b.staff);
}

#[tokio::test]
async fn a_linked_deck_opens_for_the_poster_only() {
    let app = spawn_app().await;
    let b = app.needs_board().await;
    let pitch = app.pitch(&b.chen, &b.tidal).await["id"]
        .as_str()
        .expect("pitch")
        .to_string();
    let uploaded = app
        .upload(
            &format!("/files/pitches/{pitch}/deck"),
            &b.chen,
            "deck",
            "deck.pdf",
            PDF_BYTES,
        )
        .await;
    assert!(
        uploaded.status.is_success() || uploaded.status == StatusCode::SEE_OTHER,
        "{}",
        uploaded.status
    );
    let need = app.post_need(&b.corp, "Grid storage pilot", "public").await;
    let other = app.post_need(&b.ada, "Other need", "public").await;
    let sent = app
        .call(
            "needs/respond",
            Some(&b.chen),
            &[
                ("need", &need),
                ("startup", &b.tidal),
                ("proposal", "See our deck."),
                ("attach_deck", "on"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
    let page = app.need_page(Some(&b.corp), &need).await.json();
    assert_eq!(page["responses"][0]["deck_submission"], pitch.as_str());
    let deck = format!("/files/decks/{pitch}");
    assert_eq!(app.get(&deck, Some(&b.corp)).await.status, StatusCode::OK);
    assert_eq!(
        app.get(&deck, Some(&b.ada)).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&deck, Some(&b.kim)).await.status,
        StatusCode::NOT_FOUND
    );
    let _ = other;
}

const PDF_BYTES: &[u8] = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

#[tokio::test]
async fn an_organisation_shows_with_the_company_domain_its_poster_proved() {
    let app = spawn_app().await;
    let b = app.needs_board().await;
    // Shanghai Grid Co. posts from an address reserved for examples: nothing backs it.
    let unbacked = app.post_need(&b.corp, "Grid storage pilot", "public").await;
    // Another corporate names itself after the same firm, from a company address.
    let real = app.corporate("buyer@sgcc.com.cn").await;
    let named = app
        .call(
            "needs/organisation",
            Some(&real),
            &[("organisation", "Shanghai Grid Co.")],
        )
        .await;
    assert_eq!(named.status, StatusCode::OK, "{}", named.body);
    let backed = app.post_need(&real, "Substation sensors", "public").await;
    // An investor without a firm posts under their own name.
    let own_name = app
        .post_need(&b.ada, "Seed rounds in storage", "public")
        .await;

    let card = |id: String| {
        let app = &app;
        async move { app.need_page(None, &id).await.json()["need"].clone() }
    };
    let unbacked = card(unbacked).await;
    assert_eq!(unbacked["posted_by"], "Shanghai Grid Co.");
    assert_eq!(unbacked["poster_domain"], Value::Null);
    assert_eq!(unbacked["poster_unconfirmed"], true);
    let backed = card(backed).await;
    assert_eq!(backed["posted_by"], "Shanghai Grid Co.");
    assert_eq!(backed["poster_domain"], "sgcc.com.cn");
    assert_eq!(backed["poster_unconfirmed"], false);
    // A person's name is typed too: nothing confirms it either.
    let own_name = card(own_name).await;
    assert_eq!(own_name["poster_unconfirmed"], true);

    // The public page says which is which.
    let html = app
        .get(
            &format!("/needs/{}", backed["id"].as_str().expect("id")),
            None,
        )
        .await;
    assert!(html.body.contains("@sgcc.com.cn"), "{}", html.body);
    let html = app
        .get(
            &format!("/needs/{}", unbacked["id"].as_str().expect("id")),
            None,
        )
        .await;
    assert!(
        html.body.contains("(no company mail address confirmed)"),
        "{}",
        html.body
    );
}
