//! English and Simplified Chinese: which language a page speaks, how the choice is
//! remembered, and that text in any script survives.

use super::*;

async fn page_in(
    app: &TestApp,
    path: &str,
    accept_language: Option<&str>,
    cookie: Option<&str>,
) -> Reply {
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
    assert!(
        zh.body.contains(r#"<html lang="zh-Hans""#),
        "html lang is set"
    );
    assert!(zh.body.contains("<h1>登录</h1>"), "the heading is Chinese");
    assert!(zh.body.contains("电子邮箱"), "the field labels are Chinese");
    assert_eq!(zh.headers.get(header::CONTENT_LANGUAGE).unwrap(), "zh-Hans");

    let en = page_in(&app, "/login", Some("zh-CN"), Some("lang=en")).await;
    assert!(en.body.contains(r#"<html lang="en""#));
    assert!(
        en.body.contains("<h1>Log in</h1>"),
        "the cookie wins over the header"
    );

    // Unknown codes, in the cookie or the header, are English without an error.
    for (header, cookie) in [
        (Some("fr-FR, de;q=0.5"), None),
        (None, Some("lang=tlh")),
        (Some("*"), Some("lang=<b>")),
    ] {
        let page = page_in(&app, "/login", header, cookie).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body.contains("<h1>Log in</h1>"),
            "{header:?} {cookie:?}"
        );
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
            app.send(
                req.body(Body::from(form(&[("lang", "zh"), ("back", back)])))
                    .unwrap(),
            )
            .await
        }
    };
    let reply = switch("/founder?notice=draft_saved", Some(session.clone())).await;
    assert_eq!(reply.status, StatusCode::FOUND, "{}", reply.body);
    assert_eq!(location(&reply), "/founder?notice=draft_saved");
    assert_eq!(reply.cookie("lang").as_deref(), Some("lang=zh"));
    let home = page_in(&app, "/founder", None, Some(&format!("{session}; lang=zh"))).await;
    assert!(
        home.body.contains("创业者首页"),
        "the founder home is Chinese"
    );

    // Another browser, no cookie yet: logging in brings the choice back.
    let again = app.log_in("lang@test.org", "founder-pass-1").await;
    assert_eq!(again.cookie("lang").as_deref(), Some("lang=zh"));

    // The switcher only ever returns to a page of this site.
    for evil in [
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
    ] {
        let reply = switch(evil, None).await;
        assert_eq!(location(&reply), "/", "{evil}");
    }
}

#[tokio::test]
async fn names_in_any_script_are_stored_and_shown_intact() {
    let app = spawn_app().await;
    for (i, name) in ["潮汐电网 创始人", "Nguyễn Thị Ánh", "مريم الحسن"]
        .into_iter()
        .enumerate()
    {
        let email = format!("script{i}@test.org");
        let session = app.sign_up_and_verify(name, &email, "founder-pass-1").await;
        let me = app.me(Some(&session)).await;
        assert_eq!(me["display_name"], name);
    }
}

/// `TestApp::call` from a page in `accept_language` (the language a server function
/// takes from the browser when no `lang` cookie is set).
async fn call_in(
    app: &TestApp,
    accept_language: &str,
    endpoint: &str,
    cookie: Option<&str>,
    pairs: &[(&str, &str)],
) -> Reply {
    let mut req = Request::post(format!("/api/{endpoint}"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "application/json")
        .header(header::ACCEPT_LANGUAGE, accept_language)
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, "http://127.0.0.1:3000");
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c);
    }
    app.send(req.body(Body::from(form(pairs))).expect("request"))
        .await
}

/// The subject and body of every email to `to`, oldest first.
pub(crate) async fn mails_to(app: &TestApp, to: &str) -> Vec<(String, String)> {
    use backend::model::outbox;
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
    outbox::Entity::find()
        .filter(outbox::Column::ToEmail.eq(to))
        .order_by_asc(outbox::Column::CreatedAt)
        .all(&app.db)
        .await
        .expect("outbox")
        .into_iter()
        .map(|m| (m.subject, m.body))
        .collect()
}

