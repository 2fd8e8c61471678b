//! Sign-up with a proved address (issue 13, items 9 and 10): one answer whatever the
//! address, a single-use expiring link that logs in, limits on the emails, and an
//! unproved address that counts for no conflict.

use super::languages::mails_to;
use super::*;
use backend::secrets::hashing_stats;

/// The sign-up posted as a plain form (no JavaScript), as a browser would.
async fn sign_up_without_js(app: &TestApp, email: &str) -> Reply {
    let req = Request::post("/api/auth/sign-up")
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, "http://127.0.0.1:3000")
        .header(header::ACCEPT, "text/html")
        .header(header::REFERER, "http://127.0.0.1:3000/signup")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form(&[
            ("display_name", "Someone"),
            ("email", email),
            ("password", "another passphrase"),
        ])))
        .expect("request");
    app.send(req).await
}

/// Every header of a reply, with `address` written as `<address>`, minus the ones that
/// differ between any two answers (the date, a page's nonce).
fn headers_shape(reply: &Reply, address: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = reply
        .headers
        .iter()
        .filter(|(name, _)| !matches!(name.as_str(), "date" | "content-security-policy"))
        .map(|(name, value)| {
            (
                name.to_string(),
                value.to_str().unwrap_or("?").replace(address, "<address>"),
            )
        })
        .collect();
    out.sort();
    out
}

/// A page's HTML with `address` as `<address>` and each per-page nonce blanked (in
/// `nonce` and `crossorigin` attributes).
fn page_shape(body: &str, address: &str) -> String {
    let mut page = body.replace(address, "<address>");
    for attribute in ["nonce=\"", "crossorigin=\""] {
        let mut out = String::new();
        let mut rest = page.as_str();
        while let Some(at) = rest.find(attribute) {
            out.push_str(&rest[..at + attribute.len()]);
            let after = &rest[at + attribute.len()..];
            rest = &after[after.find('"').unwrap_or(after.len())..];
        }
        out.push_str(rest);
        page = out;
    }
    page
}

#[tokio::test]
async fn sign_up_answers_a_registered_and_a_new_address_alike() {
    let app = spawn_app().await;
    app.founder("known@harbour.vc").await;
    let users = app.user_count().await;

    let hashed = hashing_stats().started;
    let known = app
        .sign_up("Someone", "known@harbour.vc", "another passphrase")
        .await;
    let after_known = hashing_stats().started;
    let new = app
        .sign_up("Someone", "fresh@harbour.vc", "another passphrase")
        .await;
    // The password is hashed on both paths: neither answers faster.
    assert_eq!(after_known - hashed, 1);
    assert_eq!(hashing_stats().started - after_known, 1);
    assert_eq!(known.status, StatusCode::OK, "{}", known.body);
    assert_eq!(known.status, new.status);
    assert_eq!(known.body, new.body);
    assert_eq!(
        headers_shape(&known, "known@harbour.vc"),
        headers_shape(&new, "fresh@harbour.vc")
    );
    assert!(known.session_cookie().is_none() && new.session_cookie().is_none());

    // Without JavaScript: the same redirect, and the same page after it.
    let known_form = sign_up_without_js(&app, "known@harbour.vc").await;
    let new_form = sign_up_without_js(&app, "fresh@harbour.vc").await;
    assert!(known_form.status.is_redirection(), "{}", known_form.status);
    assert_eq!(known_form.status, new_form.status);
    assert_eq!(
        headers_shape(&known_form, "known@harbour.vc"),
        headers_shape(&new_form, "fresh@harbour.vc")
    );
    let location = known_form.headers[header::LOCATION]
        .to_str()
        .expect("location")
        .trim_start_matches("http://127.0.0.1:3000")
        .to_string();
    assert_eq!(location, "/signup?notice=sign_up_sent");
    let mut pages = Vec::new();
    for (reply, address) in [
        (&known_form, "known@harbour.vc"),
        (&new_form, "fresh@harbour.vc"),
    ] {
        let cookie = reply.cookie("pitchline_signup_sent").expect("cookie");
        let page = app.get(&location, Some(&cookie)).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body.contains(&format!(
                "Check your inbox: we sent a link to {address} to finish signing up."
            )),
            "{}",
            page.body
        );
        pages.push(page_shape(&page.body, address));
    }
    assert_eq!(pages[0], pages[1]);
    // A link without the cookie names no address.
    let bare = app.get(&location, None).await;
    assert!(bare
        .body
        .contains("Check your inbox: we sent a link to finish signing up."));

    // One new (unproved) account; the owner of the known one hears someone tried.
    assert_eq!(app.user_count().await, users + 1);
    let to_known = mails_to(&app, "known@harbour.vc").await;
    let tried: Vec<_> = to_known
        .iter()
        .filter(|(subject, _)| subject.contains("Someone tried to sign up"))
        .collect();
    assert_eq!(tried.len(), 2, "{to_known:?}");
    assert!(tried[0].1.contains("/login") && tried[0].1.contains("/forgot-password"));
    assert!(
        !tried[0].1.contains("token="),
        "no link that changes anything"
    );
    let to_new = mails_to(&app, "fresh@harbour.vc").await;
    assert_eq!(to_new.len(), 2);
    assert!(to_new
        .iter()
        .all(|(_, b)| b.contains("/verify-email?token=")));
    assert_eq!(
        app.log_in("known@harbour.vc", "founder-pass-1")
            .await
            .status,
        StatusCode::OK,
        "the owner's password is untouched"
    );
}

