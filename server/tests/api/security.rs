//! Abuse limits and the holes of the outside review (issue 13), one test per item.

use super::*;
use backend::secrets::hashing_stats;

async fn reset(app: &TestApp, token: &str, password: &str) -> Reply {
    app.call(
        "auth/reset",
        None,
        &[("token", token), ("password", password)],
    )
    .await
}

#[tokio::test]
async fn a_reset_without_a_live_link_hashes_nothing_and_is_limited_per_ip() {
    let app = spawn_app().await;
    let before = hashing_stats().started;
    for i in 0..20 {
        let reply = reset(&app, &format!("bogus-{i}"), "a fine new password").await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            reply.form_error().is_some_and(|m| m.contains("expired")),
            "{}",
            reply.body
        );
    }
    assert_eq!(
        hashing_stats().started,
        before,
        "no password is hashed for a link that does not exist"
    );
    let limited = reset(&app, "bogus-21", "a fine new password").await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn concurrent_password_hashing_never_exceeds_the_slots() {
    let app = Arc::new(spawn_app().await);
    let slots = hashing_stats().slots;
    let mut tasks = Vec::new();
    for i in 0..(3 * slots).min(18) {
        let app = app.clone();
        tasks.push(tokio::spawn(async move {
            app.sign_up(
                "Flood",
                &format!("flood{i}@example.com"),
                "flood passphrase",
            )
            .await
            .status
        }));
    }
    for task in tasks {
        assert_eq!(task.await.expect("task"), StatusCode::OK);
    }
    let stats = hashing_stats();
    assert!(
        stats.peak <= stats.slots,
        "{} hashes ran at once with {} slots",
        stats.peak,
        stats.slots
    );
}

/// A server-function call that arrived through a proxy which wrote `forwarded`.
async fn call_via_proxy(
    app: &TestApp,
    endpoint: &str,
    pairs: &[(&str, &str)],
    forwarded: &str,
) -> Reply {
    let req = Request::post(format!("/api/{endpoint}"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "application/json")
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, "http://127.0.0.1:3000")
        .header("x-forwarded-for", forwarded)
        .body(Body::from(form(pairs)))
        .expect("request");
    app.send(req).await
}

async fn bogus_reset_via(app: &TestApp, forwarded: &str) -> StatusCode {
    call_via_proxy(
        app,
        "auth/reset",
        &[("token", "bogus"), ("password", "a fine new password")],
        forwarded,
    )
    .await
    .status
}

