//! Accounts: sign-up, log-in and sessions, password resets, staff invitations.

use super::*;

#[tokio::test]
async fn sign_up_reports_every_bad_field_and_creates_nothing() {
    let app = spawn_app().await;
    let reply = app.sign_up("", "not-an-email", "short").await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        reply.field_error("display_name").as_deref(),
        Some("Name is required.")
    );
    assert!(reply
        .field_error("email")
        .unwrap()
        .contains("not a valid email"));
    assert_eq!(
        reply.field_error("password").as_deref(),
        Some("Password needs at least 8 characters.")
    );
    let too_long = "x".repeat(129);
    assert!(app
        .sign_up("Ann", "ann@example.com", &too_long)
        .await
        .field_error("password")
        .unwrap()
        .contains("at most 128"));
    assert_eq!(app.user_count().await, 0);
    // What the user typed comes back (for the form without JavaScript), never the password.
    assert!(reply.body.contains("not-an-email"));
    assert!(!reply.body.contains("short\""));
}

#[tokio::test]
async fn the_sign_up_link_logs_in_as_founder_with_a_safe_cookie() {
    let app = spawn_app().await;
    let signed_up = app
        .sign_up("Ann Lee", "Ann@Example.com", "a long passphrase")
        .await;
    assert_eq!(signed_up.status, StatusCode::OK, "{}", signed_up.body);
    assert!(
        signed_up.session_cookie().is_none(),
        "no session before the link"
    );
    let reply = app.open_sign_up_link("ann@example.com").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let set_cookie = reply
        .headers
        .get(header::SET_COOKIE)
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Lax"),
        "{set_cookie}"
    );
    assert!(
        !set_cookie.contains("Secure"),
        "plain http must not get Secure cookies"
    );
    let me = app.me(reply.session_cookie().as_deref()).await;
    assert_eq!(me["email"], "ann@example.com");
    assert_eq!(me["roles"], serde_json::json!(["founder"]));
}

#[tokio::test]
async fn a_registered_email_signs_up_no_second_account() {
    let app = spawn_app().await;
    app.founder("dup@example.com").await;
    let reply = app
        .sign_up("Other", "DUP@example.com", "another password")
        .await;
    // The same answer as for a new address (see `verify::*`), and nothing more.
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(reply.session_cookie().is_none());
    assert_eq!(app.user_count().await, 1);
    assert_eq!(
        app.log_in("dup@example.com", "founder-pass-1").await.status,
        StatusCode::OK,
        "the owner's password is untouched"
    );
}

#[tokio::test]
async fn wrong_password_and_unknown_email_get_the_same_answer() {
    let app = spawn_app().await;
    app.founder("known@example.com").await;
    let wrong = app.log_in("known@example.com", "wrong password").await;
    let unknown = app.log_in("nobody@example.com", "wrong password").await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(wrong.status, unknown.status);
    assert_eq!(
        wrong.field_error("password"),
        unknown.field_error("password")
    );
    assert!(wrong.session_cookie().is_none());
    let right = app.log_in("known@example.com", "founder-pass-1").await;
    assert_eq!(right.status, StatusCode::OK);
    assert!(right.session_cookie().is_some());
}

#[tokio::test]
async fn login_is_rate_limited_per_email() {
    let app = spawn_app().await;
    app.founder("target@example.com").await;
    for _ in 0..10 {
        assert_eq!(
            app.log_in("target@example.com", "guess guess").await.status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
    }
    let limited = app.log_in("target@example.com", "founder-pass-1").await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        limited.json()["RateLimited"]["retry_after_secs"]
            .as_i64()
            .unwrap()
            > 0
    );
}

#[tokio::test]
async fn login_rotates_the_session_and_logout_ends_it_on_the_server() {
    let app = spawn_app().await;
    let first = app.founder("rot@example.com").await;
    let login = app
        .call(
            "auth/log-in",
            Some(&first),
            &[("email", "rot@example.com"), ("password", "founder-pass-1")],
        )
        .await;
    let second = login.session_cookie().unwrap();
    assert_ne!(first, second);
    assert_eq!(
        app.me(Some(&first)).await,
        Value::Null,
        "the pre-login session must end"
    );
    assert_eq!(app.me(Some(&second)).await["email"], "rot@example.com");
    let out = app.call("auth/log-out", Some(&second), &[]).await;
    assert_eq!(out.status, StatusCode::OK);
    assert!(out
        .headers
        .get(header::SET_COOKIE)
        .unwrap()
        .to_str()
        .unwrap()
        .contains("Max-Age=0"));
    assert_eq!(
        app.me(Some(&second)).await,
        Value::Null,
        "a copied cookie must not outlive log-out"
    );
}

