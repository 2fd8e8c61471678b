//! English and Simplified Chinese: which language a page speaks, how the choice is
//! remembered, and that text in any script survives.

use super::*;

async fn page_in(app: &TestApp, path: &str, accept_language: Option<&str>, cookie: Option<&str>) -> Reply {
    let mut req = Request::get(path)
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ACCEPT, "text/html");
    if let Some(l) = accept_language {
        req = req.header(header::ACCEPT_LANGUAGE, l);
    }
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c);
    }
    app.send(req.body(Body::empty()).expect("request")).await
}

fn location(reply: &Reply) -> String {
    reply
        .headers
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .trim_start_matches("http://127.0.0.1:3000")
        .to_string()
}

#[tokio::test]
async fn the_browser_language_chooses_the_page_and_the_cookie_overrides_it() {
    let app = spawn_app().await;
    let zh = page_in(&app, "/login", Some("zh-CN,zh;q=0.9,en;q=0.8"), None).await;
    assert_eq!(zh.status, StatusCode::OK);
    assert!(zh.body.contains(r#"<html lang="zh-Hans""#), "html lang is set");
    assert!(zh.body.contains("<h1>登录</h1>"), "the heading is Chinese");
    assert!(zh.body.contains("电子邮箱"), "the field labels are Chinese");
    assert_eq!(zh.headers.get(header::CONTENT_LANGUAGE).unwrap(), "zh-Hans");

    let en = page_in(&app, "/login", Some("zh-CN"), Some("lang=en")).await;
    assert!(en.body.contains(r#"<html lang="en""#));
    assert!(en.body.contains("<h1>Log in</h1>"), "the cookie wins over the header");

    // Unknown codes, in the cookie or the header, are English without an error.
    for (header, cookie) in [(Some("fr-FR, de;q=0.5"), None), (None, Some("lang=tlh")), (Some("*"), Some("lang=<b>"))] {
        let page = page_in(&app, "/login", header, cookie).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("<h1>Log in</h1>"), "{header:?} {cookie:?}");
    }
    // Every page has the switcher, labelled in the language it switches to.
    assert!(zh.body.contains(r#"value="en""#) && zh.body.contains(">English</button>"));
    assert!(en.body.contains(">中文</button>"));
}

#[tokio::test]
async fn the_switcher_sets_the_cookie_and_the_account_remembers_it_at_the_next_log_in() {
    let app = spawn_app().await;
    let session = app.founder("lang@test.org").await;
    let switch = |back: &'static str, cookie: Option<String>| {
        let app = &app;
        async move {
            let mut req = Request::post("/api/lang")
                .header(header::HOST, "127.0.0.1:3000")
                .header(header::ORIGIN, "http://127.0.0.1:3000")
                .header(header::ACCEPT, "text/html")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
            if let Some(c) = cookie {
                req = req.header(header::COOKIE, c);
            }
            app.send(req.body(Body::from(form(&[("lang", "zh"), ("back", back)]))).unwrap())
                .await
        }
    };
    let reply = switch("/founder?notice=draft_saved", Some(session.clone())).await;
    assert_eq!(reply.status, StatusCode::FOUND, "{}", reply.body);
    assert_eq!(location(&reply), "/founder?notice=draft_saved");
    assert_eq!(reply.cookie("lang").as_deref(), Some("lang=zh"));
    let home = page_in(&app, "/founder", None, Some(&format!("{session}; lang=zh"))).await;
    assert!(home.body.contains("创业者首页"), "the founder home is Chinese");

    // Another browser, no cookie yet: logging in brings the choice back.
    let again = app.log_in("lang@test.org", "founder-pass-1").await;
    assert_eq!(again.cookie("lang").as_deref(), Some("lang=zh"));

    // The switcher only ever returns to a page of this site.
    for evil in ["//evil.example/", "https://evil.example/", "/\\evil.example"] {
        let reply = switch(evil, None).await;
        assert_eq!(location(&reply), "/", "{evil}");
    }
}

#[tokio::test]
async fn names_in_any_script_are_stored_and_shown_intact() {
    let app = spawn_app().await;
    for (i, name) in ["潮汐电网 创始人", "Nguyễn Thị Ánh", "مريم الحسن"].into_iter().enumerate() {
        let email = format!("script{i}@test.org");
        let reply = app.sign_up(name, &email, "founder-pass-1").await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        let me = app.me(reply.session_cookie().as_deref()).await;
        assert_eq!(me["display_name"], name);
    }
}

/// A sign-up with an empty name and a bad email, from a browser speaking
/// `accept_language` (and holding `cookie`); `html` posts it as a form without JavaScript.
async fn bad_sign_up(
    app: &TestApp,
    accept_language: &str,
    cookie: Option<&str>,
    html: bool,
) -> Reply {
    let mut req = Request::post("/api/auth/sign-up")
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, "http://127.0.0.1:3000")
        .header(header::REFERER, "http://127.0.0.1:3000/signup")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT_LANGUAGE, accept_language)
        .header(
            header::ACCEPT,
            if html { "text/html" } else { "application/json" },
        );
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c);
    }
    let body = form(&[
        ("display_name", ""),
        ("email", "kept@example"),
        ("password", "12345678"),
    ]);
    app.send(req.body(Body::from(body)).expect("request")).await
}

