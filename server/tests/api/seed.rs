//! The scale seed at its tiny size: the numbers it promises, rows consistent with each
//! other (every review has its assignment, every status its timeline step), the same data
//! for the same seed number, and the pages of every role rendering from it.

use super::*;
use backend::model::{assignment, review, startup, submission, submission_event};
use backend::seed::scale::{self, Quiet, Scale};
use domain::submission::Status;
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
use std::collections::HashSet;

struct Seeded {
    app: TestApp,
    done: scale::Seeded,
    /// The generated startups (the demo's have no website) by id.
    names: Vec<(uuid::Uuid, String)>,
    /// Every review's weighted score by id.
    scores: Vec<(uuid::Uuid, f64)>,
}

async fn seeded(seed: u64) -> Seeded {
    let app = spawn_app().await;
    let done = scale::seed(&app.db, Scale::Tiny, seed, "http://127.0.0.1:3000", &Quiet)
        .await
        .expect("tiny seed");
    let names = startup::Entity::find()
        .filter(startup::Column::Website.is_not_null())
        .order_by_asc(startup::Column::Id)
        .all(&app.db)
        .await
        .expect("startups")
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect();
    let scores = review::Entity::find()
        .order_by_asc(review::Column::Id)
        .all(&app.db)
        .await
        .expect("reviews")
        .into_iter()
        .map(|r| (r.id, r.weighted))
        .collect();
    Seeded {
        app,
        done,
        names,
        scores,
    }
}

fn assert_renders(page: &Reply, what: &str) {
    assert_eq!(page.status, StatusCode::OK, "{what}: {}", page.body);
    assert!(
        !page.body.contains("alert-error"),
        "{what} shows an error: {}",
        page.body
    );
}

#[tokio::test]
async fn the_tiny_scale_has_its_numbers_consistent_rows_and_pages_that_render() {
    let Seeded {
        app,
        done,
        names,
        scores,
    } = seeded(7).await;
    let size = Scale::Tiny.size();
    assert_eq!(done.startups, size.startups);
    assert_eq!(done.reviews, size.reviews);
    assert_eq!(done.accepted, size.accepted);
    assert_eq!(names.len(), size.startups);
    assert_eq!(scores.len(), size.reviews);
    assert!(scores.iter().all(|(_, s)| (0.0..=10.0).contains(s)));
    assert!(names.iter().any(|(_, n)| !n.is_ascii()), "Chinese names");

    // Every review belongs to an assignment; some assignments still wait for a review.
    let assigned: HashSet<(uuid::Uuid, uuid::Uuid)> = assignment::Entity::find()
        .all(&app.db)
        .await
        .expect("assignments")
        .into_iter()
        .map(|a| (a.submission_id, a.investor_id))
        .collect();
    let reviews = review::Entity::find().all(&app.db).await.expect("reviews");
    for r in &reviews {
        assert!(assigned.contains(&(r.submission_id, r.investor_id)));
    }
    assert!(assigned.len() > reviews.len());
    assert_eq!(assigned.len(), done.assignments);

    // Each pitch's latest timeline step is its status.
    let pitches = submission::Entity::find()
        .all(&app.db)
        .await
        .expect("pitches");
    let events = submission_event::Entity::find()
        .order_by_asc(submission_event::Column::At)
        .all(&app.db)
        .await
        .expect("events");
    for p in &pitches {
        let last = events
            .iter()
            .filter(|e| e.submission_id == p.id)
            .max_by_key(|e| e.at)
            .map(|e| e.status.0);
        assert_eq!(last, Some(p.status()), "timeline of {}", p.title);
    }
    let accepted: Vec<_> = pitches
        .iter()
        .filter(|p| p.status() == Status::Accepted)
        .collect();
    // The demo's own accepted startups (Tidal Grid and the three of its closed live
    // session) plus the scale's top.
    assert_eq!(accepted.len(), size.accepted + 4);

    // Another seed into a non-empty database is refused.
    assert!(
        scale::seed(&app.db, Scale::Tiny, 7, "http://127.0.0.1:3000", &Quiet)
            .await
            .is_err()
    );

    // The pages of each role, logged in as the demo accounts.
    let staff = app
        .log_in("staff@pitchline.test", "staff-demo-pass")
        .await
        .session_cookie()
        .expect("staff session");
    let judge = app
        .log_in("investor1@pitchline.test", "investor-demo-pass")
        .await
        .session_cookie()
        .expect("judge session");
    let founder = app
        .log_in("founder1@pitchline.test", "founder-demo-pass")
        .await
        .session_cookie()
        .expect("founder session");
    let top = accepted
        .iter()
        .find(|p| {
            ![
                "Tidal Grid",
                "Harbour Hydrogen",
                "Mosaic Health",
                "Ledger Leaf",
            ]
            .iter()
            .any(|demo| p.title.starts_with(demo))
        })
        .expect("a seeded accepted pitch");
    let top_name = &names
        .iter()
        .find(|(id, _)| *id == top.startup_id)
        .expect("its startup")
        .1;

    let showcase = app.get("/showcase", None).await;
    assert_renders(&showcase, "the showcase");
    let public = app
        .get(&format!("/showcase/{}", top.startup_id), None)
        .await;
    assert_renders(&public, "a public startup page");
    assert!(public.body.contains(top_name.as_str()));
    for path in [
        "/staff/submissions",
        "/staff/ranking",
        "/staff/judging",
        "/staff/judging/setup",
    ] {
        let page = app.get(path, Some(&staff)).await;
        assert_renders(&page, path);
        if path == "/staff/ranking" {
            assert!(
                page.body.contains(top_name.as_str()),
                "the ranking lists the top"
            );
        }
    }
    let queue = app.get("/investor/reviews", Some(&judge)).await;
    assert_renders(&queue, "the judge's queue");
    let judge_id = backend::model::user::Entity::find()
        .filter(backend::model::user::Column::Email.eq("investor1@pitchline.test"))
        .one(&app.db)
        .await
        .expect("judge")
        .expect("judge row")
        .id;
    let mine = assignment::Entity::find()
        .filter(assignment::Column::InvestorId.eq(judge_id))
        .all(&app.db)
        .await
        .expect("the judge's assignments");
    assert!(!mine.is_empty(), "the demo judge has pitches to review");
    let form = app
        .get(
            &format!("/investor/reviews/{}", mine[0].submission_id),
            Some(&judge),
        )
        .await;
    assert_renders(&form, "a review form");
    assert_renders(&app.get("/founder", Some(&founder)).await, "founder home");
    drop(app);

    // The same seed number gives the same data; another gives other data.
    let again = seeded(7).await;
    assert_eq!(names, again.names);
    assert_eq!(scores, again.scores);
    drop(again);
    assert_ne!(names, seeded(8).await.names);
}