#[tokio::test]
async fn the_link_verifies_once_expires_and_logs_in() {
    let app = spawn_app().await;
    let signed = app
        .sign_up("Ann Lee", "ann@example.com", "a long passphrase")
        .await;
    assert_eq!(signed.status, StatusCode::OK, "{}", signed.body);
    let first = app.sign_up_token("ann@example.com").await;

    // Before the link: the right password hears "confirm first" and gets the link again;
    // a wrong one hears what an unknown address hears.
    let early = app.log_in("ann@example.com", "a long passphrase").await;
    assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        early.form_error().as_deref(),
        Some("Confirm your address first: we sent the link again.")
    );
    assert!(early.session_cookie().is_none());
    let wrong = app.log_in("ann@example.com", "not the password").await;
    let unknown = app.log_in("nobody@example.com", "not the password").await;
    assert_eq!(wrong.status, unknown.status);
    assert_eq!(
        wrong.field_error("password"),
        unknown.field_error("password")
    );
    let second = app.sign_up_token("ann@example.com").await;
    assert_ne!(first, second);

    // The newer link replaced the older one.
    let old = app
        .call("auth/verify-email", None, &[("token", &first)])
        .await;
    assert_eq!(old.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(old.form_error().unwrap().contains("expired"));

    let opened = app
        .call("auth/verify-email", None, &[("token", &second)])
        .await;
    assert_eq!(opened.status, StatusCode::OK, "{}", opened.body);
    let me = app.me(opened.session_cookie().as_deref()).await;
    assert_eq!(me["email"], "ann@example.com");
    assert_eq!(me["roles"], serde_json::json!(["founder"]));

    // Once only.
    let again = app
        .call("auth/verify-email", None, &[("token", &second)])
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.session_cookie().is_none());
    assert_eq!(
        app.log_in("ann@example.com", "a long passphrase")
            .await
            .status,
        StatusCode::OK
    );

    // A link past its time opens nothing.
    {
        use backend::model::email_verification;
        use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, QueryFilter};
        app.sign_up("Bo", "bo@example.com", "a long passphrase")
            .await;
        let token = app.sign_up_token("bo@example.com").await;
        let bo = backend::model::user::Entity::find()
            .filter(backend::model::user::Column::Email.eq("bo@example.com"))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let row = email_verification::Entity::find()
            .filter(email_verification::Column::UserId.eq(bo.id))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let mut expired: email_verification::ActiveModel = row.into();
        expired.expires_at = Set(chrono::Utc::now() - chrono::Duration::minutes(1));
        expired.update(&app.db).await.unwrap();
        let late = app
            .call("auth/verify-email", None, &[("token", &token)])
            .await;
        assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(late.form_error().unwrap().contains("expired"));
        assert_eq!(
            app.log_in("bo@example.com", "a long passphrase")
                .await
                .status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
    }
}