#[tokio::test]
async fn each_founder_reads_the_decision_in_their_own_language() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let edition = app.edition(&staff, false).await;
    // One signs up from a Chinese browser, one in English, and one in English who then
    // switches to Chinese.
    let chen = call_in(
        &app,
        "zh-CN,zh;q=0.9",
        "auth/sign-up",
        None,
        &[
            ("display_name", "陈静"),
            ("email", "chen@tidalgrid.cn"),
            ("password", "founder-pass-1"),
        ],
    )
    .await;
    assert_eq!(chen.status, StatusCode::OK, "{}", chen.body);
    let chen = app
        .open_sign_up_link("chen@tidalgrid.cn")
        .await
        .session_cookie()
        .expect("session");
    let dara = app.founder("dara@aurora-bio.sg").await;
    let lin = app.founder("lin@harbour.hk").await;
    let switched = app
        .call("lang", Some(&lin), &[("lang", "zh"), ("back", "/founder")])
        .await;
    assert!(
        switched.status.is_success() || switched.status.is_redirection(),
        "{}",
        switched.status
    );

    let mut ids = Vec::new();
    for (founder, name) in [
        (&chen, "Tidal Grid"),
        (&dara, "Aurora Bio"),
        (&lin, "Harbour <Labs>"),
    ] {
        let startup = app.create_startup(founder, name).await;
        let saved = app.save_pitch(founder, &startup, &edition, "save").await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
        app.set_status(&startup, domain::submission::Status::Submitted)
            .await;
        let id = app.pitch(founder, &startup).await["id"]
            .as_str()
            .expect("id")
            .to_string();
        ids.push((startup, id));
    }
    let decided = app
        .call(
            "judging/decide",
            Some(&staff),
            &[
                ("ids[0]", &ids[0].1),
                ("ids[1]", &ids[1].1),
                ("ids[2]", &ids[2].1),
                ("decision", "accept"),
            ],
        )
        .await;
    assert_eq!(decided.status, StatusCode::OK, "{}", decided.body);

    let link = |startup: &str| format!("/startups/{startup}/pitch?edition={edition}\n");
    // Her sign-up link (in Chinese too, see `verify::the_emails_speak_the_persons_language`)
    // came before.
    let chinese: Vec<_> = mails_to(&app, "chen@tidalgrid.cn")
        .await
        .into_iter()
        .filter(|(_, body)| !body.contains("/verify-email?token="))
        .collect();
    assert_eq!(chinese.len(), 1);
    let (subject, body) = &chinese[0];
    assert_eq!(subject, "您的路演：已入选");
    assert!(
        body.starts_with("陈静，您好：\n\n恭喜！您已入选，受邀登台路演。\n\n您提交至 GSIC 2099 的路演“Tidal Grid at GSIC”：\n\n"),
        "{body}"
    );
    // The link, then what feedback the organisers released (none yet).
    assert!(
        body.ends_with(&format!(
            "{}\n主办方尚未向您发布评审意见。如有发布，您会收到邮件，并可在您的路演页面查看。\n",
            link(&ids[0].0)
        )),
        "{body}"
    );

    let english = mails_to(&app, "dara@aurora-bio.sg").await;
    assert_eq!(english.len(), 1);
    let (subject, body) = &english[0];
    assert_eq!(subject, "Your pitch: Accepted");
    assert!(
        body.starts_with(
            "Hello Test Founder,\n\nCongratulations: you are invited to pitch on stage.\n\n\
             Your pitch \"Tidal Grid at GSIC\" to GSIC 2099:\n\n"
        ),
        "{body}"
    );
    assert!(
        body.ends_with(&format!(
            "{}\nNo reviewers' feedback has been released to you yet. If the organisers release \
             some, you will get an email and read it on your pitch page.\n",
            link(&ids[1].0)
        )),
        "{body}"
    );

    let (subject, body) = &mails_to(&app, "lin@harbour.hk").await[0];
    assert_eq!(
        subject, "您的路演：已入选",
        "the switcher's choice is remembered for email"
    );
    assert!(body.starts_with("Test Founder，您好：\n\n"), "{body}");

    // The decision's emails wait out its undo window, and the outbox says until when.
    let outbox = app
        .call("staff/outbox", Some(&staff), &[("page", "0")])
        .await
        .json();
    assert!(outbox["messages"][0]["held_until"].is_string(), "{outbox}");
    let page = app.get("/staff/outbox", Some(&staff)).await;
    assert!(page.body.contains("held until "), "{}", page.body);
    // With its date and its zone, as every time on the page.
    let held = page.body.split("held until ").nth(1).unwrap_or_default();
    let held: String = held.chars().take(40).collect();
    assert!(held.contains(" (UTC)"), "{held}");

    // A password reset follows the account's language too.
    let reset = app
        .call(
            "auth/request-reset",
            None,
            &[("email", "chen@tidalgrid.cn")],
        )
        .await;
    assert_eq!(reset.status, StatusCode::OK, "{}", reset.body);
    // After her sign-up link and the decision.
    let (subject, body) = &mails_to(&app, "chen@tidalgrid.cn").await[2];
    assert_eq!(subject, "重置您的 Pitchline 密码");
    assert!(
        body.starts_with("陈静，您好：\n\n有人（希望是您本人）申请重置"),
        "{body}"
    );
}

