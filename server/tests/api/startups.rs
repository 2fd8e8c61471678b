//! Startups, teams, pitches, decks, the showcase and the staff table.

use super::*;

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01";

pub(crate) fn profile(name: &str) -> Vec<(&'static str, &str)> {
    vec![
        ("id", ""),
        ("name", name),
        ("one_liner", "Batteries that trade power for harbours."),
        ("description", "Port-side storage."),
        ("sectors", "Clean energy, storage"),
        ("stage", "seed"),
        ("country", "CN"),
        ("city", "Shanghai"),
        ("founded_year", "2023"),
        ("team_size", "12"),
        ("website", "https://tidal.example"),
        ("ask_amount", "1,500,000"),
        ("currency", "USD"),
        ("instrument", "safe"),
        ("showcase", "on"),
    ]
}

impl TestApp {
    /// A current edition whose deadline is far ahead (or already past).
    pub(crate) async fn edition(&self, staff: &str, deadline_passed: bool) -> String {
        let (name, start, end, deadline) = if deadline_passed {
            ("GSIC 2020", "2020-09-15", "2020-09-16", "2020-09-01T18:00")
        } else {
            ("GSIC 2099", "2099-09-15", "2099-09-16", "2099-09-01T18:00")
        };
        let reply = self
            .call(
                "editions/save",
                Some(staff),
                &[
                    ("id", ""),
                    ("name", name),
                    ("city", "Shanghai"),
                    ("starts_on", start),
                    ("ends_on", end),
                    ("time_zone", "Asia/Shanghai"),
                    ("submission_deadline", deadline),
                    ("tracks", "AI\nClean energy"),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        let list = self.call("editions/list", Some(staff), &[]).await.json();
        let id = list
            .as_array()
            .and_then(|l| l.iter().find(|e| e["name"] == name))
            .and_then(|e| e["id"].as_str())
            .expect("edition id")
            .to_string();
        let current = self
            .call("editions/make-current", Some(staff), &[("id", &id)])
            .await;
        assert_eq!(current.status, StatusCode::OK, "{}", current.body);
        id
    }

    pub(crate) async fn create_startup(&self, cookie: &str, name: &str) -> String {
        let reply = self
            .call("startups/save", Some(cookie), &profile(name))
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        self.call("startups/mine", Some(cookie), &[])
            .await
            .json()
            .as_array()
            .and_then(|l| l.iter().find(|s| s["name"] == name))
            .and_then(|s| s["id"].as_str())
            .expect("startup id")
            .to_string()
    }

    /// A new founder `email` whose startup `name` has submitted its pitch (with a deck)
    /// to `edition`: the founder's cookie and the startup's id.
    pub(crate) async fn submitted_startup(
        &self,
        edition: &str,
        email: &str,
        name: &str,
    ) -> (String, String) {
        let founder = self.founder(email).await;
        let startup = self.create_startup(&founder, name).await;
        self.save_pitch(&founder, &startup, edition, "draft").await;
        let submission = self.pitch(&founder, &startup).await["id"]
            .as_str()
            .expect("pitch id")
            .to_string();
        let deck = self
            .upload(
                &format!("/files/pitches/{submission}/deck"),
                &founder,
                "deck",
                "d.pdf",
                PDF,
            )
            .await;
        assert_eq!(deck.status, StatusCode::SEE_OTHER, "{}", deck.body);
        let submitted = self.save_pitch(&founder, &startup, edition, "submit").await;
        assert_eq!(submitted.status, StatusCode::OK, "{}", submitted.body);
        (founder, startup)
    }

    pub(crate) async fn save_pitch(
        &self,
        cookie: &str,
        startup: &str,
        edition: &str,
        intent: &str,
    ) -> Reply {
        self.call(
            "pitches/save",
            Some(cookie),
            &[
                ("startup_id", startup),
                ("edition_id", edition),
                ("intent", intent),
                ("title", "Tidal Grid at GSIC"),
                ("summary", "Storage for ports."),
                ("track", "Clean energy"),
                ("availability", "2099-09-15 09:00-12:00"),
            ],
        )
        .await
    }

    pub(crate) async fn pitch(&self, cookie: &str, startup: &str) -> Value {
        self.call(
            "pitches/get",
            Some(cookie),
            &[("startup_id", startup), ("edition_id", "")],
        )
        .await
        .json()
    }

    /// Posts a file as an API client would (JSON answers).
    pub(crate) async fn upload(
        &self,
        path: &str,
        cookie: &str,
        field: &str,
        file_name: &str,
        bytes: &[u8],
    ) -> Reply {
        self.upload_as(path, cookie, field, file_name, bytes, "application/json")
            .await
    }

    /// Posts a file as a browser's plain form does (`Accept: text/html`).
    pub(crate) async fn upload_from_browser(
        &self,
        path: &str,
        cookie: &str,
        field: &str,
        file_name: &str,
        bytes: &[u8],
    ) -> Reply {
        self.upload_as(path, cookie, field, file_name, bytes, "text/html")
            .await
    }

    async fn upload_as(
        &self,
        path: &str,
        cookie: &str,
        field: &str,
        file_name: &str,
        bytes: &[u8],
        accept: &str,
    ) -> Reply {
        let boundary = "pitchline-test-boundary";
        let mut body = Vec::new();
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let req = Request::post(path)
            .header(header::HOST, "127.0.0.1:3000")
            .header(header::ORIGIN, "http://127.0.0.1:3000")
            .header(header::ACCEPT, accept)
            .header(header::COOKIE, cookie)
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(Body::from(body))
            .expect("request");
        self.send(req).await
    }

    /// Moves the startup's pitch to `status` the way the app does (status and timeline
    /// together), for states a test needs without replaying the whole judging.
    pub(crate) async fn set_status(&self, startup: &str, status: domain::submission::Status) {
        use backend::model::submission;
        use sea_orm::{ColumnTrait, QueryFilter};
        let id: uuid::Uuid = startup.parse().expect("uuid");
        let row = submission::Entity::find()
            .filter(submission::Column::StartupId.eq(id))
            .one(&self.db)
            .await
            .expect("query")
            .expect("submission");
        submission::move_to(&self.db, row.id, status, None)
            .await
            .expect("status change");
    }
}

#[tokio::test]
async fn a_profile_reports_every_bad_field_and_creates_nothing() {
    let app = spawn_app().await;
    let founder = app.founder("lin@example.com").await;
    let mut fields = profile("");
    for (k, v) in fields.iter_mut() {
        match *k {
            "one_liner" => *v = "This one-liner is far too long for the catalogue card, because it goes on and on and on about batteries, harbours, ships, cranes, tugboats and the grid.",
            "country" => *v = "XX",
            "founded_year" => *v = "1800",
            "website" => *v = "not a website",
            _ => {}
        }
    }
    let reply = app.call("startups/save", Some(&founder), &fields).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    for field in ["name", "one_liner", "country", "founded_year", "website"] {
        assert!(
            reply.field_error(field).is_some(),
            "{field}: {}",
            reply.body
        );
    }
    assert!(reply.field_error("one_liner").unwrap().contains("140"));
    assert!(
        reply.body.contains("not a website"),
        "typed values come back"
    );
    let mine = app.call("startups/mine", Some(&founder), &[]).await.json();
    assert_eq!(mine, serde_json::json!([]));
}

#[tokio::test]
async fn another_founder_cannot_read_edit_or_download_a_startup() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let edition = app.edition(&staff, false).await;
    let owner = app.founder("owner@example.com").await;
    let stranger = app.founder("stranger@example.com").await;
    let startup = app.create_startup(&owner, "Tidal Grid").await;
    assert_eq!(
        app.save_pitch(&owner, &startup, &edition, "draft")
            .await
            .status,
        StatusCode::OK
    );
    let submission = app.pitch(&owner, &startup).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let uploaded = app
        .upload(
            &format!("/files/pitches/{submission}/deck"),
            &owner,
            "deck",
            "deck.pdf",
            PDF,
        )
        .await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.body);