#[tokio::test]
async fn a_sign_up_again_before_the_link_takes_the_newest_password() {
    let app = spawn_app().await;
    app.sign_up("First", "cy@example.com", "first passphrase")
        .await;
    app.sign_up("Second", "cy@example.com", "second passphrase")
        .await;
    assert_eq!(app.user_count().await, 1);
    let session = app
        .open_sign_up_link("cy@example.com")
        .await
        .session_cookie()
        .expect("session");
    assert_eq!(app.me(Some(&session)).await["display_name"], "Second");
    assert_eq!(
        app.log_in("cy@example.com", "second passphrase")
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        app.log_in("cy@example.com", "first passphrase")
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

#[tokio::test]
async fn sign_up_emails_are_limited_per_address_and_per_client() {
    let app = spawn_app().await;
    for _ in 0..3 {
        let reply = app
            .sign_up("Dee", "dee@example.com", "a long passphrase")
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    }
    let fourth = app
        .sign_up("Dee", "dee@example.com", "a long passphrase")
        .await;
    assert_eq!(fourth.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(mails_to(&app, "dee@example.com").await.len(), 3);
    // The link again at log-in counts too.
    let at_log_in = app.log_in("dee@example.com", "a long passphrase").await;
    assert_eq!(at_log_in.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(mails_to(&app, "dee@example.com").await.len(), 3);

    // From one client: twenty sign-up emails an hour, whatever the addresses.
    drop(app);
    let app = spawn_app().await;
    for i in 0..20 {
        let reply = app
            .sign_up("Flood", &format!("f{i}@example.com"), "a long passphrase")
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{i}: {}", reply.body);
    }
    let resend = app.log_in("f0@example.com", "a long passphrase").await;
    assert_eq!(resend.status, StatusCode::TOO_MANY_REQUESTS);
    let more = app
        .sign_up("Flood", "f20@example.com", "a long passphrase")
        .await;
    assert_eq!(more.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn the_emails_speak_the_persons_language() {
    let app = spawn_app().await;
    let req = Request::post("/api/auth/sign-up")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "application/json")
        .header(header::ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9")
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, "http://127.0.0.1:3000")
        .body(Body::from(form(&[
            ("display_name", "陈静"),
            ("email", "chen@tidalgrid.cn"),
            ("password", "founder-pass-1"),
        ])))
        .expect("request");
    assert_eq!(app.send(req).await.status, StatusCode::OK);
    let link = &mails_to(&app, "chen@tidalgrid.cn").await[0];
    assert_eq!(link.0, "完成 Pitchline 注册");
    app.open_sign_up_link("chen@tidalgrid.cn").await;
    // Someone tries the address from an English page: the note is in her language.
    app.sign_up("X", "chen@tidalgrid.cn", "another passphrase")
        .await;
    let note = &mails_to(&app, "chen@tidalgrid.cn").await[1];
    assert_eq!(note.0, "有人尝试用您的邮箱注册 Pitchline");
}

#[tokio::test]
async fn an_accepted_staff_invitation_proves_the_address() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    app.sign_up("Vera", "vc@fund.com", "investor pass").await;
    let invited = app
        .call(
            "staff/invite",
            Some(&staff),
            &[("email", "vc@fund.com"), ("role", "investor")],
        )
        .await;
    assert_eq!(invited.status, StatusCode::OK, "{}", invited.body);
    let invitation = mails_to(&app, "vc@fund.com")
        .await
        .into_iter()
        .find(|(_, b)| b.contains("/invitation?token="))
        .expect("invitation");
    let accepted = app
        .call(
            "invitations/accept",
            None,
            &[
                ("token", &token_in(&invitation.1)),
                ("display_name", ""),
                ("password", "investor pass"),
            ],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.body);
    assert_eq!(
        app.log_in("vc@fund.com", "investor pass").await.status,
        StatusCode::OK
    );
}

/// Defence in depth: no flow puts an unproved address on a team (it cannot log in, and
/// a co-founder invitation proves the address it reaches), so the account is added to
/// the team through the model here. Its mail domain must not count until it is proved.
#[tokio::test]
async fn an_unverified_founder_at_a_judges_domain_is_no_conflict_until_verified() {
    use backend::access::panel::conflict_between;
    use backend::model::{startup_member, submission, user};
    use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, QueryFilter};
    let app = spawn_app().await;
    let staff = app.staff().await;
    let edition = app.edition(&staff, false).await;
    let founder = app.founder("lin@tidal.example").await;
    let startup = app.create_startup(&founder, "Tidal Grid").await;
    let saved = app.save_pitch(&founder, &startup, &edition, "save").await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    app.investor("ada@harbour.vc").await;
    let judge = user::Entity::find()
        .filter(user::Column::Email.eq("ada@harbour.vc"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let pitch = submission::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .expect("the pitch");

    // Someone signs up at the judge's organisation's domain and never opens the link.
    app.sign_up("Bo", "bo@harbour.vc", "a long passphrase")
        .await;
    let bo = user::Entity::find()
        .filter(user::Column::Email.eq("bo@harbour.vc"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(bo.email_verified_at.is_none());
    startup_member::ActiveModel {
        startup_id: Set(pitch.startup_id),
        user_id: Set(bo.id),
        joined_at: Set(chrono::Utc::now()),
    }
    .insert(&app.db)
    .await
    .unwrap();
    assert_eq!(
        conflict_between(&app.db, &pitch, judge.id).await.unwrap(),
        None,
        "an unproved address says nothing about who its owner works for"
    );

    let opened = app.open_sign_up_link("bo@harbour.vc").await;
    assert_eq!(opened.status, StatusCode::OK, "{}", opened.body);
    let conflict = conflict_between(&app.db, &pitch, judge.id)
        .await
        .unwrap()
        .expect("a conflict once the address is proved");
    assert_eq!(
        conflict.reason,
        domain::conflict::ConflictReason::Found(domain::conflict::AutoConflict::SharedDomain(
            "harbour.vc".into()
        ))
    );
}