#[tokio::test]
async fn an_invitation_is_in_the_language_of_the_page_it_was_sent_from() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let invite = |accept_language: &'static str, email: &'static str, role: &'static str| {
        let (app, staff) = (&app, &staff);
        async move {
            let reply = call_in(
                app,
                accept_language,
                "staff/invite",
                Some(staff),
                &[("email", email), ("role", role)],
            )
            .await;
            assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
            mails_to(app, email).await.pop().expect("the invitation")
        }
    };
    let (subject, body) = invite("zh-CN", "vc@fund.cn", "investor").await;
    assert_eq!(subject, "您受邀以投资人身份加入 Pitchline");
    assert!(
        body.starts_with("您好：\n\nStaff 邀请您以投资人身份加入 Pitchline（全球创新创业投资大会的项目与投资对接平台）。\n\n请在 7 天内接受邀请：\n\n"),
        "{body}"
    );
    let (subject, body) = invite("en-GB", "ops@gsic.org", "staff").await;
    assert_eq!(subject, "You are invited to Pitchline as a staff");
    assert!(
        body.starts_with("Hello,\n\nStaff invites you to join Pitchline"),
        "{body}"
    );

    // Accepted from the Chinese page, the new account keeps Chinese for its emails.
    let token = token_in(&invite("zh-CN", "vc@fund.cn", "investor").await.1);
    let accepted = call_in(
        &app,
        "zh-CN",
        "invitations/accept",
        None,
        &[
            ("token", &token),
            ("display_name", "王薇"),
            ("password", "investor pass"),
        ],
    )
    .await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.body);
    let reset = app
        .call("auth/request-reset", None, &[("email", "vc@fund.cn")])
        .await;
    assert_eq!(reset.status, StatusCode::OK, "{}", reset.body);
    let (subject, body) = mails_to(&app, "vc@fund.cn").await.pop().expect("reset");
    assert_eq!(subject, "重置您的 Pitchline 密码");
    assert!(body.starts_with("王薇，您好："), "{body}");

    // A co-founder invitation from a Chinese page, with the startup's name as typed.
    let founder = app.founder("lin@harbour.hk").await;
    let startup = app.create_startup(&founder, "Harbour <Labs> & Co").await;
    let reply = call_in(
        &app,
        "zh",
        "startups/invite-cofounder",
        Some(&founder),
        &[("startup_id", &startup), ("email", "mei@harbour.hk")],
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let (subject, body) = mails_to(&app, "mei@harbour.hk")
        .await
        .pop()
        .expect("invitation");
    assert_eq!(subject, "加入 Pitchline 上“Harbour <Labs> & Co”的团队");
    assert!(body.contains("Test Founder 邀请您加入"), "{body}");
    assert!(body.contains("/join-startup?token="), "{body}");
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
        assert!(
            ranking.body.contains(chinese),
            "{chinese}: {}",
            ranking.body
        );
    }
    // When the figures were computed: a Chinese date, in the edition's zone, named.
    assert!(ranking.body.contains("（北京时间）"), "{}", ranking.body);
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
        assert!(
            !ranking.body.contains(english),
            "{english} is left in English"
        );
    }

    // The board and the setup are two pages now: read them as one.
    let mut judging = page_in(&app, "/staff/judging", Some("zh-CN"), Some(&staff)).await;
    assert_eq!(judging.status, StatusCode::OK, "{}", judging.body);
    let setup = page_in(&app, "/staff/judging/setup", Some("zh-CN"), Some(&staff)).await;
    assert_eq!(setup.status, StatusCode::OK, "{}", setup.body);
    judging.body.push_str(&setup.body);
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
        assert!(
            judging.body.contains(chinese),
            "{chinese}: {}",
            judging.body
        );
    }
    for english in [
        "<h1>Judging</h1>",
        "<h1>Review setup</h1>",
        "Rubric",
        "Reviews per pitch",
        "After submitting their own review",
        "Blind review",
        "Assign reviewers automatically",
        "No submitted pitches yet.",
    ] {
        assert!(
            !judging.body.contains(english),
            "{english} is left in English"
        );
    }

    // The same pages without a language preference still say what they said before.
    let english = page_in(&app, "/staff/ranking", None, Some(&staff)).await;
    assert!(
        english.body.contains("<h1>Ranking</h1>") && english.body.contains("Judge calibration")
    );
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
            if html {
                "text/html"
            } else {
                "application/json"
            },
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
    let start = page
        .find(&id)
        .unwrap_or_else(|| panic!("no error slot for {name}"));
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
    assert!(
        back.starts_with("/signup?") && back.contains("__err="),
        "{back}"
    );
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
    assert!(
        page.body.contains("请修改标出的各个字段。"),
        "the form says so in Chinese"
    );
}

