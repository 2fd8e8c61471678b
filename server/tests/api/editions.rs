//! Editions and the staff-only functions around them.

use super::*;

#[tokio::test]
async fn staff_functions_are_hidden_from_everyone_else() {
    let app = spawn_app().await;
    let founder = app.founder("f@example.com").await;
    let staff_only: [(&str, &[(&str, &str)]); 6] = [
        ("staff/invite", &[("email", "a@b.co"), ("role", "investor")]),
        ("staff/outbox", &[("page", "0")]),
        ("editions/list", &[]),
        (
            "editions/get",
            &[("id", "00000000-0000-0000-0000-000000000000")],
        ),
        (
            "editions/make-current",
            &[("id", "00000000-0000-0000-0000-000000000000")],
        ),
        (
            "editions/save",
            &[
                ("id", ""),
                ("name", "X"),
                ("city", "Y"),
                ("starts_on", "2027-01-01"),
                ("ends_on", "2027-01-02"),
                ("time_zone", "UTC"),
                ("submission_deadline", "2026-12-01T10:00"),
                ("tracks", "AI"),
            ],
        ),
    ];
    for (endpoint, args) in staff_only {
        assert_eq!(
            app.call(endpoint, Some(&founder), args).await.status,
            StatusCode::NOT_FOUND,
            "{endpoint} as founder"
        );
        assert_eq!(
            app.call(endpoint, None, args).await.status,
            StatusCode::UNAUTHORIZED,
            "{endpoint} anonymous"
        );
    }
    assert_eq!(app.outbox_bodies().await.len(), 0);
}

#[tokio::test]
async fn staff_create_edit_and_switch_editions() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let fields = |name: &'static str, start: &'static str, end: &'static str| {
        vec![
            ("id", ""),
            ("name", name),
            ("city", "Shanghai"),
            ("starts_on", start),
            ("ends_on", end),
            ("time_zone", "Asia/Shanghai"),
            ("submission_deadline", "2026-12-01T23:59"),
            ("tracks", "AI\nFintech"),
        ]
    };
    let backwards = app
        .call(
            "editions/save",
            Some(&staff),
            &fields("GSIC 2026", "2026-12-14", "2026-12-10"),
        )
        .await;
    assert_eq!(backwards.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        backwards.field_error("ends_on").as_deref(),
        Some("The end date cannot be before the start date.")
    );
    assert!(
        backwards.body.contains("2026-12-10"),
        "the typed values come back"
    );
    assert_eq!(
        app.call("editions/list", Some(&staff), &[]).await.json(),
        serde_json::json!([])
    );

    assert_eq!(
        app.call(
            "editions/save",
            Some(&staff),
            &fields("GSIC 2026", "2026-12-14", "2026-12-16")
        )
        .await
        .status,
        StatusCode::OK
    );
    assert_eq!(
        app.call(
            "editions/save",
            Some(&staff),
            &fields("GSIC 2027", "2027-12-14", "2027-12-16")
        )
        .await
        .status,
        StatusCode::OK
    );
    let list = app.call("editions/list", Some(&staff), &[]).await.json();
    let first = list
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "GSIC 2026")
        .unwrap()
        .clone();
    assert_eq!(
        first["is_current"], true,
        "the first edition becomes current"
    );
    assert_eq!(first["tracks"], serde_json::json!(["AI", "Fintech"]));
    assert_eq!(first["submission_deadline_local"], "2026-12-01T23:59");
    let second_id = list
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "GSIC 2027")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();

    app.call("editions/make-current", Some(&staff), &[("id", &second_id)])
        .await;
    let current = app.call("editions/current", None, &[]).await.json();
    assert_eq!(current["name"], "GSIC 2027");

    let mut rename = fields("GSIC 2027 Shanghai", "2027-12-14", "2027-12-16");
    rename[0] = ("id", &second_id);
    rename[7] = ("tracks", "AI\nClean energy");
    assert_eq!(
        app.call("editions/save", Some(&staff), &rename)
            .await
            .status,
        StatusCode::OK
    );
    let edited = app
        .call("editions/get", Some(&staff), &[("id", &second_id)])
        .await
        .json();
    assert_eq!(edited["name"], "GSIC 2027 Shanghai");
    assert_eq!(edited["tracks"], serde_json::json!(["AI", "Clean energy"]));
    let clash = app
        .call(
            "editions/save",
            Some(&staff),
            &fields("GSIC 2026", "2026-12-14", "2026-12-16"),
        )
        .await;
    assert!(clash.field_error("name").is_some());
}
