//! The web layer every request crosses: health, CSRF refusal, security headers,
//! compression, and forms posted without JavaScript.

use super::*;

#[tokio::test]
async fn health_reports_the_database() {
    let app = spawn_app().await;
    let reply = app.get("/healthz", None).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(
        reply.json(),
        serde_json::json!({"status": "ok", "db": "ok"})
    );
    app.db.clone().close().await.expect("close");
    assert_eq!(
        app.get("/healthz", None).await.status,
        StatusCode::SERVICE_UNAVAILABLE
    );
}

#[tokio::test]
async fn cross_site_mutations_and_get_mutations_are_refused() {
    let app = spawn_app().await;
    let req = Request::post("/api/auth/sign-up")
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, "https://evil.example")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form(&[
            ("display_name", "E"),
            ("email", "e@evil.example"),
            ("password", "12345678"),
        ])))
        .unwrap();
    assert_eq!(app.send(req).await.status, StatusCode::FORBIDDEN);
    let req = Request::post("/api/auth/log-out")
        .header(header::HOST, "127.0.0.1:3000")
        .header("sec-fetch-site", "cross-site")
        .body(Body::empty())
        .unwrap();
    assert_eq!(app.send(req).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.get("/api/auth/log-out", None).await.status,
        StatusCode::METHOD_NOT_ALLOWED
    );
    assert_eq!(app.user_count().await, 0);
}

#[tokio::test]
async fn pages_carry_security_headers_and_are_compressed() {
    let app = spawn_app().await;
    let req = Request::get("/login")
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ACCEPT_ENCODING, "br")
        .body(Body::empty())
        .unwrap();
    let reply = app.send(req).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.headers.get(header::CONTENT_ENCODING).unwrap(), "br");
    let csp = reply
        .headers
        .get(header::CONTENT_SECURITY_POLICY)
        .unwrap()
        .to_str()
        .unwrap();
    for part in [
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "'nonce-",
        "'wasm-unsafe-eval'",
    ] {
        assert!(csp.contains(part), "CSP lacks {part}: {csp}");
    }
    assert!(!csp.contains("unsafe-inline"));
    assert_eq!(
        reply.headers.get(header::X_CONTENT_TYPE_OPTIONS).unwrap(),
        "nosniff"
    );
    assert!(reply.headers.get(header::REFERRER_POLICY).is_some());
    let missing = app.get("/no/such/page", None).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.contains("Page not found"));
}

#[tokio::test]
async fn bundle_files_are_sent_as_compressed_at_build_time_and_cached_for_a_year() {
    let app = spawn_app().await;
    let pkg = app.site_root().join("pkg");
    std::fs::create_dir_all(&pkg).unwrap();
    let name = "pitchline.Hx3k9QaZ0b1c2d3e.wasm";
    std::fs::write(pkg.join(name), vec![b'w'; 5000]).unwrap();
    // Stand-ins for what scripts/precompress.mjs writes: distinct sizes tell them apart.
    std::fs::write(pkg.join(format!("{name}.br")), vec![b'b'; 11]).unwrap();
    std::fs::write(pkg.join(format!("{name}.gz")), vec![b'g'; 13]).unwrap();
    let fetch = |encoding: &'static str| {
        Request::get(format!("/pkg/{name}"))
            .header(header::HOST, "127.0.0.1:3000")
            .header(header::ACCEPT_ENCODING, encoding)
            .body(Body::empty())
            .unwrap()
    };
    let br = app.send(fetch("gzip, br")).await;
    assert_eq!(br.status, StatusCode::OK);
    assert_eq!(br.headers.get(header::CONTENT_ENCODING).unwrap(), "br");
    assert_eq!(
        br.body,
        "b".repeat(11),
        "the stored .br file, not a new compression"
    );
    assert_eq!(
        br.headers.get(header::CACHE_CONTROL).unwrap(),
        "public, max-age=31536000, immutable"
    );
    let gz = app.send(fetch("gzip")).await;
    assert_eq!(gz.headers.get(header::CONTENT_ENCODING).unwrap(), "gzip");
    assert_eq!(gz.body, "g".repeat(13));
    let plain = app.send(fetch("identity")).await;
    assert!(plain.headers.get(header::CONTENT_ENCODING).is_none());
    assert_eq!(plain.body.len(), 5000);
    let missing = app.get("/pkg/pitchline.nothere.wasm", None).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_form_posted_without_javascript_returns_to_the_form_with_its_values() {
    let app = spawn_app().await;
    let req = Request::post("/api/auth/sign-up")
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, "http://127.0.0.1:3000")
        .header(header::ACCEPT, "text/html")
        .header(header::REFERER, "http://127.0.0.1:3000/signup")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form(&[
            ("display_name", "Kept Name"),
            ("email", "kept@example"),
            ("password", "12345678"),
        ])))
        .unwrap();
    let reply = app.send(req).await;
    assert_eq!(reply.status, StatusCode::FOUND);
    let location = reply
        .headers
        .get(header::LOCATION)
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        location.starts_with("http://127.0.0.1:3000/signup?") && location.contains("__err="),
        "{location}"
    );
    // The browser that posted holds the cookie that lets it see its own error.
    let binding = reply
        .cookie("pitchline_form_error")
        .expect("form error cookie");
    let page = app
        .get(
            location.trim_start_matches("http://127.0.0.1:3000"),
            Some(&binding),
        )
        .await;
    assert!(page.body.contains("Kept Name"), "the name is kept");
    assert!(page.body.contains("kept@example"), "the email is kept");
    assert!(
        page.body.contains("is not a valid email address"),
        "the error shows beside the field"
    );
}

#[tokio::test]
async fn the_site_icon_is_served_and_cached_for_a_day() {
    let app = spawn_app().await;
    let root = app.site_root();
    std::fs::create_dir_all(&root).unwrap();
    let icon = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../public/favicon.ico"
    ))
    .expect("public/favicon.ico");
    std::fs::write(root.join("favicon.ico"), &icon).unwrap();
    let reply = app.get("/favicon.ico", None).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(
        reply.headers[header::CACHE_CONTROL],
        "public, max-age=86400",
        "browsers ask once a day, not on every page"
    );
}