#[test]
fn a_founder_reads_the_pitch_and_startup_pages_in_chinese() {
    on_a_big_stack(founder_pages_in_chinese);
}

async fn founder_pages_in_chinese() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let edition = app.edition(&staff, false).await;
    let founder = app.founder("zh-founder@test.org").await;
    let startup = app.create_startup(&founder, "潮汐电网").await;
    let saved = app.save_pitch(&founder, &startup, &edition, "draft").await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);

    let pitch_path = format!("/startups/{startup}/pitch");
    let zh = page_in(&app, &pitch_path, Some("zh-CN,zh;q=0.9"), Some(&founder)).await;
    assert_eq!(zh.status, StatusCode::OK);
    for chinese in [
        "<h2>您的路演</h2>",
        "保存草稿",
        "上传路演材料",
        "报名截止：",
        // The deadline in the edition's zone, with its name, as Chinese writes dates.
        "2099年9月1日 18:00（北京时间）",
        "路演日期：2099年9月15日至2099年9月16日。",
        ">草稿</span>",
        "草稿不会发送给组织方",
        "路演 · 潮汐电网",
    ] {
        assert!(
            zh.body.contains(chinese),
            "{chinese:?} missing from the Chinese pitch page"
        );
    }
    for english in [
        "Your pitch",
        "Save draft",
        "Upload deck",
        "Submissions close",
        "Pitch days",
        ">Draft<",
    ] {
        assert!(
            !zh.body.contains(english),
            "{english:?} left in the Chinese pitch page"
        );
    }

    // Without a preference the same page stays English, dates as English writes them.
    let en = page_in(&app, &pitch_path, None, Some(&founder)).await;
    for english in [
        "<h2>Your pitch</h2>",
        "Save draft",
        "Submissions close ",
        "1 Sep 2099, 18:00 (Asia/Shanghai)",
        "Pitch days: 15 Sep 2099 to 16 Sep 2099.",
    ] {
        assert!(
            en.body.contains(english),
            "{english:?} missing from the English pitch page"
        );
    }

    let profile = page_in(
        &app,
        &format!("/startups/{startup}"),
        Some("zh-CN"),
        Some(&founder),
    )
    .await;
    assert_eq!(profile.status, StatusCode::OK);
    for chinese in [
        "项目名称",
        "一句话介绍",
        "保存资料",
        "团队",
        "种子轮",
        "USD · 美元",
        ">中国</option>",
        "SAFE（未来股权简单协议）",
    ] {
        assert!(
            profile.body.contains(chinese),
            "{chinese:?} missing from the Chinese startup page"
        );
    }
    for english in [
        "Startup name",
        "Save profile",
        "US dollar",
        ">China<",
        "Choose a stage",
    ] {
        assert!(
            !profile.body.contains(english),
            "{english:?} left in the Chinese startup page"
        );
    }
}

