//! Judging at the size of a large edition: 5,000 submitted pitches, 1,000 investors with
//! portfolios (so every pair is checked for conflicts), 3 reviews each. Times the
//! one-click assignment, a ranking page over 15,000 reviews (cold: the first read after
//! a review changed, which recomputes the stored standings; warm: every read after),
//! saving one review, and one judge's queue, on SQLite (and PostgreSQL when
//! PITCHLINE_BENCH_DATABASE holds a database URL). Run with `make bench`; record the
//! numbers in BENCHMARKS.md.

use backend::features::judging::{assignments, reviews};
use backend::model::codec::JsonText;
use backend::model::tallies;
use backend::model::{
    assignment, investor_profile, review, startup, startup_member, submission, user, user_role,
};
use backend::platform::sessions::SessionUser;
use backend::queries::ranking as decisions;
use chrono::Utc;
use domain::account::Role;
use domain::scoring::simulation::Rng;
use domain::startup::Stage;
use domain::submission::Status;
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait, TransactionTrait};
use std::time::Instant;
use uuid::Uuid;
use wire::{QueueQuery, RankingQuery};

mod common;

/// 5,000 pitches and 1,000 investors, or `PITCHLINE_BENCH_PITCHES` pitches and a fifth
/// as many investors (500 for the conference size).
fn size() -> (usize, usize) {
    let pitches = std::env::var("PITCHLINE_BENCH_PITCHES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(5_000);
    (pitches, pitches / 5)
}

fn person(id: Uuid, email: String, name: String) -> user::ActiveModel {
    user::ActiveModel {
        id: Set(id),
        email: Set(email),
        display_name: Set(name),
        password_hash: Set(None),
        created_at: Set(Utc::now()),
        language: Set(None),
        email_verified_at: Set(Some(Utc::now())),
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let url = std::env::var("PITCHLINE_BENCH_DATABASE")
        .unwrap_or_else(|_| format!("sqlite://{}/bench.db?mode=rwc", dir.path().display()));
    let db = server::connect_and_migrate(&url).await?;
    let (pitches, investors) = size();
    let (edition_id, tracks) = common::seed_edition(&db).await?;
    let now = Utc::now();
    let started = Instant::now();
    let stages = [Stage::PreSeed, Stage::Seed, Stage::SeriesA];
    for chunk in (0..pitches).collect::<Vec<_>>().chunks(400) {
        let txn = db.begin().await?;
        let (mut startups, mut subs, mut founders, mut members) = (vec![], vec![], vec![], vec![]);
        for &i in chunk {
            let (id, founder) = (Uuid::new_v4(), Uuid::new_v4());
            startups.push(common::startup_row(
                id,
                &format!("Startup {i:05}"),
                stages[i % stages.len()],
                "CN",
            ));
            subs.push(common::submission_row(
                edition_id,
                id,
                tracks[i % tracks.len()],
                Status::Submitted,
            ));
            founders.push(person(
                founder,
                format!("founder{i}@startup{i}.cn"),
                format!("Founder {i}"),
            ));
            members.push(startup_member::ActiveModel {
                startup_id: Set(id),
                user_id: Set(founder),
                joined_at: Set(now),
            });
        }
        startup::Entity::insert_many(startups).exec(&txn).await?;
        submission::Entity::insert_many(subs).exec(&txn).await?;
        user::Entity::insert_many(founders).exec(&txn).await?;
        startup_member::Entity::insert_many(members)
            .exec(&txn)
            .await?;
        txn.commit().await?;
    }
    let mut judges = Vec::new();
    for chunk in (0..investors).collect::<Vec<_>>().chunks(400) {
        let txn = db.begin().await?;
        let (mut people, mut roles, mut profiles) = (vec![], vec![], vec![]);
        for &i in chunk {
            let id = Uuid::new_v4();
            judges.push(id);
            // Every tenth investor works at a startup's domain; each holds five
            // portfolio companies, one of them a startup of this edition.
            let domain = if i % 10 == 0 {
                format!("startup{}.cn", i * 3)
            } else {
                format!("fund{i}.vc")
            };
            people.push(person(
                id,
                format!("judge{i}@{domain}"),
                format!("Judge {i:04}"),
            ));
            roles.push(user_role::ActiveModel {
                user_id: Set(id),
                role: Set(Role::Investor.into()),
                granted_at: Set(now),
            });
            let portfolio: Vec<(String, String)> = (0..5)
                .map(|k| {
                    let n = (i * 5 + k) * 7 % (pitches * 2);
                    (format!("Startup {n:05}"), format!("https://startup{n}.cn"))
                })
                .collect();
            profiles.push(investor_profile::ActiveModel {
                user_id: Set(id),
                firm: Set(format!("Fund {i}")),
                title: Set("Partner".into()),
                sectors: Set(JsonText(vec!["AI".into()])),
                stages: Set(JsonText(vec![stages[i % stages.len()]])),
                ticket_min: Set(None),
                ticket_max: Set(None),
                currency: Set("USD".into()),
                geographies: Set(JsonText(vec![])),
                portfolio: Set(JsonText(portfolio)),
                updated_at: Set(now),
            });
        }
        user::Entity::insert_many(people).exec(&txn).await?;
        user_role::Entity::insert_many(roles).exec(&txn).await?;
        investor_profile::Entity::insert_many(profiles)
            .exec(&txn)
            .await?;
        txn.commit().await?;
    }
    println!(
        "seeded {pitches} pitches and {investors} investors in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let time = |label: &str, ms: f64| println!("{label:<56} {ms:>9.1} ms");
    let staff = SessionUser {
        id: judges[0],
        email: "bench@example.com".into(),
        display_name: "Bench".into(),
        roles: vec![Role::Staff],
    };

    let t = Instant::now();
    let outcome = assignments::auto_assign(&db, &staff, edition_id).await?;
    time(
        &format!(
            "auto-assign: 3 of {investors} judges to {pitches} pitches ({} new)",
            outcome.added
        ),
        t.elapsed().as_secs_f64() * 1e3,
    );
    let t = Instant::now();
    let outcome = assignments::auto_assign(&db, &staff, edition_id).await?;
    time(
        &format!("auto-assign again: nothing to add ({} new)", outcome.added),
        t.elapsed().as_secs_f64() * 1e3,
    );

    let pairs = assignment::Entity::find().all(&db).await?;
    let mut rng = Rng::new(7);
    for chunk in pairs.chunks(1_000) {
        let txn = db.begin().await?;
        let rows: Vec<review::ActiveModel> = chunk
            .iter()
            .map(|a| review::ActiveModel {
                id: Set(Uuid::new_v4()),
                submission_id: Set(a.submission_id),
                investor_id: Set(a.investor_id),
                scores: Set(JsonText(Default::default())),
                weighted: Set((rng.unit() * 10.0 * 4.0).round() / 4.0),
                comment: Set(String::new()),
                private_note: Set(String::new()),
                recommendation: Set(backend::model::codec::Coded(
                    domain::review::Recommendation::Maybe,
                )),
                released: Set(false),
                created_at: Set(now),
                updated_at: Set(now),
            })
            .collect();
        review::Entity::insert_many(rows).exec(&txn).await?;
        txn.commit().await?;
    }
    // The reviews went in as rows: tally them as the review transactions would have.
    let t = Instant::now();
    tallies::rebuild(&db, edition_id).await?;
    time(
        &format!("tallies rebuilt from {} reviews", pairs.len()),
        t.elapsed().as_secs_f64() * 1e3,
    );
    // A live PostgreSQL has planner statistics (autovacuum); a bulk load seconds old
    // does not yet.
    if url.starts_with("postgres") {
        db.execute_unprepared("ANALYZE").await?;
    }
    let t = Instant::now();
    let ranking = decisions::ranking(&db, &RankingQuery::default()).await?;
    time(
        &format!(
            "ranking page, cold (standings recomputed): {} of {} pitches",
            ranking.rows.len(),
            ranking.total
        ),
        t.elapsed().as_secs_f64() * 1e3,
    );
    let warm = |label: &'static str, query: RankingQuery| {
        let db = db.clone();
        async move {
            // The median of 21 reads.
            let mut ms = Vec::new();
            for _ in 0..21 {
                let t = Instant::now();
                decisions::ranking(&db, &query).await?;
                ms.push(t.elapsed().as_secs_f64() * 1e3);
            }
            ms.sort_by(f64::total_cmp);
            time(&format!("ranking page, warm: {label}"), ms[ms.len() / 2]);
            anyhow::Ok(())
        }
    };
    warm("first page by normalised mean", RankingQuery::default()).await?;
    warm(
        "last page (100) by normalised mean",
        RankingQuery {
            page: "100".into(),
            ..Default::default()
        },
    )
    .await?;
    warm(
        "first page by raw mean",
        RankingQuery {
            sort: "raw".into(),
            ..Default::default()
        },
    )
    .await?;
    warm(
        "first page by name, one track",
        RankingQuery {
            sort: "name".into(),
            track: "Track 3".into(),
            ..Default::default()
        },
    )
    .await?;
    // One judge saves a review: the tallies change in its transaction; the next
    // ranking read recomputes the standings.
    let reviewer = pairs[0].investor_id;
    let author = SessionUser {
        id: reviewer,
        email: "judge@bench.example".into(),
        display_name: "Judge".into(),
        roles: vec![Role::Investor],
    };
    let form = reviews::form(&db, &author, pairs[0].submission_id).await?;
    let draft = reviews::ReviewDraft {
        scores: form
            .criteria
            .iter()
            .map(|c| (c.key.clone(), "4".to_string()))
            .collect(),
        comment: "Strong team.".into(),
        private_note: String::new(),
        recommendation: "yes".into(),
    };
    let t = Instant::now();
    reviews::save(&db, &author, pairs[0].submission_id, &draft).await?;
    time(
        "saving one review (with its tallies), and the next in queue",
        t.elapsed().as_secs_f64() * 1e3,
    );
    let t = Instant::now();
    decisions::ranking(&db, &RankingQuery::default()).await?;
    time(
        "ranking page, cold again after that one review",
        t.elapsed().as_secs_f64() * 1e3,
    );
    warm("first page again", RankingQuery::default()).await?;
    let judge = SessionUser {
        id: judges[1],
        email: "judge1@fund1.vc".into(),
        display_name: "Judge 0001".into(),
        roles: vec![Role::Investor],
    };
    let t = Instant::now();
    let queue = reviews::queue(&db, &judge, &QueueQuery::default()).await?;
    time(
        &format!("one judge's queue ({} pitches)", queue.items.len()),
        t.elapsed().as_secs_f64() * 1e3,
    );
    if let Some(first) = queue.items.first() {
        let t = Instant::now();
        reviews::form(&db, &judge, first.submission_id).await?;
        time("one scoring form", t.elapsed().as_secs_f64() * 1e3);
    }
    Ok(())
}