    let read = app
        .call("startups/get", Some(&stranger), &[("id", &startup)])
        .await;
    assert_eq!(read.status, StatusCode::NOT_FOUND);
    let mut edit = profile("Hijacked");
    edit[0] = ("id", &startup);
    assert_eq!(
        app.call("startups/save", Some(&stranger), &edit)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.call(
            "pitches/get",
            Some(&stranger),
            &[("startup_id", &startup), ("edition_id", "")]
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
    let deck = app
        .get(&format!("/files/decks/{submission}"), Some(&stranger))
        .await;
    assert_eq!(deck.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.get(&format!("/files/decks/{submission}"), None)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let upload = app
        .upload(
            &format!("/files/pitches/{submission}/deck"),
            &stranger,
            "deck",
            "deck.pdf",
            PDF,
        )
        .await;
    assert_eq!(upload.status, StatusCode::NOT_FOUND);

    let own = app
        .get(&format!("/files/decks/{submission}"), Some(&owner))
        .await;
    assert_eq!(own.status, StatusCode::OK);
    assert_eq!(own.body.as_bytes(), PDF);
    let disposition = own.headers[header::CONTENT_DISPOSITION].to_str().unwrap();
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    // A draft's deck is the team's; staff read it once the pitch is submitted.
    assert_eq!(
        app.get(&format!("/files/decks/{submission}"), Some(&staff))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    app.set_status(&startup, domain::submission::Status::Submitted)
        .await;
    assert_eq!(
        app.get(&format!("/files/decks/{submission}"), Some(&staff))
            .await
            .status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn cofounders_share_the_startup_and_the_last_one_cannot_leave() {
    let app = spawn_app().await;
    let owner = app.founder("owner@example.com").await;
    let startup = app.create_startup(&owner, "Tidal Grid").await;
    let invited = app
        .call(
            "startups/invite-cofounder",
            Some(&owner),
            &[("startup_id", &startup), ("email", "mei@example.com")],
        )
        .await;
    assert_eq!(invited.status, StatusCode::OK, "{}", invited.body);
    let body = app
        .outbox_bodies()
        .await
        .into_iter()
        .find(|b| b.contains("join-startup"))
        .expect("invitation email");
    let token = token_in(&body);
    let view = app
        .call("startups/invitation", None, &[("token", &token)])
        .await
        .json();
    assert_eq!(view["startup_name"], "Tidal Grid");
    assert_eq!(view["account_exists"], false);

    let short = app
        .call(
            "startups/join",
            None,
            &[
                ("token", &token),
                ("display_name", "Mei"),
                ("password", "short"),
            ],
        )
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    let joined = app
        .call(
            "startups/join",
            None,
            &[
                ("token", &token),
                ("display_name", "Mei"),
                ("password", "mei passphrase"),
            ],
        )
        .await;
    assert_eq!(joined.status, StatusCode::OK, "{}", joined.body);
    let mei = joined.session_cookie().expect("session for the co-founder");
    let again = app
        .call(
            "startups/join",
            None,
            &[
                ("token", &token),
                ("display_name", "Mei"),
                ("password", "mei passphrase"),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY, "single use");

    // Equal rights: the co-founder edits the profile and sees both members.
    let mut edit = profile("Tidal Grid Renamed");
    edit[0] = ("id", &startup);
    assert_eq!(
        app.call("startups/save", Some(&mei), &edit).await.status,
        StatusCode::OK
    );
    let detail = app
        .call("startups/get", Some(&owner), &[("id", &startup)])
        .await
        .json();
    assert_eq!(detail["form"]["name"], "Tidal Grid Renamed");
    assert_eq!(detail["members"].as_array().map(Vec::len), Some(2));

    let left = app
        .call("startups/leave", Some(&owner), &[("startup_id", &startup)])
        .await;
    assert_eq!(left.status, StatusCode::OK, "{}", left.body);
    assert_eq!(
        app.call("startups/get", Some(&owner), &[("id", &startup)])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let last = app
        .call("startups/leave", Some(&mei), &[("startup_id", &startup)])
        .await;
    assert_eq!(last.status, StatusCode::CONFLICT);
    assert!(last.body.contains("last member"), "{}", last.body);
}

#[tokio::test]
async fn uploads_are_checked_by_content_size_and_emptiness() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let edition = app.edition(&staff, false).await;
    let owner = app.founder("owner@example.com").await;
    let startup = app.create_startup(&owner, "Tidal Grid").await;
    app.save_pitch(&owner, &startup, &edition, "draft").await;
    let submission = app.pitch(&owner, &startup).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let deck_url = format!("/files/pitches/{submission}/deck");

    let renamed = app
        .upload(
            &deck_url,
            &owner,
            "deck",
            "slides.pdf",
            b"PK\x03\x04 really a pptx",
        )
        .await;
    assert_eq!(renamed.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(
        renamed.body.contains("must be a PDF file"),
        "{}",
        renamed.body
    );

    let empty = app
        .upload(&deck_url, &owner, "deck", "empty.pdf", b"")
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("empty file"), "{}", empty.body);

    let mut big = PDF.to_vec();
    big.resize(20 * 1024 * 1024 + 1, b' ');
    let too_big = app.upload(&deck_url, &owner, "deck", "big.pdf", &big).await;
    assert_eq!(too_big.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        too_big.body.contains("larger than 20 MB"),
        "{}",
        too_big.body
    );
    assert!(
        app.pitch(&owner, &startup).await["deck"].is_null(),
        "nothing stored"
    );

    let logo_url = format!("/files/startups/{startup}/logo");
    let not_image = app.upload(&logo_url, &owner, "logo", "logo.png", PDF).await;
    assert_eq!(not_image.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let logo = app.upload(&logo_url, &owner, "logo", "logo.png", PNG).await;
    assert_eq!(logo.status, StatusCode::SEE_OTHER, "{}", logo.body);
    let detail = app
        .call("startups/get", Some(&owner), &[("id", &startup)])
        .await
        .json();
    let src = detail["logo_url"].as_str().expect("logo url").to_string();
    let image = app.get(&src, Some(&owner)).await;
    assert_eq!(image.status, StatusCode::OK);
    assert_eq!(image.headers[header::CONTENT_TYPE], "image/png");

    // A failed replacement keeps the deck already stored.
    assert_eq!(
        app.upload(&deck_url, &owner, "deck", "deck.pdf", PDF)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    app.upload(&deck_url, &owner, "deck", "bad.pdf", b"not a pdf")
        .await;
    assert_eq!(
        app.pitch(&owner, &startup).await["deck"]["file_name"],
        "deck.pdf"
    );
}

#[test]
fn a_refused_upload_returns_the_browser_to_the_form_with_the_problem_beside_the_field() {
    on_a_big_stack(a_refused_upload_shows_beside_its_field);
}

async fn a_refused_upload_shows_beside_its_field() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let edition = app.edition(&staff, false).await;
    let owner = app.founder("ray@example.com").await;
    let startup = app.create_startup(&owner, "Ray Labs").await;
    app.save_pitch(&owner, &startup, &edition, "save").await;
    let id = app.pitch(&owner, &startup).await["id"]
        .as_str()
        .expect("pitch id")
        .to_string();

    // A browser is sent back to the pitch page, not to a page of its own.
    let refused = app
        .upload_from_browser(
            &format!("/files/pitches/{id}/deck"),
            &owner,
            "deck",
            "deck.pdf",
            b"not a pdf",
        )
        .await;
    assert_eq!(refused.status, StatusCode::SEE_OTHER, "{}", refused.body);
    let location = refused.headers[header::LOCATION]
        .to_str()
        .expect("location")
        .to_string();
    assert!(
        location.starts_with(&format!("/startups/{startup}/pitch?"))
            && location.contains("upload_error=wrong_type"),
        "{location}"
    );
    let page = app.get(&location, Some(&owner)).await;
    assert_eq!(page.status, StatusCode::OK);
    let beside_the_field = page
        .body
        .split("id=\"field-deck-error\"")
        .nth(1)
        .expect("the deck field's error line");
    let beside_the_field: String = beside_the_field.chars().take(200).collect();
    assert!(
        beside_the_field.contains("The pitch deck must be a PDF file"),
        "{beside_the_field}"
    );

    // Text in the URL is never shown: only codes the page knows.
    let forged = app
        .get(
            &format!("/startups/{startup}/pitch?upload_error=%3Cb%3Ehi%3C%2Fb%3E"),
            Some(&owner),
        )
        .await;
    assert_eq!(forged.status, StatusCode::OK);
    assert!(!forged.body.contains("<b>hi</b>"));
    assert!(!forged.body.contains("id=\"field-deck-error\""));

    // A JSON client gets the status and the error shape every server function uses.
    let api = app
        .upload(
            &format!("/files/pitches/{id}/deck"),
            &owner,
            "deck",
            "deck.pdf",
            b"",
        )
        .await;
    assert_eq!(api.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(api
        .field_error("deck")
        .is_some_and(|m| m.contains("empty file")));
}

#[tokio::test]
async fn submitting_needs_a_deck_and_the_deadline_locks_the_pitch() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let edition = app.edition(&staff, false).await;
    let owner = app.founder("owner@example.com").await;
    let startup = app.create_startup(&owner, "Tidal Grid").await;

    let no_deck = app.save_pitch(&owner, &startup, &edition, "submit").await;
    assert_eq!(no_deck.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_deck.field_error("deck").is_some());
    assert!(
        no_deck.body.contains("Storage for ports."),
        "typed values kept"
    );

    let bad = app
        .call(
            "pitches/save",
            Some(&owner),
            &[
                ("startup_id", &startup),
                ("edition_id", &edition),
                ("title", ""),
                ("summary", "x"),
                ("track", "Space"),
                ("availability", "2099-09-20 09:00-10:00"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    for field in ["title", "track", "availability"] {
        assert!(bad.field_error(field).is_some(), "{field}");
    }

    app.save_pitch(&owner, &startup, &edition, "draft").await;
    let submission = app.pitch(&owner, &startup).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    app.upload(
        &format!("/files/pitches/{submission}/deck"),
        &owner,
        "deck",
        "deck.pdf",
        PDF,
    )
    .await;
    let submitted = app.save_pitch(&owner, &startup, &edition, "submit").await;
    assert_eq!(submitted.status, StatusCode::OK, "{}", submitted.body);
    let pitch = app.pitch(&owner, &startup).await;
    assert_eq!(pitch["status"], "submitted");
    let timeline: Vec<&str> = pitch["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["status"].as_str())
        .collect();
    assert_eq!(timeline, vec!["draft", "submitted"]);
    assert_eq!(pitch["availability"], "2099-09-15 09:00-12:00");

    // Staff move the deadline into the past: the pitch is read-only, withdrawal still works.
    let past = app.edition(&staff, true).await;
    let late = app.save_pitch(&owner, &startup, &past, "draft").await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert!(late.body.contains("deadline has passed"), "{}", late.body);

    let withdrawn = app
        .call(
            "pitches/withdraw",
            Some(&owner),
            &[("submission_id", &submission)],
        )
        .await;
    assert_eq!(withdrawn.status, StatusCode::OK, "{}", withdrawn.body);
    let after = app
        .call(
            "pitches/get",
            Some(&owner),
            &[("startup_id", &startup), ("edition_id", &edition)],
        )
        .await
        .json();
    assert_eq!(after["status"], "withdrawn");
    assert_eq!(
        app.save_pitch(&owner, &startup, &edition, "draft")
            .await
            .status,
        StatusCode::CONFLICT
    );
}

#[tokio::test]
async fn the_showcase_lists_accepted_startups_that_opted_in_and_staff_see_the_table() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let edition = app.edition(&staff, false).await;
    let mut ids = Vec::new();
    for (i, name) in ["Aurora Bio", "Tidal Grid", "Quiet Draft"]
        .iter()
        .enumerate()
    {
        let founder = app.founder(&format!("f{i}@example.com")).await;
        let startup = app.create_startup(&founder, name).await;
        app.save_pitch(&founder, &startup, &edition, "draft").await;
        let submission = app.pitch(&founder, &startup).await["id"]
            .as_str()
            .unwrap()
            .to_string();
        app.upload(
            &format!("/files/pitches/{submission}/deck"),
            &founder,
            "deck",
            "d.pdf",
            PDF,
        )
        .await;
        if *name != "Quiet Draft" {
            app.save_pitch(&founder, &startup, &edition, "submit").await;
        }
        ids.push(startup);
    }
    app.set_status(&ids[0], domain::submission::Status::Accepted)
        .await;

    let page = app.call("showcase/list", None, &[]).await.json();
    let names: Vec<&str> = page["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["name"].as_str())
        .collect();
    assert_eq!(names, vec!["Aurora Bio"]);
    let public = app.call("showcase/startup", None, &[("id", &ids[0])]).await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(
        !public.body.contains("1500000") && !public.body.contains("1,500,000"),
        "no private fields"
    );
    assert_eq!(
        app.call("showcase/startup", None, &[("id", &ids[1])])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let filtered = app
        .call("showcase/list", None, &[("country", "SG")])
        .await
        .json();
    assert_eq!(filtered["total"], 0);
    let html = app.get("/showcase", None).await;
    assert!(
        html.body.contains("Aurora Bio"),
        "server-rendered for crawlers"
    );

    let table = app
        .call("staff/submissions", Some(&staff), &[])
        .await
        .json();
    assert_eq!(table["total"], 2, "drafts stay with their team");
    let searched = app
        .call("staff/submissions", Some(&staff), &[("q", "tidal")])
        .await
        .json();
    assert_eq!(searched["rows"][0]["startup_name"], "Tidal Grid");
    let founder = app.founder("curious@example.com").await;
    assert_eq!(
        app.call("staff/submissions", Some(&founder), &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_showcase_and_the_staff_table_find_a_chinese_name_by_any_part_of_it() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let edition = app.edition(&staff, false).await;
    for (i, name) in ["潮汐电网", "Tidal Grid", "电网之家"].iter().enumerate() {
        let (_, startup) = app
            .submitted_startup(&edition, &format!("zh{i}@example.com"), name)
            .await;
        app.set_status(&startup, domain::submission::Status::Accepted)
            .await;
    }
    let showcase = |q: &'static str| {
        let app = &app;
        async move {
            let page = app.call("showcase/list", None, &[("q", q)]).await;
            assert_eq!(page.status, StatusCode::OK, "{}", page.body);
            let names: Vec<String> = page.json()["entries"]
                .as_array()
                .expect("entries")
                .iter()
                .filter_map(|e| e["name"].as_str().map(str::to_string))
                .collect();
            names
        }
    };
    assert_eq!(
        showcase("潮汐").await,
        vec!["潮汐电网"],
        "the start of a name"
    );
    assert_eq!(
        showcase("汐电").await,
        vec!["潮汐电网"],
        "the middle of a name"
    );
    let mut both = showcase("电网").await;
    both.sort();
    assert_eq!(
        both,
        vec!["潮汐电网", "电网之家"],
        "the end of one, the start of another"
    );
    assert!(showcase("潮水").await.is_empty(), "not a part of any name");
    assert_eq!(showcase("tidal").await, vec!["Tidal Grid"]);

    // The HTML page, as a browser sends the query (percent-encoded UTF-8).
    let html = app.get("/showcase?q=%E6%BD%AE%E6%B1%90", None).await;
    assert_eq!(html.status, StatusCode::OK);
    assert!(html.body.contains("潮汐电网"), "{}", html.body);
    assert!(!html.body.contains("电网之家"));
    // In Chinese, the card names the stage and the country in Chinese too.
    let zh = app
        .send(
            Request::get("/showcase?q=%E6%BD%AE%E6%B1%90")
                .header(header::HOST, "127.0.0.1:3000")
                .header(header::ACCEPT, "text/html")
                .header(header::ACCEPT_LANGUAGE, "zh-CN")
                .body(Body::empty())
                .expect("request"),
        )
        .await;
    for chinese in [
        "项目展示",
        "<!>种子轮<!>",
        "<!>中国</p>",
        ">中国</option>",
        "全部阶段",
    ] {
        assert!(
            zh.body.contains(chinese),
            "{chinese:?} missing: {}",
            zh.body
        );
    }
    assert!(!zh.body.contains("All stages") && !zh.body.contains(">China<"));

    let table = app
        .call("staff/submissions", Some(&staff), &[("q", "潮汐")])
        .await
        .json();
    assert_eq!(table["total"], 1);
    assert_eq!(table["rows"][0]["startup_name"], "潮汐电网");
    assert_eq!(
        table["rows"][0]["stage"], "seed",
        "the stage travels as its code"
    );
}

#[tokio::test]
async fn staff_read_the_audit_trail_and_nobody_else_does() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let founder = app.founder("audited@example.com").await;
    app.create_startup(&founder, "Audited Labs").await;
    let page = app
        .call("staff/audit", Some(&staff), &[("page", "1")])
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let newest = &page.json()["entries"][0];
    assert_eq!(newest["action"], "startup.create");
    assert_eq!(newest["detail"], "Audited Labs");
    assert!(newest["actor"]
        .as_str()
        .unwrap()
        .contains("audited@example.com"));
    assert_eq!(
        app.call("staff/audit", Some(&founder), &[("page", "1")])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.call("staff/audit", None, &[("page", "1")]).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn names_sort_by_pinyin_among_latin_ones_and_search_finds_chinese_both_ways() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let edition = app.edition(&staff, false).await;
    for (i, name) in ["Kestrel Pay", "潮汐电网", "Aurora Bio", "北斗 Robotics"]
        .iter()
        .enumerate()
    {
        app.submitted_startup(&edition, &format!("p{i}@example.com"), name)
            .await;
    }
    let names = |page: Value| -> Vec<String> {
        page["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .map(|r| r["startup_name"].as_str().expect("name").to_string())
            .collect()
    };
    let all = app.call("staff/submissions", Some(&staff), &[]).await;
    assert_eq!(all.status, StatusCode::OK, "{}", all.body);
    // Bei-dou, Chao-xi: where a Chinese reader looks for them among A… and K….
    assert_eq!(
        names(all.json()),
        ["Aurora Bio", "北斗 Robotics", "潮汐电网", "Kestrel Pay"]
    );
    for q in ["潮汐", "chaoxi", "ChaoXi"] {
        let found = app
            .call("staff/submissions", Some(&staff), &[("q", q)])
            .await;
        assert_eq!(names(found.json()), ["潮汐电网"], "{q}");
    }
    let beidou = app
        .call("staff/submissions", Some(&staff), &[("q", "beidou")])
        .await;
    assert_eq!(names(beidou.json()), ["北斗 Robotics"]);
}

#[tokio::test]
async fn search_follows_a_rename_and_reads_wildcards_as_plain_characters() {
    // Three characters or more are answered from the trigram index on SQLite (kept by
    // triggers), shorter ones by reading every name: both must agree with the names.
    let app = spawn_app().await;
    let staff = app.staff().await;
    let edition = app.edition(&staff, false).await;
    let mut ids = Vec::new();
    for (i, name) in ["Lumen Robotics", "潮汐电网", "100% Solar", "Lug Works"]
        .iter()
        .enumerate()
    {
        let email = format!("s{i}@example.com");
        ids.push(app.submitted_startup(&edition, &email, name).await);
    }
    let found = |q: String| {
        let (app, staff) = (&app, &staff);
        async move {
            let page = app
                .call("staff/submissions", Some(staff), &[("q", q.as_str())])
                .await;
            assert_eq!(page.status, StatusCode::OK, "{}", page.body);
            let mut names: Vec<String> = page.json()["rows"]
                .as_array()
                .expect("rows")
                .iter()
                .map(|r| r["startup_name"].as_str().expect("name").to_string())
                .collect();
            names.sort();
            names
        }
    };
    assert_eq!(found("umen rob".into()).await, ["Lumen Robotics"]);
    assert_eq!(found("LUMEN".into()).await, ["Lumen Robotics"]);
    assert_eq!(found("潮汐电".into()).await, ["潮汐电网"]);
    assert_eq!(found("chaoxidian".into()).await, ["潮汐电网"]);
    assert_eq!(found("0% s".into()).await, ["100% Solar"], "a percent sign");
    assert!(
        found("l_g".into()).await.is_empty(),
        "an underscore is a character"
    );
    assert!(found("%%%".into()).await.is_empty());

    // Renamed: found by the new name only.
    let (founder, startup) = &ids[0];
    let mut edit = profile("Beacon Drones");
    edit[0] = ("id", startup);
    let saved = app.call("startups/save", Some(founder), &edit).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    assert!(
        found("lumen".into()).await.is_empty(),
        "the old name is gone"
    );
    assert_eq!(found("beacon".into()).await, ["Beacon Drones"]);
    // Another edit that keeps the name keeps it findable.
    let mut edit = profile("Beacon Drones");
    edit[0] = ("id", startup);
    edit[2] = ("one_liner", "Drones that map harbours.");
    app.call("startups/save", Some(founder), &edit).await;
    assert_eq!(found("beacon dr".into()).await, ["Beacon Drones"]);
}

/// Where a redirect sends the browser, as a path on this site.
pub(crate) fn location_of(reply: &Reply) -> String {
    reply
        .headers
        .get(header::LOCATION)
        .and_then(|l| l.to_str().ok())
        .expect("location")
        .trim_start_matches("http://127.0.0.1:3000")
        .to_string()
}

#[test]
fn after_a_saved_draft_a_failed_post_shows_only_its_error() {
    on_a_big_stack(a_failed_post_drops_the_earlier_notice);
}

async fn a_failed_post_drops_the_earlier_notice() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let edition = app.edition(&staff, false).await;
    let owner = app.founder("nia@example.com").await;
    let startup = app.create_startup(&owner, "Nia Labs").await;
    let page = format!("/startups/{startup}/pitch");
    let mut fields = vec![
        ("startup_id", startup.as_str()),
        ("edition_id", edition.as_str()),
        ("intent", "draft"),
        ("title", "Nia at GSIC"),
        ("summary", "Storage for ports."),
        ("track", "Clean energy"),
        ("availability", ""),
    ];
    let saved = app
        .post_from_page("pitches/save", &owner, &page, &fields)
        .await;
    let after_save = location_of(&saved);
    assert!(after_save.contains("notice=draft_saved"), "{after_save}");
    let shown = app.get(&after_save, Some(&owner)).await;
    assert!(shown.body.contains("Draft saved."));

    // The second post, from the page that says "Draft saved.", fails.
    fields.retain(|(k, _)| *k != "title");
    fields.push(("title", ""));
    let failed = app
        .post_from_page("pitches/save", &owner, &after_save, &fields)
        .await;
    let after_error = location_of(&failed);
    assert!(after_error.contains("__err="), "{after_error}");
    assert!(!after_error.contains("notice="), "{after_error}");
    let binding = failed
        .cookie("pitchline_form_error")
        .expect("form error cookie");
    let shown = app
        .get(&after_error, Some(&format!("{owner}; {binding}")))
        .await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(
        shown.body.contains("aria-invalid=\"true\""),
        "the title is marked: {}",
        shown.body
    );
    assert!(!shown.body.contains("Draft saved."), "no stale notice");

    // A refused upload from a page with a notice drops the notice too.
    let id = app.pitch(&owner, &startup).await["id"]
        .as_str()
        .expect("pitch id")
        .to_string();
    let uploaded = app
        .upload_from_browser(
            &format!("/files/pitches/{id}/deck"),
            &owner,
            "deck",
            "d.pdf",
            PDF,
        )
        .await;
    assert!(location_of(&uploaded).contains("notice=deck_uploaded"));
}

/// (to, subject) of every email in the outbox.
async fn mails(app: &TestApp) -> Vec<(String, String)> {
    use backend::model::outbox;
    outbox::Entity::find()
        .all(&app.db)
        .await
        .expect("outbox")
        .into_iter()
        .map(|m| (m.to_email, m.subject))
        .collect()
}

#[test]
fn a_submitted_pitch_reads_as_a_summary_and_withdrawing_asks_first() {
    on_a_big_stack(summary_confirmation_and_emails);
}

async fn summary_confirmation_and_emails() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let edition = app.edition(&staff, false).await;
    let owner = app.founder("owner@example.com").await;
    let startup = app.create_startup(&owner, "Tidal Grid").await;
    app.save_pitch(&owner, &startup, &edition, "draft").await;
    let page = format!("/startups/{startup}/pitch");

    // A draft is its form; its empty deck card says what a deck is for.
    let draft = app.get(&page, Some(&owner)).await;
    assert!(draft.body.contains("Save draft"), "{}", draft.body);
    assert!(draft.body.contains("No deck yet."));
    assert!(draft.body.contains("The deck is the PDF judges read"));

    let id = app.pitch(&owner, &startup).await["id"]
        .as_str()
        .expect("pitch id")
        .to_string();
    app.upload(
        &format!("/files/pitches/{id}/deck"),
        &owner,
        "deck",
        "d.pdf",
        PDF,
    )
    .await;
    let submitted = app.save_pitch(&owner, &startup, &edition, "submit").await;
    assert_eq!(submitted.status, StatusCode::OK, "{}", submitted.body);
    // "Pitch received" goes to the team once, not again on a re-save.
    let received = |m: &Vec<(String, String)>| {
        m.iter()
            .filter(|(to, subject)| {
                to == "owner@example.com" && subject == "Pitch received: Tidal Grid at GSIC"
            })
            .count()
    };
    assert_eq!(received(&mails(&app).await), 1, "{:?}", mails(&app).await);
    let resaved = app.save_pitch(&owner, &startup, &edition, "changes").await;
    assert_eq!(resaved.status, StatusCode::OK, "{}", resaved.body);
    assert_eq!(received(&mails(&app).await), 1);
    let body = app.outbox_bodies().await.join("\n");
    assert!(
        body.contains(
            "You can still change it until the deadline, 1 Sep 2099, 18:00 (Asia/Shanghai)"
        ),
        "{body}"
    );

    // Submitted: a summary with "Edit until …", not a form whose button says "Save draft".
    let summary = app.get(&page, Some(&owner)).await;
    assert!(
        summary.body.contains("Your pitch as submitted"),
        "{}",
        summary.body
    );
    assert!(summary
        .body
        .contains("Edit until 1 Sep 2099, 18:00 (Asia/Shanghai)"));
    assert!(!summary.body.contains("Save draft"));
    assert!(!summary.body.contains("No deck yet."));
    // Withdrawing is a link to its confirmation, not a one-click form.
    assert!(summary.body.contains(&format!(
        "/startups/{startup}/pitch/withdraw?edition={edition}"
    )));
    assert!(!summary.body.contains("/api/pitches/withdraw"));
    let editing = app
        .get(&format!("{page}?edition={edition}&edit=1"), Some(&owner))
        .await;
    assert!(editing.body.contains("Save changes"), "{}", editing.body);
    assert!(!editing.body.contains("Save draft"));

    // The confirmation says what withdrawal means before the one button.
    let confirm_page = format!("/startups/{startup}/pitch/withdraw?edition={edition}");
    let confirm = app.get(&confirm_page, Some(&owner)).await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert!(
        confirm.body.contains("Withdraw this pitch?"),
        "{}",
        confirm.body
    );
    assert!(confirm.body.contains("It is final"));
    assert!(confirm.body.contains("/api/pitches/withdraw"));
    assert!(!confirm.body.contains("the organisers are told"));
    // Another founder sees nothing.
    let other = app.founder("other@example.com").await;
    let hidden = app.get(&confirm_page, Some(&other)).await;
    assert!(!hidden.body.contains("/api/pitches/withdraw"));

    // Accepted: a read-only summary (no greyed form), and the confirmation says staff
    // are told and the place is lost.
    app.set_status(&startup, domain::submission::Status::Accepted)
        .await;
    let decided = app.get(&page, Some(&owner)).await;
    assert!(
        !decided.body.contains("<fieldset disabled"),
        "{}",
        decided.body
    );
    assert!(!decided.body.contains("Edit until"));
    assert!(decided.body.contains("Tidal Grid at GSIC"));
    let confirm = app.get(&confirm_page, Some(&owner)).await;
    assert!(
        confirm.body.contains(
            "It is Accepted now: the organisers are told by email at once, and the place is lost"
        ),
        "{}",
        confirm.body
    );
    let withdrawn = app
        .post_from_page(
            "pitches/withdraw",
            &owner,
            &confirm_page,
            &[("submission_id", &id)],
        )
        .await;
    assert!(
        location_of(&withdrawn).contains("notice=pitch_withdrawn"),
        "{}",
        location_of(&withdrawn)
    );
    assert_eq!(app.pitch(&owner, &startup).await["status"], "withdrawn");
    assert!(
        mails(&app)
            .await
            .iter()
            .any(|(to, subject)| to == "staff@test.org" && subject == "Pitch withdrawn: Tidal Grid"),
        "{:?}",
        mails(&app).await
    );
    // Withdrawn: nothing more to withdraw.
    let after = app.get(&confirm_page, Some(&owner)).await;
    assert!(after.body.contains("This pitch cannot be withdrawn."));
    assert!(!after.body.contains("/api/pitches/withdraw"));
}

#[test]
fn the_audit_log_filters_by_who_action_and_days_and_names_its_subjects() {
    on_a_big_stack(audit_filters_and_names);
}

async fn audit_filters_and_names() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let edition = app.edition(&staff, false).await;
    let ada = app
        .sign_up_and_verify("Ada Li", "ada@example.com", "founder-pass-1")
        .await;
    let bo = app.founder("bo@example.com").await;
    let startup = app.create_startup(&ada, "Tidal Grid").await;
    app.create_startup(&bo, "Aurora Bio").await;
    app.save_pitch(&ada, &startup, &edition, "draft").await;
    let id = app.pitch(&ada, &startup).await["id"]
        .as_str()
        .expect("pitch id")
        .to_string();
    app.upload(
        &format!("/files/pitches/{id}/deck"),
        &ada,
        "deck",
        "d.pdf",
        PDF,
    )
    .await;
    app.save_pitch(&ada, &startup, &edition, "submit").await;

    let audit = |pairs: Vec<(&'static str, &'static str)>| {
        let app = &app;
        let staff = staff.clone();
        async move { app.call("staff/audit", Some(&staff), &pairs).await }
    };
    // Who: part of the name or email, any case.
    for who in ["ADA", "ada@example"] {
        let reply = audit(vec![("page", "1"), ("who", who)]).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        let entries = reply.json()["entries"].as_array().expect("entries").clone();
        assert!(entries.len() >= 4, "{entries:?}");
        assert!(entries.iter().all(|e| e["actor"]
            .as_str()
            .is_some_and(|a| a.contains("ada@example.com"))));
    }
    // Action, with the subject named: the pitch by its startup.
    let submitted = audit(vec![("action", "pitch.submit")]).await.json();
    let entries = submitted["entries"].as_array().expect("entries");
    assert_eq!(entries.len(), 1, "{submitted}");
    assert_eq!(entries[0]["subject_name"], "Tidal Grid");
    let created = audit(vec![("action", "edition.create")]).await.json();
    assert_eq!(created["entries"][0]["subject_name"], "GSIC 2099");
    // Days (UTC, both included).
    let today = chrono::Utc::now().date_naive().to_string();
    let tomorrow = (chrono::Utc::now().date_naive() + chrono::Duration::days(1)).to_string();
    let today: &'static str = Box::leak(today.into_boxed_str());
    let tomorrow: &'static str = Box::leak(tomorrow.into_boxed_str());
    let same_day = audit(vec![
        ("from", today),
        ("to", today),
        ("action", "pitch.submit"),
    ])
    .await
    .json();
    assert_eq!(same_day["entries"].as_array().map(Vec::len), Some(1));
    let none = audit(vec![("from", tomorrow)]).await.json();
    assert_eq!(none["entries"].as_array().map(Vec::len), Some(0));
    let reversed = audit(vec![("from", tomorrow), ("to", today)]).await;
    assert_eq!(reversed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reversed.field_error("to").is_some(), "{}", reversed.body);

    // A subject that is gone keeps its kind and short id.
    let ada_id = app.me(Some(&ada)).await["id"]
        .as_str()
        .expect("id")
        .parse::<uuid::Uuid>()
        .expect("uuid");
    let gone = uuid::Uuid::new_v4();
    for _ in 0..55 {
        backend::platform::audit::record(
            &app.db,
            Some(ada_id),
            "startup.update",
            &format!("startup:{gone}"),
            "",
        )
        .await
        .expect("record");
    }

    // The page: a GET form that keeps the filters, named subjects, pages that keep them.
    let page = app
        .get("/staff/audit?who=Ada&action=pitch.submit", Some(&staff))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Pitch of Tidal Grid"), "{}", page.body);
    assert!(page.body.contains("method=\"get\""));
    assert!(
        page.body.contains("value=\"Ada\""),
        "the typed filter stays"
    );
    let table = page.body.split("<table").nth(1).unwrap_or_default();
    assert!(!table.contains("Startup created"), "only the chosen action");
    let page = app
        .get("/staff/audit?who=ada&action=startup.update", Some(&staff))
        .await;
    let short: String = gone.to_string().chars().take(8).collect();
    assert!(
        page.body.contains(&format!("Startup {short}")),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("/staff/audit?who=ada&amp;action=startup.update&amp;page=2")
            || page
                .body
                .contains("/staff/audit?who=ada&action=startup.update&page=2"),
        "the next page keeps the filters: {}",
        page.body
    );
    let bad = app.get("/staff/audit?from=someday", Some(&staff)).await;
    assert_eq!(bad.status, StatusCode::OK);
    assert!(
        bad.body.contains("Start date must be a date like"),
        "{}",
        bad.body
    );
}

#[tokio::test]
async fn a_refused_paste_of_100_kb_is_not_echoed_back_whole() {
    let app = spawn_app().await;
    let founder = app.founder("lin@example.com").await;
    let paste = "harbour ".repeat(12_500);
    let mut fields = profile("Tidal Grid");
    for (k, v) in fields.iter_mut() {
        if *k == "description" {
            *v = &paste;
        }
    }
    let reply = app.call("startups/save", Some(&founder), &fields).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        reply.field_error("description").is_some(),
        "{}",
        &reply.body[..200]
    );
    assert!(
        reply.body.len() < 20_000,
        "the error carried {} bytes back",
        reply.body.len()
    );
}