#[tokio::test]
async fn an_edition_made_in_chinese_starts_with_a_chinese_rubric_and_the_audit_log_reads_chinese() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let created = call_in(
        &app,
        "zh-CN",
        "editions/save",
        Some(&staff),
        &[
            ("id", ""),
            ("name", "全球创业投资大会 2099"),
            ("city", "上海"),
            ("starts_on", "2099-09-15"),
            ("ends_on", "2099-09-16"),
            ("time_zone", "Asia/Shanghai"),
            ("submission_deadline", "2099-09-01T18:00"),
            ("tracks", "人工智能\n清洁能源"),
        ],
    )
    .await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    // The edition form offers its tracks in the staff member's language too.
    let form = page_in(&app, "/staff/editions/new", Some("zh-CN"), Some(&staff)).await;
    assert!(form.body.contains("生物医药与健康"), "{}", form.body);

    let judging = page_in(&app, "/staff/judging/setup", Some("zh-CN"), Some(&staff)).await;
    assert_eq!(judging.status, StatusCode::OK, "{}", judging.body);
    assert!(judging.body.contains("团队 | 20 | 5"), "{}", judging.body);
    assert!(judging.body.contains("这支团队能把它做出来吗"));
    // The rubric is the edition's data now: an English reader sees what was stored.
    let english = page_in(&app, "/staff/judging/setup", None, Some(&staff)).await;
    assert!(english.body.contains("团队 | 20 | 5"));

    let audit = page_in(&app, "/staff/audit", Some("zh-CN"), Some(&staff)).await;
    assert_eq!(audit.status, StatusCode::OK, "{}", audit.body);
    // The table (the filter's select carries the codes as its values, never shown).
    let table = audit.body.split("<table").nth(1).unwrap_or_default();
    assert!(table.contains("创建届次"), "{}", audit.body);
    assert!(table.contains("届次 "), "the subject's kind is worded");
    assert!(table.contains("年"), "a Chinese date");
    for code in ["edition.create", "edition:", "user.sign_up"] {
        assert!(!table.contains(code), "{code} shown as a code");
    }
    let audit_en = page_in(&app, "/staff/audit", None, Some(&staff)).await;
    let table_en = audit_en.body.split("<table").nth(1).unwrap_or_default();
    assert!(table_en.contains("Edition created"));
}

#[tokio::test]
async fn refusals_of_the_http_layer_speak_the_requesters_language() {
    let app = spawn_app().await;
    let get = page_in(&app, "/api/editions/list", Some("zh-CN"), None).await;
    assert_eq!(get.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(get.body, "此接口请使用 POST。");
    let get = page_in(&app, "/api/editions/list", None, Some("lang=en")).await;
    assert_eq!(get.body, "Use POST for this endpoint.");

    let mut cross = Request::post("/api/editions/list")
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, "https://evil.example")
        .header(header::ACCEPT_LANGUAGE, "zh")
        .body(Body::empty())
        .expect("request");
    cross.headers_mut().insert(
        header::CONTENT_TYPE,
        "application/x-www-form-urlencoded".parse().expect("header"),
    );
    let refused = app.send(cross).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(refused.body, "不接受跨站请求。");

    let unknown = call_in(&app, "zh-CN", "no/such/thing", None, &[]).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(unknown.body, "没有这个接口。");
}