#[tokio::test]
async fn behind_a_proxy_the_client_cannot_choose_its_address() {
    let app = spawn_app_with(|c| c.trusted_proxy_hops = 1).await;
    for i in 0..20 {
        // The client writes whatever it likes on the left; the proxy appends the truth.
        let status = bogus_reset_via(&app, &format!("10.9.{i}.1, 203.0.113.7")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    assert_eq!(
        bogus_reset_via(&app, "10.9.99.1, 203.0.113.7").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        bogus_reset_via(&app, "203.0.113.8").await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "another client keeps its own allowance"
    );
}

#[tokio::test]
async fn an_ipv6_client_counts_by_its_64_bit_prefix() {
    let app = spawn_app_with(|c| c.trusted_proxy_hops = 1).await;
    for i in 0..20 {
        let status = bogus_reset_via(&app, &format!("2001:db8:1:2::{:x}", i + 1)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    assert_eq!(
        bogus_reset_via(&app, "2001:db8:1:2:ffff::1").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        bogus_reset_via(&app, "2001:db8:1:3::1").await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

#[tokio::test]
async fn stale_rate_limit_counters_are_purged() {
    use backend::model::rate_limit;
    use backend::platform::rate_limits::purge_stale;
    let app = spawn_app().await;
    reset(&app, "bogus", "a fine new password").await;
    let counters = || async {
        rate_limit::Entity::find()
            .count(&app.db)
            .await
            .expect("count")
    };
    assert!(counters().await > 0);
    let now = chrono::Utc::now();
    assert_eq!(purge_stale(&app.db, now).await.expect("purge"), 0);
    assert!(
        purge_stale(&app.db, now + chrono::Duration::days(2))
            .await
            .expect("purge")
            > 0
    );
    assert_eq!(counters().await, 0);
}

#[tokio::test]
async fn wrong_guesses_lock_out_the_guesser_not_the_owner() {
    let app = spawn_app_with(|c| c.trusted_proxy_hops = 1).await;
    app.founder("owner@example.com").await;
    let log_in_via = |password: &'static str, from: &'static str| {
        let app = &app;
        async move {
            call_via_proxy(
                app,
                "auth/log-in",
                &[("email", "owner@example.com"), ("password", password)],
                from,
            )
            .await
            .status
        }
    };
    for _ in 0..10 {
        assert_eq!(
            log_in_via("guess guess", "203.0.113.66").await,
            StatusCode::UNPROCESSABLE_ENTITY
        );
    }
    assert_eq!(
        log_in_via("founder-pass-1", "203.0.113.66").await,
        StatusCode::TOO_MANY_REQUESTS,
        "the guesser is locked out"
    );
    assert_eq!(
        log_in_via("founder-pass-1", "198.51.100.5").await,
        StatusCode::OK,
        "the owner, elsewhere, is not"
    );
}

#[tokio::test]
async fn a_reset_ends_every_open_reset_link_of_the_account() {
    let app = spawn_app().await;
    app.founder("twice@example.com").await;
    for _ in 0..2 {
        let asked = app
            .call(
                "auth/request-reset",
                None,
                &[("email", "twice@example.com")],
            )
            .await;
        assert_eq!(asked.status, StatusCode::OK);
    }
    let mails = app.outbox_bodies().await;
    assert_eq!(mails.len(), 2);
    let (first, second) = (token_in(&mails[0]), token_in(&mails[1]));
    let done = reset(&app, &second, "brand new password").await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    let older = reset(&app, &first, "someone else's password").await;
    assert!(
        older
            .form_error()
            .is_some_and(|m| m.contains("expired or was already used")),
        "{}",
        older.body
    );
    assert_eq!(
        app.log_in("twice@example.com", "brand new password")
            .await
            .status,
        StatusCode::OK
    );
}

/// One submitted pitch by `founder_email` in the current edition, judging set up with
/// `k` reviews per pitch and the phase open. Returns (staff, edition, founder cookie,
/// submission id).
async fn judged_pitch(
    app: &TestApp,
    founder_email: &str,
    k: &str,
) -> (String, String, String, String) {
    let staff = app.staff().await;
    let edition = app.edition(&staff, false).await;
    let founder = app.founder(founder_email).await;
    let startup = app.create_startup(&founder, "Mei Robotics").await;
    let saved = app.save_pitch(&founder, &startup, &edition, "save").await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    app.set_status(&startup, domain::submission::Status::Submitted)
        .await;
    let submission = app.pitch(&founder, &startup).await["id"]
        .as_str()
        .expect("submission id")
        .to_string();
    set_phase(app, &staff, &edition, k, "on").await;
    (staff, edition, founder, submission)
}

async fn set_phase(app: &TestApp, staff: &str, edition: &str, k: &str, open: &str) {
    let setup = app
        .call("judging/setup", Some(staff), &[("edition", edition)])
        .await
        .json();
    let rubric = setup["form"]["rubric"]
        .as_str()
        .expect("rubric")
        .to_string();
    let saved = app
        .call(
            "judging/setup/save",
            Some(staff),
            &[
                ("edition", edition),
                ("rubric", &rubric),
                ("reviews_per_pitch", k),
                ("phase_open", open),
                ("visibility", "after_own"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
}

#[tokio::test]
async fn a_judge_on_the_team_is_in_conflict_with_their_own_pitch() {
    let app = spawn_app().await;
    // A public mail domain: no shared-domain conflict could catch this.
    let (staff, edition, _, submission) = judged_pitch(&app, "mei@gmail.com", "2").await;
    backend::features::accounts::create_or_grant(
        &app.db,
        "mei@gmail.com",
        "Mei",
        "founder-pass-1",
        &[domain::account::Role::Investor],
    )
    .await
    .expect("investor role");
    let mei = app
        .log_in("mei@gmail.com", "founder-pass-1")
        .await
        .session_cookie()
        .expect("session");
    app.investor("ada@harbour.vc").await;
    let assigned = app
        .call(
            "judging/auto-assign",
            Some(&staff),
            &[("edition", &edition)],
        )
        .await;
    assert_eq!(assigned.status, StatusCode::OK, "{}", assigned.body);
    assert_eq!(
        app.call("reviews/form", Some(&mei), &[("submission", &submission)])
            .await
            .status,
        StatusCode::NOT_FOUND,
        "a founder never reaches their own pitch as a judge"
    );
    let mei_id = app.me(Some(&mei)).await["id"]
        .as_str()
        .expect("id")
        .to_string();
    let by_hand = app
        .call(
            "judging/assign",
            Some(&staff),
            &[("submission", &submission), ("investor", &mei_id)],
        )
        .await;
    assert_eq!(by_hand.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        by_hand
            .field_error("investor")
            .is_some_and(|m| m.contains("conflict of interest")),
        "{}",
        by_hand.body
    );
}

#[tokio::test]
async fn after_the_phase_closes_a_conflict_cannot_withdraw_a_review() {
    let app = spawn_app().await;
    let (staff, edition, _, submission) = judged_pitch(&app, "lin@example.com", "1").await;
    let ada = app.investor("ada@harbour.vc").await;
    app.call(
        "judging/auto-assign",
        Some(&staff),
        &[("edition", &edition)],
    )
    .await;
    let form = app
        .call("reviews/form", Some(&ada), &[("submission", &submission)])
        .await
        .json();
    let keys: Vec<String> = form["criteria"]
        .as_array()
        .expect("criteria")
        .iter()
        .filter_map(|c| c["key"].as_str().map(|k| format!("scores[{k}]")))
        .collect();
    let mut review: Vec<(&str, &str)> = keys.iter().map(|k| (k.as_str(), "4")).collect();
    review.extend([
        ("submission", submission.as_str()),
        ("comment", "Solid."),
        ("private_note", ""),
        ("recommendation", "yes"),
        ("then", "stay"),
    ]);
    let saved = app.call("reviews/save", Some(&ada), &review).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    set_phase(&app, &staff, &edition, "1", "").await;
    let declared = app
        .call(
            "reviews/conflict",
            Some(&ada),
            &[("submission", &submission), ("reason", "I advised them.")],
        )
        .await;
    assert_eq!(declared.status, StatusCode::CONFLICT, "{}", declared.body);
    assert!(declared.body.contains("review phase is closed"));
    let reviews = backend::model::review::Entity::find()
        .count(&app.db)
        .await
        .expect("count");
    assert_eq!(reviews, 1, "the review stays");
}

#[tokio::test]
async fn a_control_character_in_back_or_a_huge_page_number_breaks_no_request() {
    let app = spawn_app().await;
    let (staff, _, _, submission) = judged_pitch(&app, "lin@example.com", "1").await;
    let decided = app
        .call(
            "judging/decide",
            Some(&staff),
            &[
                ("ids[0]", &submission),
                ("decision", "accept"),
                ("back", "/staff/ranking\u{1}x"),
            ],
        )
        .await;
    assert_eq!(decided.status, StatusCode::OK, "{}", decided.body);
    let audit = app
        .call(
            "staff/audit",
            Some(&staff),
            &[("page", "18446744073709551615")],
        )
        .await;
    assert_eq!(audit.status, StatusCode::OK, "{}", audit.body);
    assert_eq!(audit.json()["entries"], serde_json::json!([]));
    let page = app
        .get("/staff/audit?page=18446744073709551615", Some(&staff))
        .await;
    assert_eq!(page.status, StatusCode::OK);
}

#[tokio::test]
async fn a_huge_search_is_refused_with_a_sentence() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    app.edition(&staff, false).await;
    let huge = "x".repeat(60_000);
    let public = app.call("showcase/list", None, &[("q", &huge)]).await;
    assert_eq!(
        public.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        public.body
    );
    assert!(public
        .field_error("q")
        .is_some_and(|m| m.contains("at most 200 characters")));
    let table = app
        .call("staff/submissions", Some(&staff), &[("q", &huge)])
        .await;
    assert_eq!(
        table.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        table.body
    );
    let ordinary = app.call("showcase/list", None, &[("q", "tidal")]).await;
    assert_eq!(ordinary.status, StatusCode::OK, "{}", ordinary.body);
}

#[tokio::test]
async fn a_founder_cannot_pitch_to_an_edition_that_is_not_open() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let other = app.edition(&staff, true).await;
    let current = app.edition(&staff, false).await;
    // Another edition that has not closed yet, but is not the current one either.
    let future = app
        .call(
            "editions/save",
            Some(&staff),
            &[
                ("id", ""),
                ("name", "GSIC 2100"),
                ("city", "Shanghai"),
                ("starts_on", "2100-09-15"),
                ("ends_on", "2100-09-16"),
                ("time_zone", "Asia/Shanghai"),
                ("submission_deadline", "2100-09-01T18:00"),
                ("tracks", "AI\nClean energy"),
            ],
        )
        .await;
    assert_eq!(future.status, StatusCode::OK, "{}", future.body);
    let future = app.call("editions/list", Some(&staff), &[]).await.json();
    let future = future
        .as_array()
        .and_then(|l| l.iter().find(|e| e["name"] == "GSIC 2100"))
        .and_then(|e| e["id"].as_str())
        .expect("edition id")
        .to_string();
    let founder = app.founder("lin@example.com").await;
    let startup = app.create_startup(&founder, "Tidal Grid").await;
    for edition in [&future, &other] {
        let refused = app.save_pitch(&founder, &startup, edition, "save").await;
        assert_eq!(refused.status, StatusCode::NOT_FOUND, "{}", refused.body);
    }
    let ok = app.save_pitch(&founder, &startup, &current, "save").await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_start_together_on_one_fresh_database() {
    use backend::seed::DEMO_ACCOUNTS;
    let _one_at_a_time = serial().lock_owned().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let url = fresh_database_url(dir.path()).await;
    let starts: Vec<_> = (0..2)
        .map(|_| {
            let url = url.clone();
            tokio::spawn(async move {
                server::connect_migrate_and_seed(&url, Some("http://127.0.0.1:3000")).await
            })
        })
        .collect();
    let mut instances = Vec::new();
    for start in starts {
        let (db, seeded) = start
            .await
            .expect("task")
            .unwrap_or_else(|e| panic!("an instance failed to start: {e:#}"));
        instances.push((db, seeded));
    }
    assert_eq!(
        instances.iter().filter(|(_, seeded)| *seeded).count(),
        1,
        "exactly one instance seeds"
    );
    let users = backend::model::user::Entity::find()
        .count(&instances[0].0)
        .await
        .expect("count");
    let distinct: std::collections::HashSet<&str> = DEMO_ACCOUNTS.iter().map(|a| a.email).collect();
    assert_eq!(users, distinct.len() as u64);

    // A session started on one instance is good on the other.
    let mut routers = Vec::new();
    for (db, _) in instances {
        routers.push(TestApp {
            router: server::router(
                AppState {
                    db: db.clone(),
                    config: Arc::new(AppConfig {
                        data_dir: dir.path().into(),
                        ..AppConfig::for_tests()
                    }),
                },
                LeptosOptions::builder().output_name("pitchline").build(),
            ),
            db,
            _dir: tempfile::tempdir().expect("temp dir"),
            // This test already holds the one-at-a-time lock: a private guard will do.
            _one_at_a_time: Arc::new(tokio::sync::Mutex::new(())).lock_owned().await,
        });
    }
    let account = &DEMO_ACCOUNTS[0];
    let cookie = routers[0]
        .log_in(account.email, account.password)
        .await
        .session_cookie()
        .expect("session on the first instance");
    assert_eq!(routers[1].me(Some(&cookie)).await["email"], account.email);
}

/// A sign-up posted without JavaScript with a bad email: the redirect back to the form
/// (with `__err`) and the reply that carries it.
async fn failed_no_js_sign_up(app: &TestApp, name: &str) -> (String, Reply) {
    let req = Request::post("/api/auth/sign-up")
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, "http://127.0.0.1:3000")
        .header(header::ACCEPT, "text/html")
        .header(header::REFERER, "http://127.0.0.1:3000/signup")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form(&[
            ("display_name", name),
            ("email", "not-an-email"),
            ("password", "12345678"),
        ])))
        .expect("request");
    let reply = app.send(req).await;
    assert_eq!(reply.status, StatusCode::FOUND);
    let location = reply
        .headers
        .get(header::LOCATION)
        .and_then(|l| l.to_str().ok())
        .expect("location")
        .trim_start_matches("http://127.0.0.1:3000")
        .to_string();
    assert!(location.contains("__err="), "{location}");
    (location, reply)
}

#[tokio::test]
async fn a_form_error_in_a_link_shows_only_to_the_browser_that_posted() {
    let app = spawn_app().await;
    // The attacker posts the form themselves and sends the resulting link to a victim.
    let (link, attacker) = failed_no_js_sign_up(&app, "Wire the fee to IBAN X").await;
    let victim = app.get(&link, None).await;
    assert_eq!(victim.status, StatusCode::SEE_OTHER);
    assert_eq!(
        victim
            .headers
            .get(header::LOCATION)
            .and_then(|l| l.to_str().ok()),
        Some("/signup"),
        "the same page, without the error"
    );
    assert!(!victim.body.contains("IBAN"));
    let clean = app.get("/signup", None).await;
    assert_eq!(clean.status, StatusCode::OK);
    assert!(!clean.body.contains("IBAN"));

    // A cookie bound to one error does not unlock another.
    let binding = attacker
        .cookie("pitchline_form_error")
        .expect("form error cookie");
    let (other_link, _) = failed_no_js_sign_up(&app, "Another name").await;
    assert_eq!(
        app.get(&other_link, Some(&binding)).await.status,
        StatusCode::SEE_OTHER
    );
    // The browser that posted sees its own error and what it typed.
    let own = app.get(&link, Some(&binding)).await;
    assert_eq!(own.status, StatusCode::OK);
    assert!(own.body.contains("is not a valid email address"));
    assert!(own.body.contains("Wire the fee to IBAN X"));
}

#[tokio::test]
async fn a_form_error_in_a_link_cannot_hide_behind_encoding_or_lead_off_the_site() {
    let app = spawn_app().await;
    let (link, _) = failed_no_js_sign_up(&app, "Wire the fee to IBAN X").await;
    // The same error with its key percent-encoded, as the framework would still read it.
    let disguised = link
        .replace("__err=", "%5F%5Ferr=")
        .replace("__path=", "%5F%5Fpath=");
    let victim = app.get(&disguised, None).await;
    assert_eq!(victim.status, StatusCode::SEE_OTHER, "{disguised}");
    assert_eq!(
        victim
            .headers
            .get(header::LOCATION)
            .and_then(|l| l.to_str().ok()),
        Some("/signup")
    );
    // A page address that a browser would read as another host stays on this one.
    for path in ["//evil.example/?__err=x", "/\\evil.example/?__err=x"] {
        let reply = app.get(path, None).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{path}");
        assert_eq!(
            reply
                .headers
                .get(header::LOCATION)
                .and_then(|l| l.to_str().ok()),
            Some("/evil.example/"),
            "{path}"
        );
    }
}

#[tokio::test]
async fn a_long_form_error_waits_on_the_server_so_a_second_mistake_returns_to_the_form() {
    let app = spawn_app().await;
    let founder = app.founder("long@example.com").await;
    // 4,000 characters of Chinese and a wrong year, posted without JavaScript.
    let description = "港口储能".repeat(1000);
    let mut fields = crate::startups::profile("潮汐电网");
    for (key, value) in fields.iter_mut() {
        match *key {
            "description" => *value = &description,
            "founded_year" => *value = "1800",
            _ => {}
        }
    }
    let post = |referer: String| {
        let (app, founder, fields) = (&app, &founder, &fields);
        async move {
            let req = Request::post("/api/startups/save")
                .header(header::HOST, "127.0.0.1:3000")
                .header(header::ORIGIN, "http://127.0.0.1:3000")
                .header(header::ACCEPT, "text/html")
                .header(header::REFERER, referer)
                .header(header::COOKIE, founder.as_str())
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(form(fields)))
                .expect("request");
            let reply = app.send(req).await;
            assert_eq!(reply.status, StatusCode::FOUND, "{}", reply.body);
            let location = reply
                .headers
                .get(header::LOCATION)
                .and_then(|l| l.to_str().ok())
                .expect("location")
                .trim_start_matches("http://127.0.0.1:3000")
                .to_string();
            (
                location,
                reply.cookie("pitchline_form_error").expect("binding"),
            )
        }
    };
    let (first, binding) = post("http://127.0.0.1:3000/startups/new".into()).await;
    assert!(first.starts_with("/startups/new?"), "{first}");
    assert!(
        first.len() < 400,
        "the address stays short: {} bytes",
        first.len()
    );
    assert!(first.contains("__err=~"), "{first}");
    let page = app
        .get(&first, Some(&format!("{founder}; {binding}")))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains(&description),
        "the long text typed is still there"
    );
    assert!(
        page.body.contains("Founded must be a year from 1900"),
        "the error shows"
    );

    // The second mistake, posted from that page, comes back to it with one error only.
    let (second, binding) = post(format!("http://127.0.0.1:3000{first}")).await;
    assert!(second.starts_with("/startups/new?"), "{second}");
    assert_eq!(second.matches("__err=").count(), 1, "{second}");
    assert_eq!(second.matches("__path=").count(), 1, "{second}");
    let again = app
        .get(&second, Some(&format!("{founder}; {binding}")))
        .await;
    assert!(again.body.contains(&description));

    // Another browser (no binding) gets the form without the error, as for any link.
    let other = app.get(&second, Some(&founder)).await;
    assert_eq!(other.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn junk_posted_to_every_server_function_gets_a_4xx_never_a_5xx() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let endpoints = server::server_function_paths();
    assert!(endpoints.len() > 30, "{endpoints:?}");
    let junk: [&[(&str, &str)]; 3] = [
        &[],
        &[
            ("id", "not-a-uuid"),
            ("edition", "\u{0}"),
            ("submission", "../../etc/passwd"),
            ("startup_id", "-1"),
            ("page", "-1"),
            ("ids[0]", "x"),
            ("decision", "\u{1}"),
        ],
        &[("page", "18446744073709551616"), ("q", "%%%")],
    ];
    // Log-out last: it would end the staff session.
    let mut ordered: Vec<&String> = endpoints
        .iter()
        .filter(|p| !p.ends_with("log-out"))
        .collect();
    ordered.extend(endpoints.iter().filter(|p| p.ends_with("log-out")));
    for path in ordered {
        let endpoint = path.trim_start_matches("/api/");
        for (who, cookie) in [("anonymous", None), ("staff", Some(staff.as_str()))] {
            for pairs in junk {
                let reply = app.call(endpoint, cookie, pairs).await;
                assert!(
                    reply.status.as_u16() < 500,
                    "{endpoint} as {who} with {pairs:?}: {} {}",
                    reply.status,
                    reply.body
                );
            }
        }
    }
}

#[tokio::test]
async fn malformed_arguments_are_invalid_input_and_unknown_endpoints_are_not_found() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let malformed = app
        .call(
            "judging/auto-assign",
            Some(&staff),
            &[("edition", "not-a-uuid")],
        )
        .await;
    assert_eq!(
        malformed.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        malformed.body
    );
    assert!(malformed.json()["Invalid"]["message"].is_string());
    let unknown = app.call("no/such/function", None, &[]).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert!(
        !unknown.body.contains("server function"),
        "{}",
        unknown.body
    );
}

#[tokio::test]
async fn a_draft_and_its_deck_stay_private_to_the_team_until_submitted() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let edition = app.edition(&staff, false).await;
    let founder = app.founder("lin@example.com").await;
    let startup = app.create_startup(&founder, "Tidal Grid").await;
    let saved = app.save_pitch(&founder, &startup, &edition, "draft").await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let submission = app.pitch(&founder, &startup).await["id"]
        .as_str()
        .expect("submission id")
        .to_string();
    let uploaded = app
        .upload(
            &format!("/files/pitches/{submission}/deck"),
            &founder,
            "deck",
            "deck.pdf",
            b"%PDF-1.7\n%%EOF\n",
        )
        .await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.body);
    let deck = format!("/files/decks/{submission}");
    assert_eq!(app.get(&deck, Some(&founder)).await.status, StatusCode::OK);
    assert_eq!(
        app.get(&deck, Some(&staff)).await.status,
        StatusCode::NOT_FOUND,
        "staff do not read a draft's deck"
    );
    let seen = app.pitch(&staff, &startup).await;
    assert_eq!(seen["id"], Value::Null, "staff see no draft: {seen}");
    assert_eq!(seen["title"], "");
    let profile = app
        .call("startups/get", Some(&staff), &[("id", &startup)])
        .await
        .json();
    assert_eq!(profile["pitches"], serde_json::json!([]), "{profile}");
    // A change to the draft by its id is not refused (403) but unknown (404) to staff.
    for endpoint in ["pitches/withdraw", "pitches/submit"] {
        let reply = app
            .call(endpoint, Some(&staff), &[("submission_id", &submission)])
            .await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{endpoint}");
    }

    app.set_status(&startup, domain::submission::Status::Submitted)
        .await;
    assert_eq!(app.get(&deck, Some(&staff)).await.status, StatusCode::OK);
    assert_eq!(app.pitch(&staff, &startup).await["id"], submission.as_str());
}

async fn invite(app: &TestApp, cookie: &str, startup: &str, email: &str) -> Reply {
    app.call(
        "startups/invite-cofounder",
        Some(cookie),
        &[("startup_id", startup), ("email", email)],
    )
    .await
}

#[tokio::test]
async fn cofounder_invitations_are_limited_per_startup_and_per_sender() {
    let app = spawn_app().await;
    let owner = app.founder("owner@example.com").await;
    let first = app.create_startup(&owner, "Tidal Grid").await;
    for n in 0..10 {
        let sent = invite(&app, &owner, &first, &format!("friend{n}@example.com")).await;
        assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
    }
    let refused = invite(&app, &owner, &first, "one-more@example.com").await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(refused.body.contains("RateLimited"), "{}", refused.body);
    let emails = app.outbox_bodies().await.len();
    assert_eq!(emails, 10, "the refused invitation sends nothing");

    // Per sender: ten more to a second startup, then none to a third.
    let second = app.create_startup(&owner, "Aurora Bio").await;
    let third = app.create_startup(&owner, "Kestrel Pay").await;
    for n in 0..10 {
        let sent = invite(&app, &owner, &second, &format!("other{n}@example.com")).await;
        assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
    }
    let refused = invite(&app, &owner, &third, "third@example.com").await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    // Another founder is not held back by them.
    let other = app.founder("other@example.com").await;
    let theirs = app.create_startup(&other, "Lumen Robotics").await;
    let sent = invite(&app, &other, &theirs, "mate@example.com").await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
}

#[tokio::test]
async fn a_display_name_with_a_line_break_or_control_character_is_refused() {
    let app = spawn_app().await;
    for name in [
        "Ann\n\nClaim your prize: http://evil.example/win",
        "Ann\u{202E}gpj.exe",
        "Ann\u{0}",
    ] {
        let reply = app
            .sign_up(name, "ann@example.com", "a long passphrase")
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{name:?}");
        assert!(
            reply
                .field_error("display_name")
                .is_some_and(|m| m.contains("line breaks")),
            "{}",
            reply.body
        );
    }
    assert_eq!(app.user_count().await, 0);

    // Nor when joining a startup by invitation with a new account.
    let owner = app.founder("owner@example.com").await;
    let startup = app.create_startup(&owner, "Tidal Grid").await;
    let sent = invite(&app, &owner, &startup, "mei@example.com").await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
    let body = app
        .outbox_bodies()
        .await
        .into_iter()
        .find(|b| b.contains("join-startup"))
        .expect("invitation email");
    let joined = app
        .call(
            "startups/join",
            None,
            &[
                ("token", &token_in(&body)),
                ("display_name", "Mei\r\nhttp://evil.example"),
                ("password", "a long passphrase"),
            ],
        )
        .await;
    assert_eq!(
        joined.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        joined.body
    );
    assert!(
        joined.field_error("display_name").is_some(),
        "{}",
        joined.body
    );
}

#[tokio::test]
async fn the_outbox_links_only_the_sites_own_links_never_user_text() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let body = "Hello,\n\nhttp://evil.example/win\nhttps://127.0.0.1:3000.evil.example/x\n\
                Accept: http://127.0.0.1:3000/join-startup?token=abc\n\n\
                http://127.0.0.1:3000/join-startup?token=abc\n";
    backend::platform::outbox::enqueue(&app.db, "x@example.com", "Join", body)
        .await
        .expect("queued");
    let page = app.get("/staff/outbox", Some(&staff)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("http://evil.example/win"),
        "shown as text"
    );
    assert!(
        !page.body.contains("href=\"http://evil.example"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("href=\"https://127.0.0.1:3000.evil"));
    assert_eq!(
        page.body
            .matches("href=\"http://127.0.0.1:3000/join-startup?token=abc\"")
            .count(),
        1,
        "only the line that is the site's own link: {}",
        page.body
    );
}

#[tokio::test]
async fn a_founder_may_create_ten_startups_and_each_account_a_few_a_day() {
    let app = spawn_app().await;
    let owner = app.founder("owner@example.com").await;
    let mut first = String::new();
    for n in 0..10 {
        let id = app.create_startup(&owner, &format!("Startup {n}")).await;
        if n == 0 {
            first = id;
        }
    }
    let refused = app
        .call(
            "startups/save",
            Some(&owner),
            &startups::profile("Startup 10"),
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );
    assert!(
        refused
            .form_error()
            .is_some_and(|m| m.contains("the most one founder may have")),
        "{}",
        refused.body
    );
    let mine = app.call("startups/mine", Some(&owner), &[]).await.json();
    assert_eq!(mine.as_array().map(Vec::len), Some(10));

    // Leaving one makes room under the cap, but ten new startups a day is the most.
    let sent = invite(&app, &owner, &first, "mate@example.com").await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
    let body = app
        .outbox_bodies()
        .await
        .into_iter()
        .find(|b| b.contains("join-startup"))
        .expect("invitation email");
    let joined = app
        .call(
            "startups/join",
            None,
            &[
                ("token", &token_in(&body)),
                ("display_name", "Mate"),
                ("password", "a long passphrase"),
            ],
        )
        .await;
    assert_eq!(joined.status, StatusCode::OK, "{}", joined.body);
    let left = app
        .call("startups/leave", Some(&owner), &[("startup_id", &first)])
        .await;
    assert_eq!(left.status, StatusCode::OK, "{}", left.body);
    let limited = app
        .call(
            "startups/save",
            Some(&owner),
            &startups::profile("Startup 11"),
        )
        .await;
    assert_eq!(
        limited.status,
        StatusCode::TOO_MANY_REQUESTS,
        "{}",
        limited.body
    );
}

#[tokio::test]
async fn creating_startups_is_limited_per_client_address() {
    let app = spawn_app().await;
    for f in 0..3 {
        let founder = app.founder(&format!("f{f}@example.com")).await;
        for n in 0..10 {
            app.create_startup(&founder, &format!("Startup {f}-{n}"))
                .await;
        }
    }
    let fourth = app.founder("f3@example.com").await;
    let limited = app
        .call(
            "startups/save",
            Some(&fourth),
            &startups::profile("One more"),
        )
        .await;
    assert_eq!(
        limited.status,
        StatusCode::TOO_MANY_REQUESTS,
        "{}",
        limited.body
    );
}

#[tokio::test]
async fn uploads_are_limited_per_account_with_a_sentence() {
    let app = spawn_app().await;
    let owner = app.founder("owner@example.com").await;
    let startup = app.create_startup(&owner, "Tidal Grid").await;
    let logo = format!("/files/startups/{startup}/logo");
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01";
    for _ in 0..30 {
        let uploaded = app.upload(&logo, &owner, "logo", "logo.png", png).await;
        assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.body);
    }
    let limited = app.upload(&logo, &owner, "logo", "logo.png", png).await;
    assert_eq!(
        limited.status,
        StatusCode::TOO_MANY_REQUESTS,
        "{}",
        limited.body
    );
    // An API client gets the error shape every server function answers with…
    assert!(
        limited.json()["RateLimited"]["retry_after_secs"]
            .as_i64()
            .is_some_and(|s| s > 0),
        "{}",
        limited.body
    );
    // …and a browser the sentence.
    let from_browser = app
        .upload_from_browser(&logo, &owner, "logo", "logo.png", png)
        .await;
    assert_eq!(from_browser.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        from_browser
            .body
            .contains("Too many attempts. Please try again in"),
        "{}",
        from_browser.body
    );
}

