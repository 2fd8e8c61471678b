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

#[tokio::test]
async fn the_staff_ranking_and_judging_pages_speak_chinese() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    app.edition(&staff, false).await;

    let ranking = page_in(&app, "/staff/ranking", Some("zh-CN"), Some(&staff)).await;
    assert_eq!(ranking.status, StatusCode::OK, "{}", ranking.body);
    assert!(ranking.body.contains(r#"<html lang="zh-Hans""#));
    for chinese in [
        "<h1>排名</h1>",
        "评委校准",
        "原始均分",
        "标准化均分",
        "全部赛道",
        "排序方式",
        "对勾选路演的决定",
        ">入选</option>",
        "核对决定…",
    ] {
        assert!(ranking.body.contains(chinese), "{chinese}: {}", ranking.body);
    }
    // When the figures were computed: a Chinese date, in the edition's zone, named.
    assert!(ranking.body.contains("（Asia/Shanghai）"), "{}", ranking.body);
    for english in [
        "<h1>Ranking</h1>",
        "Judge calibration",
        "Raw mean",
        "Normalised mean",
        "All tracks",
        "Sort by",
        "Decision for the ticked pitches",
        ">Accept</option>",
        "Review decision…",
        "computed",
    ] {
        assert!(!ranking.body.contains(english), "{english} is left in English");
    }

    let judging = page_in(&app, "/staff/judging", Some("zh-CN"), Some(&staff)).await;
    assert_eq!(judging.status, StatusCode::OK, "{}", judging.body);
    for chinese in [
        "<h1>评审安排</h1>",
        "评审设置",
        "评分标准",
        "每个路演的评审数",
        "提交自己的评审之后",
        "匿名评审",
        "自动分配评审人",
        "还没有已提交的路演。",
    ] {
        assert!(judging.body.contains(chinese), "{chinese}: {}", judging.body);
    }
    for english in [
        "<h1>Judging</h1>",
        "Review setup",
        "Rubric",
        "Reviews per pitch",
        "After submitting their own review",
        "Blind review",
        "Assign reviewers automatically",
        "No submitted pitches yet.",
    ] {
        assert!(!judging.body.contains(english), "{english} is left in English");
    }

    // The same pages without a language preference still say what they said before.
    let english = page_in(&app, "/staff/ranking", None, Some(&staff)).await;
    assert!(english.body.contains("<h1>Ranking</h1>") && english.body.contains("Judge calibration"));
}