/// The text of the error shown beside field `name` in a rendered form.
fn error_beside(page: &str, name: &str) -> String {
    let id = format!(r#"id="field-{name}-error""#);
    let start = page.find(&id).unwrap_or_else(|| panic!("no error slot for {name}"));
    let rest = &page[start..];
    let text = &rest[rest.find('>').expect("tag end") + 1..];
    text[..text.find("</p>").expect("paragraph end")].to_string()
}

#[tokio::test]
async fn field_errors_answer_in_the_language_of_the_request() {
    let app = spawn_app().await;
    let zh = bad_sign_up(&app, "zh-CN,zh;q=0.9", None, false).await;
    assert_eq!(zh.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", zh.body);
    assert_eq!(
        zh.field_error("display_name").as_deref(),
        Some("姓名为必填项。")
    );
    assert_eq!(
        zh.field_error("email").as_deref(),
        Some("“kept@example”不是有效的电子邮箱地址，例如 name@example.com。")
    );
    assert_eq!(app.user_count().await, 0);
}

#[tokio::test]
async fn the_lang_cookie_wins_over_the_header_for_field_errors() {
    let app = spawn_app().await;
    let en = bad_sign_up(&app, "zh-CN", Some("lang=en"), false).await;
    assert_eq!(en.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", en.body);
    assert_eq!(
        en.field_error("display_name").as_deref(),
        Some("Name is required.")
    );
    assert_eq!(
        en.field_error("email").as_deref(),
        Some("\"kept@example\" is not a valid email address, e.g. name@example.com.")
    );
}

#[tokio::test]
async fn a_form_posted_without_javascript_shows_its_errors_in_chinese_beside_the_fields() {
    let app = spawn_app().await;
    let reply = bad_sign_up(&app, "zh-CN", None, true).await;
    assert_eq!(reply.status, StatusCode::FOUND, "{}", reply.body);
    let back = location(&reply);
    assert!(back.starts_with("/signup?") && back.contains("__err="), "{back}");
    let binding = reply
        .cookie("pitchline_form_error")
        .expect("form error cookie");
    let page = page_in(&app, &back, Some("zh-CN"), Some(&binding)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(error_beside(&page.body, "display_name"), "姓名为必填项。");
    assert_eq!(
        error_beside(&page.body, "email"),
        "“kept@example”不是有效的电子邮箱地址，例如 name@example.com。"
    );
    assert!(
        page.body.contains(r#"value="kept@example""#),
        "the typed email is kept"
    );
    assert!(page.body.contains("请修改标出的各个字段。"), "the form says so in Chinese");
}
