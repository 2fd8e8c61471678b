//! Every string a user typed comes back as text, never markup (issue 13, item 1): a
//! hostile value in every user-editable field, read back from every page that shows it.
//! `<title>` and `<textarea>` are the two places the renderer writes raw, so those are
//! read back character for character.

use super::*;

/// Closes a title, a textarea and an attribute, and opens elements after each.
const HOSTILE: &str = "</title><b>x</textarea><form>\"><img onerror=alert(1)>";

fn decode(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The page's one `<title>`, decoded.
fn title_of(page: &Reply) -> String {
    assert_eq!(page.body.matches("<title>").count(), 1, "one <title>");
    let start = page.body.find("<title>").expect("a <title>") + "<title>".len();
    let end = start + page.body[start..].find("</title>").expect("</title>");
    decode(&page.body[start..end])
}

/// The decoded text of the textarea called `name`: cut short if markup got out.
fn textarea_of(page: &Reply, name: &str) -> String {
    for (at, _) in page.body.match_indices("<textarea") {
        let tag_end = at + page.body[at..].find('>').expect("end of the tag");
        if !page.body[at..tag_end].contains(&format!("name=\"{name}\"")) {
            continue;
        }
        let close = tag_end
            + page.body[tag_end..]
                .find("</textarea>")
                .expect("</textarea>");
        return decode(&page.body[tag_end + 1..close]);
    }
    panic!("no textarea {name}")
}

/// No element made of the hostile value, and the value is on the page as text.
fn assert_text_only(page: &Reply, what: &str) {
    assert_eq!(page.status, StatusCode::OK, "{what}: {}", page.body);
    for markup in ["<b>x", "<form>", "<img onerror", "</title><b>", "\"><img"] {
        assert!(
            !page.body.contains(markup),
            "{what}: `{markup}` is markup on the page"
        );
    }
    assert_eq!(
        page.body.matches("<textarea").count(),
        page.body.matches("</textarea>").count(),
        "{what}: every textarea closes once"
    );
    assert!(
        page.body.contains("&lt;/title&gt;&lt;b&gt;x"),
        "{what}: the value is shown as text"
    );
}

#[test]
fn hostile_text_in_every_field_comes_back_as_text_on_every_page() {
    on_a_big_stack(every_page_shows_hostile_text_as_text);
}

async fn every_page_shows_hostile_text_as_text() {
    let app = spawn_app().await;
    let staff = app.staff().await;
    let edition = app.edition(&staff, false).await;
    let tracks = format!("AI\nClean energy\n{HOSTILE}");
    let saved = app
        .call(
            "editions/save",
            Some(&staff),
            &[
                ("id", &edition),
                ("name", "GSIC 2099"),
                ("city", "Shanghai"),
                ("starts_on", "2099-09-15"),
                ("ends_on", "2099-09-16"),
                ("time_zone", "Asia/Shanghai"),
                ("submission_deadline", "2099-09-01T18:00"),
                ("tracks", &tracks),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);

    let founder = app
        .sign_up_and_verify(HOSTILE, "chen@tidalgrid.cn", "founder-pass-1")
        .await;
    let mut fields = startups::profile(HOSTILE);
    for (k, v) in fields.iter_mut() {
        if matches!(*k, "one_liner" | "description" | "city") {
            *v = HOSTILE;
        }
    }
    fields.push(("use_of_funds", HOSTILE));
    let created = app.call("startups/save", Some(&founder), &fields).await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    let startup = app.call("startups/mine", Some(&founder), &[]).await.json()[0]["id"]
        .as_str()
        .expect("startup id")
        .to_string();
    let pitched = app
        .call(
            "pitches/save",
            Some(&founder),
            &[
                ("startup_id", &startup),
                ("edition_id", &edition),
                ("intent", "save"),
                ("title", HOSTILE),
                ("summary", HOSTILE),
                ("track", HOSTILE),
                ("availability", ""),
            ],
        )
        .await;
    assert_eq!(pitched.status, StatusCode::OK, "{}", pitched.body);
    app.set_status(&startup, domain::submission::Status::Submitted)
        .await;
    // Submitted, the pitch reads as a summary; its form is one "Edit until …" away.
    let page = app
        .get(
            &format!("/startups/{startup}/pitch?edition={edition}&edit=1"),
            Some(&founder),
        )
        .await;
    assert_text_only(&page, "the pitch form");
    assert_eq!(textarea_of(&page, "summary"), HOSTILE);
    let submission = app.pitch(&founder, &startup).await["id"]
        .as_str()
        .expect("submission id")
        .to_string();

    let ada = app.investor("ada@harbour.vc").await;
    // Not the startup's own name: that would be a portfolio conflict.
    let portfolio = format!("Fund {HOSTILE}");
    let profile = app
        .call(
            "investors/profile/save",
            Some(&ada),
            &[
                ("firm", HOSTILE),
                ("title", HOSTILE),
                ("sectors", "AI"),
                ("stages", "Seed"),
                ("ticket_min", ""),
                ("ticket_max", ""),
                ("currency", "USD"),
                ("geographies", ""),
                ("portfolio", &portfolio),
            ],
        )
        .await;
    assert_eq!(profile.status, StatusCode::OK, "{}", profile.body);

    let setup = app
        .call("judging/setup", Some(&staff), &[("edition", &edition)])
        .await
        .json();
    let rubric = format!(
        "{}\nCare | 1 | 5 | {HOSTILE}",
        setup["form"]["rubric"].as_str().expect("rubric")
    );
    let set = app
        .call(
            "judging/setup/save",
            Some(&staff),
            &[
                ("edition", &edition),
                ("rubric", &rubric),
                ("reviews_per_pitch", "1"),
                ("phase_open", "on"),
                ("visibility", "after_own"),
            ],
        )
        .await;
    assert_eq!(set.status, StatusCode::OK, "{}", set.body);
    let assigned = app
        .call(
            "judging/auto-assign",
            Some(&staff),
            &[("edition", &edition)],
        )
        .await;
    assert_eq!(assigned.status, StatusCode::OK, "{}", assigned.body);
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
        ("comment", HOSTILE),
        ("private_note", HOSTILE),
        ("recommendation", "yes"),
        ("then", "stay"),
    ]);
    let reviewed = app.call("reviews/save", Some(&ada), &review).await;
    assert_eq!(reviewed.status, StatusCode::OK, "{}", reviewed.body);

    let page = app
        .get(&format!("/startups/{startup}"), Some(&founder))
        .await;
    assert_text_only(&page, "the founder's startup page");
    assert_eq!(title_of(&page), format!("{HOSTILE} · Pitchline"));
    assert_eq!(textarea_of(&page, "description"), HOSTILE);
    assert_eq!(textarea_of(&page, "use_of_funds"), HOSTILE);

    let page = app
        .get(&format!("/startups/{startup}/pitch"), Some(&founder))
        .await;
    assert_text_only(&page, "the pitch page");
    assert_eq!(title_of(&page), format!("Pitch · {HOSTILE} · Pitchline"));
    // Under review now, it reads as a summary (its form was checked while submitted).
    let page = app
        .get(
            &format!("/startups/{startup}/pitch/withdraw?edition={edition}"),
            Some(&founder),
        )
        .await;
    assert_text_only(&page, "the withdrawal confirmation");

    assert_text_only(&app.get("/founder", Some(&founder)).await, "founder home");

    let page = app.get(&format!("/startups/{startup}"), Some(&staff)).await;
    assert_text_only(&page, "the startup page for staff");
    assert_eq!(title_of(&page), format!("{HOSTILE} · Pitchline"));

    let page = app
        .get(&format!("/staff/editions/{edition}"), Some(&staff))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(textarea_of(&page, "tracks"), tracks);
    assert_text_only(&page, "the edition form");

    let page = app
        .get(
            &format!("/staff/judging/setup?edition={edition}"),
            Some(&staff),
        )
        .await;
    assert_text_only(&page, "the judging setup page");
    assert_eq!(textarea_of(&page, "rubric"), rubric);

    for path in [
        format!("/staff/submissions?edition={edition}"),
        format!("/staff/ranking?edition={edition}"),
        format!("/staff/reviews/{submission}"),
    ] {
        assert_text_only(&app.get(&path, Some(&staff)).await, &path);
    }

    let page = app.get("/investor/profile", Some(&ada)).await;
    assert_text_only(&page, "the investor profile");
    assert_eq!(textarea_of(&page, "portfolio"), portfolio);

    let page = app
        .get(&format!("/investor/reviews/{submission}"), Some(&ada))
        .await;
    assert_text_only(&page, "the review page");
    assert_eq!(textarea_of(&page, "comment"), HOSTILE);
    assert_eq!(textarea_of(&page, "private_note"), HOSTILE);
    assert_text_only(&app.get("/investor/reviews", Some(&ada)).await, "the queue");

    app.set_status(&startup, domain::submission::Status::Accepted)
        .await;
    let page = app.get(&format!("/showcase/{startup}"), None).await;
    assert_text_only(&page, "the public showcase page");
    assert_eq!(title_of(&page), format!("{HOSTILE} · Pitchline"));
    assert_text_only(&app.get("/showcase", None).await, "the showcase list");
}

#[tokio::test]
async fn hostile_text_kept_after_a_failed_post_without_javascript_stays_text() {
    let app = spawn_app().await;
    let founder = app.founder("kept@example.com").await;
    let mut fields = startups::profile("");
    fields.push(("use_of_funds", HOSTILE));
    fields.retain(|(k, _)| *k != "description");
    fields.push(("description", HOSTILE));
    let req = Request::post("/api/startups/save")
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, "http://127.0.0.1:3000")
        .header(header::ACCEPT, "text/html")
        .header(header::REFERER, "http://127.0.0.1:3000/startups/new")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, &founder)
        .body(Body::from(form(&fields)))
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
    let binding = reply
        .cookie("pitchline_form_error")
        .expect("form error cookie");
    let page = app
        .get(&location, Some(&format!("{founder}; {binding}")))
        .await;
    assert_text_only(&page, "the new-startup form after a failed post");
    assert_eq!(textarea_of(&page, "description"), HOSTILE);
    assert_eq!(textarea_of(&page, "use_of_funds"), HOSTILE);
}
