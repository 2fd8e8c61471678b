//! The showcase and the staff table at 10,000 accepted startups: time to the first page
//! and to a deep page, on SQLite (and on PostgreSQL when PITCHLINE_BENCH_DATABASE holds
//! a database URL). Run with `make bench`; record the numbers in BENCHMARKS.md.

use backend::model::{startup, submission};
use backend::platform::sessions::SessionUser;
use backend::queries::catalogue;
use sea_orm::{EntityTrait, TransactionTrait};
use std::time::Instant;
use uuid::Uuid;
use wire::{ShowcaseQuery, SubmissionQuery};

mod common;

const STARTUPS: usize = 10_000;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let url = std::env::var("PITCHLINE_BENCH_DATABASE")
        .unwrap_or_else(|_| format!("sqlite://{}/bench.db?mode=rwc", dir.path().display()));
    let db = server::connect_and_migrate(&url).await?;
    let (edition_id, tracks) = common::seed_edition(&db).await?;
    let started = Instant::now();
    let countries = ["CN", "SG", "GB", "US", "DE", "JP", "FR", "IN"];
    let stages = domain::startup::Stage::ALL;
    for chunk in (0..STARTUPS).collect::<Vec<_>>().chunks(500) {
        let txn = db.begin().await?;
        let mut startups = Vec::new();
        let mut submissions = Vec::new();
        for &i in chunk {
            let id = Uuid::new_v4();
            let name = format!(
                "Startup {:05} {}",
                (i * 7919) % STARTUPS,
                ["Grid", "Bio", "Pay", "Labs"][i % 4]
            );
            startups.push(common::startup_row(
                id,
                &name,
                stages[i % stages.len()],
                countries[i % countries.len()],
            ));
            submissions.push(common::submission_row(
                edition_id,
                id,
                tracks[i % tracks.len()],
                domain::submission::Status::Accepted,
            ));
        }
        startup::Entity::insert_many(startups).exec(&txn).await?;
        submission::Entity::insert_many(submissions)
            .exec(&txn)
            .await?;
        txn.commit().await?;
    }
    println!(
        "seeded {STARTUPS} accepted startups in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let time = |label: &str, ms: f64| println!("{label:<52} {ms:>8.1} ms");
    let t = Instant::now();
    let first = catalogue::showcase(&db, &ShowcaseQuery::default()).await?;
    time(
        "showcase: first page (24 of 10,000)",
        t.elapsed().as_secs_f64() * 1e3,
    );
    let mut after = first.next_after.clone().unwrap_or_default();
    let mut pages = 1;
    let walk = Instant::now();
    let mut last_page_ms = 0.0;
    while !after.is_empty() {
        let t = Instant::now();
        let page = catalogue::showcase(
            &db,
            &ShowcaseQuery {
                after: after.clone(),
                ..Default::default()
            },
        )
        .await?;
        last_page_ms = t.elapsed().as_secs_f64() * 1e3;
        pages += 1;
        after = page.next_after.unwrap_or_default();
    }
    time(&format!("showcase: last page (page {pages})"), last_page_ms);
    time(
        "showcase: mean page over the whole walk",
        walk.elapsed().as_secs_f64() * 1e3 / pages as f64,
    );
    let t = Instant::now();
    catalogue::showcase(
        &db,
        &ShowcaseQuery {
            country: "SG".into(),
            stage: "seed".into(),
            q: "grid".into(),
            ..Default::default()
        },
    )
    .await?;
    time(
        "showcase: filtered by country, stage and name",
        t.elapsed().as_secs_f64() * 1e3,
    );
    let staff = SessionUser {
        id: Uuid::new_v4(),
        email: "bench@example.com".into(),
        display_name: "Bench".into(),
        roles: vec![domain::account::Role::Staff],
    };
    for page in ["1", "200"] {
        let t = Instant::now();
        catalogue::staff_table(
            &db,
            &staff,
            &SubmissionQuery {
                page: page.into(),
                sort: "-submitted".into(),
                ..Default::default()
            },
        )
        .await?;
        time(
            &format!("staff table: page {page} of 200, sorted by date"),
            t.elapsed().as_secs_f64() * 1e3,
        );
    }
    Ok(())
}