#[tokio::test]
async fn password_reset_token_is_single_use_and_ends_sessions() {
    let app = spawn_app().await;
    let session = app.founder("reset@example.com").await;
    let asked = app
        .call(
            "auth/request-reset",
            None,
            &[("email", "reset@example.com")],
        )
        .await;
    assert_eq!(asked.status, StatusCode::OK);
    // An unknown email gets the same answer and sends nothing.
    assert_eq!(
        app.call(
            "auth/request-reset",
            None,
            &[("email", "ghost@example.com")]
        )
        .await
        .status,
        StatusCode::OK
    );
    let mails = app.outbox_bodies().await;
    assert_eq!(mails.len(), 1);
    let token = token_in(&mails[0]);
    let short = app
        .call(
            "auth/reset",
            None,
            &[("token", &token), ("password", "short")],
        )
        .await;
    assert!(short.field_error("password").is_some());
    let done = app
        .call(
            "auth/reset",
            None,
            &[("token", &token), ("password", "brand new password")],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert_eq!(
        app.me(Some(&session)).await,
        Value::Null,
        "old sessions end at reset"
    );
    let again = app
        .call(
            "auth/reset",
            None,
            &[("token", &token), ("password", "another new one")],
        )
        .await;
    assert!(again
        .form_error()
        .unwrap()
        .contains("expired or was already used"));
    assert_eq!(
        app.log_in("reset@example.com", "brand new password")
            .await
            .status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn expired_reset_token_is_refused() {
    use backend::model::password_reset;
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let app = spawn_app().await;
    app.founder("late@example.com").await;
    app.call("auth/request-reset", None, &[("email", "late@example.com")])
        .await;
    let token = token_in(&app.outbox_bodies().await[0]);
    let row = password_reset::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut expired: password_reset::ActiveModel = row.into();
    expired.expires_at = Set(chrono::Utc::now() - chrono::Duration::minutes(1));
    expired.update(&app.db).await.unwrap();
    let reply = app
        .call(
            "auth/reset",
            None,
            &[("token", &token), ("password", "brand new password")],
        )
        .await;
    assert!(reply.form_error().unwrap().contains("expired"));
    assert_eq!(
        app.log_in("late@example.com", "founder-pass-1")
            .await
            .status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn staff_invite_an_investor_who_accepts_and_logs_in() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let bad = app
        .call(
            "staff/invite",
            Some(&staff),
            &[("email", "x"), ("role", "founder")],
        )
        .await;
    assert!(bad.field_error("email").is_some() && bad.field_error("role").is_some());
    let ok = app
        .call(
            "staff/invite",
            Some(&staff),
            &[("email", "vc@fund.com"), ("role", "investor")],
        )
        .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    let outbox = app
        .call("staff/outbox", Some(&staff), &[("page", "0")])
        .await
        .json();
    assert_eq!(outbox["total"], 1);
    let token = token_in(outbox["messages"][0]["body"].as_str().unwrap());
    let view = app
        .call("invitations/view", None, &[("token", &token)])
        .await
        .json();
    assert_eq!(view["email"], "vc@fund.com");
    assert_eq!(view["role"], "investor");
    let accepted = app
        .call(
            "invitations/accept",
            None,
            &[
                ("token", &token),
                ("display_name", "Vera Capital"),
                ("password", "investor pass"),
            ],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.body);
    assert_eq!(
        app.me(accepted.session_cookie().as_deref()).await["roles"],
        serde_json::json!(["investor"])
    );
    let reused = app
        .call(
            "invitations/accept",
            None,
            &[
                ("token", &token),
                ("display_name", "X"),
                ("password", "investor pass"),
            ],
        )
        .await;
    assert!(reused
        .form_error()
        .unwrap()
        .contains("expired or was already used"));
    let login = app.log_in("vc@fund.com", "investor pass").await;
    assert_eq!(
        login
            .headers
            .get(header::LOCATION)
            .and_then(|l| l.to_str().ok()),
        Some("/investor")
    );
}

#[tokio::test]
async fn an_existing_founder_gains_the_investor_role_by_invitation() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    app.founder("both@example.com").await;
    app.call(
        "staff/invite",
        Some(&staff),
        &[("email", "both@example.com"), ("role", "investor")],
    )
    .await;
    let token = token_in(&app.outbox_bodies().await[0]);
    let wrong = app
        .call(
            "invitations/accept",
            None,
            &[
                ("token", &token),
                ("display_name", ""),
                ("password", "not mine"),
            ],
        )
        .await;
    assert!(wrong.field_error("password").is_some());
    let ok = app
        .call(
            "invitations/accept",
            None,
            &[
                ("token", &token),
                ("display_name", ""),
                ("password", "founder-pass-1"),
            ],
        )
        .await;
    assert_eq!(
        app.me(ok.session_cookie().as_deref()).await["roles"],
        serde_json::json!(["founder", "investor"])
    );
}

#[tokio::test]
async fn concurrent_sign_ups_all_succeed() {
    let app = Arc::new(spawn_app().await);
    let mut tasks = Vec::new();
    for i in 0..12 {
        let app = app.clone();
        tasks.push(tokio::spawn(async move {
            app.sign_up("Parallel", &format!("p{i}@example.com"), "parallel pass")
                .await
                .status
        }));
    }
    for task in tasks {
        assert_eq!(task.await.unwrap(), StatusCode::OK);
    }
    assert_eq!(app.user_count().await, 12);
}

#[tokio::test]
async fn concurrent_sign_ups_with_one_email_create_one_account() {
    let app = Arc::new(spawn_app().await);
    let mut tasks = Vec::new();
    for _ in 0..6 {
        let app = app.clone();
        tasks.push(tokio::spawn(async move {
            app.sign_up("Twin", "twin@example.com", "twin passphrase")
                .await
        }));
    }
    // Every one hears "check your inbox" (the answer says nothing about the address),
    // beyond three an hour "wait"; one account exists.
    for task in tasks {
        let reply = task.await.unwrap();
        assert!(
            [StatusCode::OK, StatusCode::TOO_MANY_REQUESTS].contains(&reply.status),
            "{}",
            reply.body
        );
    }
    assert_eq!(app.user_count().await, 1);
}
