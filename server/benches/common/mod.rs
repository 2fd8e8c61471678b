//! Rows the benchmarks insert in bulk (services would be far too slow for 10,000 rows).

use backend::model::codec::{Coded, JsonText};
use backend::model::{edition, startup, submission, track};
use chrono::{NaiveDate, Utc};
use domain::startup::Stage;
use domain::submission::Status;
use sea_orm::{ActiveValue::Set, DatabaseConnection, EntityTrait};
use uuid::Uuid;

/// A current edition with six tracks.
pub async fn seed_edition(db: &DatabaseConnection) -> anyhow::Result<(Uuid, Vec<Uuid>)> {
    let edition_id = Uuid::new_v4();
    let now = Utc::now();
    edition::Entity::insert(edition::ActiveModel {
        id: Set(edition_id),
        name: Set("Bench edition".into()),
        city: Set("Shanghai".into()),
        starts_on: Set(NaiveDate::from_ymd_opt(2099, 9, 15).unwrap_or_default()),
        ends_on: Set(NaiveDate::from_ymd_opt(2099, 9, 16).unwrap_or_default()),
        time_zone: Set("Asia/Shanghai".into()),
        submission_deadline: Set(now),
        // Left out of the insert: an upgrade test seeds the schema as it was before it.
        attendance_deadline: sea_orm::ActiveValue::NotSet,
        is_current: Set(true),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .exec(db)
    .await?;
    let tracks: Vec<Uuid> = (0..6).map(|_| Uuid::new_v4()).collect();
    for (i, id) in tracks.iter().enumerate() {
        track::Entity::insert(track::ActiveModel {
            id: Set(*id),
            edition_id: Set(edition_id),
            name: Set(format!("Track {i}")),
            position: Set(i as i32),
        })
        .exec(db)
        .await?;
    }
    Ok((edition_id, tracks))
}

pub fn startup_row(id: Uuid, name: &str, stage: Stage, country: &str) -> startup::ActiveModel {
    let now = Utc::now();
    startup::ActiveModel {
        id: Set(id),
        search_name: Set(name.to_lowercase()),
        sort_name: Set(domain::text::sort_key(name)),
        name: Set(name.to_string()),
        one_liner: Set("A benchmark startup.".into()),
        description: Set(String::new()),
        sectors: Set(JsonText(vec!["AI".into()])),
        stage: Set(Coded(stage)),
        country: Set(country.into()),
        city: Set("Somewhere".into()),
        founded_year: Set(2020),
        team_size: Set(5),
        website: Set(None),
        monthly_revenue: Set(None),
        users: Set(None),
        growth_pct: Set(None),
        ask_amount: Set(None),
        currency: Set("USD".into()),
        instrument: Set(None),
        pre_money_valuation: Set(None),
        use_of_funds: Set(String::new()),
        raised_so_far: Set(None),
        showcase: Set(true),
        logo_file_id: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
}

pub fn submission_row(
    edition_id: Uuid,
    startup_id: Uuid,
    track_id: Uuid,
    status: Status,
) -> submission::ActiveModel {
    let now = Utc::now();
    submission::ActiveModel {
        id: Set(Uuid::new_v4()),
        edition_id: Set(edition_id),
        startup_id: Set(startup_id),
        track_id: Set(track_id),
        title: Set("Pitch".into()),
        summary: Set("Summary".into()),
        video_url: Set(None),
        deck_file_id: Set(None),
        status: Set(Coded(status)),
        submitted_at: Set(Some(now)),
        created_at: Set(now),
        updated_at: Set(now),
    }
}