async fn reset_link_for(app: &TestApp, email: &str) -> String {
    let asked = app
        .call("auth/request-reset", None, &[("email", email)])
        .await;
    assert_eq!(asked.status, StatusCode::OK, "{}", asked.body);
    let body = app
        .outbox_bodies()
        .await
        .into_iter()
        .find(|b| b.contains("reset-password?token="))
        .expect("reset email");
    token_in(&body)
}

#[tokio::test]
async fn with_smtp_staff_never_read_a_token_and_a_sent_email_keeps_none() {
    use backend::platform::outbox;
    let app = spawn_app_with(|c| c.smtp_url = Some("smtp://127.0.0.1:2525".into())).await;
    let staff = app.staff().await;
    app.founder("ann@example.com").await;
    let token = reset_link_for(&app, "ann@example.com").await;

    let listed = app
        .call("staff/outbox", Some(&staff), &[("page", "0")])
        .await;
    assert_eq!(listed.status, StatusCode::OK, "{}", listed.body);
    assert!(!listed.body.contains(&token), "{}", listed.body);
    assert!(listed.body.contains(outbox::TOKEN_REMOVED));
    let page = app.get("/staff/outbox", Some(&staff)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains(&token));
    assert!(page.body.contains("hidden here and removed once sent"));

    // What the sender does after the SMTP server took the message.
    for message in outbox::claim(&app.db, 10).await.expect("claim") {
        outbox::mark_sent(&app.db, message.id).await.expect("sent");
    }
    let kept = app.outbox_bodies().await;
    assert!(
        kept.iter().all(|b| !b.contains(&token)),
        "no token kept: {kept:?}"
    );
    // The recipient's copy still works.
    let reset = app
        .call(
            "auth/reset",
            None,
            &[("token", &token), ("password", "a brand new passphrase")],
        )
        .await;
    assert_eq!(reset.status, StatusCode::OK, "{}", reset.body);
}

#[tokio::test]
async fn without_smtp_the_outbox_says_plainly_that_its_links_are_live() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    app.founder("ann@example.com").await;
    let token = reset_link_for(&app, "ann@example.com").await;
    let page = app.get("/staff/outbox", Some(&staff)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("The links below are live"),
        "{}",
        page.body
    );
    assert!(page.body.contains(&token), "the demo shows the link");
}

#[tokio::test]
async fn a_startup_name_is_one_line_because_it_goes_into_emails() {
    let app = spawn_app().await;
    let owner = app.founder("owner@example.com").await;
    let reply = app
        .call(
            "startups/save",
            Some(&owner),
            &startups::profile("Tidal Grid\n\nhttp://evil.example/win"),
        )
        .await;
    assert_eq!(
        reply.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        reply.body
    );
    assert!(
        reply
            .field_error("name")
            .is_some_and(|m| m.contains("line breaks")),
        "{}",
        reply.body
    );
}
