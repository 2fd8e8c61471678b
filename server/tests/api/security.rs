//! Abuse limits and the holes of the outside review (issue 13), one test per item.

use super::*;
use app::server::secrets::hashing_stats;

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
        assert!(reply.field_error("token").is_some(), "{}", reply.body);
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
