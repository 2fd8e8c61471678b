//! Demo data for a first start: one staff, two investors, three founders, and the
//! current edition with the demo tracks, startups, rooms, pitch sessions and a released
//! schedule.

use crate::features::{accounts, editions};
use crate::ServiceError;
use domain::account::Role;
use domain::edition::EditionInput;
use domain::lang::Lang;
use sea_orm::{DatabaseConnection, EntityTrait};

pub struct DemoAccount {
    pub email: &'static str,
    pub name: &'static str,
    pub password: &'static str,
    pub role: Role,
}

pub const DEMO_ACCOUNTS: [DemoAccount; 6] = [
    DemoAccount {
        email: "staff@pitchline.test",
        name: "Mei Lin (staff)",
        password: "staff-demo-pass",
        role: Role::Staff,
    },
    DemoAccount {
        email: "investor1@pitchline.test",
        name: "Ada Investor",
        password: "investor-demo-pass",
        role: Role::Investor,
    },
    DemoAccount {
        email: "investor2@pitchline.test",
        name: "Bo Investor",
        password: "investor-demo-pass",
        role: Role::Investor,
    },
    DemoAccount {
        email: "founder1@pitchline.test",
        name: "Chen Founder",
        password: "founder-demo-pass",
        role: Role::Founder,
    },
    DemoAccount {
        email: "founder2@pitchline.test",
        name: "Dara Founder",
        password: "founder-demo-pass",
        role: Role::Founder,
    },
    DemoAccount {
        email: "founder3@pitchline.test",
        name: "Eli Founder",
        password: "founder-demo-pass",
        role: Role::Founder,
    },
];

/// Whether the database has no accounts at all (a first start).
pub async fn is_empty(db: &DatabaseConnection) -> Result<bool, ServiceError> {
    Ok(crate::model::user::Entity::find().one(db).await?.is_none())
}

pub async fn seed_demo(db: &DatabaseConnection) -> Result<(), ServiceError> {
    let mut staff_id = None;
    for account in &DEMO_ACCOUNTS {
        let (id, _) = accounts::create_or_grant(
            db,
            account.email,
            account.name,
            account.password,
            &[account.role],
        )
        .await?;
        if account.role == Role::Staff {
            staff_id = Some(id);
        }
    }
    let staff_id =
        staff_id.ok_or_else(|| ServiceError::Internal("no staff demo account".into()))?;
    if editions::list(db).await?.is_empty() {
        // Dates relative to today, so the demo always has an open call for pitches.
        let today = chrono::Utc::now().date_naive();
        let day = |offset: i64| (today + chrono::Duration::days(offset)).to_string();
        let shanghai = EditionInput {
            name: "GSIC 2026 Shanghai".into(),
            city: "Shanghai".into(),
            starts_on: day(45),
            ends_on: day(47),
            time_zone: "Asia/Shanghai".into(),
            submission_deadline: format!("{}T23:59", day(30)),
            tracks: i18n::defaults::tracks(Lang::En).join("\n"),
            // Accepted teams (Tidal Grid) confirm they will pitch until five days before.
            attendance_deadline: format!("{}T18:00", day(40)),
        };
        editions::create(db, staff_id, &shanghai, Lang::En).await?;
        let london = EditionInput {
            name: "GSIC 2026 London".into(),
            city: "London".into(),
            time_zone: "Europe/London".into(),
            starts_on: "2027-03-08".into(),
            ends_on: "2027-03-09".into(),
            submission_deadline: "2027-02-01T18:00".into(),
            tracks: i18n::defaults::tracks(Lang::En).join("\n"),
            attendance_deadline: String::new(),
        };
        editions::create(db, staff_id, &london, Lang::En).await?;
        if let Some(current) = editions::list(db)
            .await?
            .into_iter()
            .find(|e| e.name == "GSIC 2026 Shanghai")
        {
            editions::make_current(db, staff_id, current.id).await?;
            seed_startups(db, current.id).await?;
            seed_rounds(db, staff_id, current.id, current.starts_on).await?;
            seed_meeting_schedule(db, staff_id, current.id, current.starts_on).await?;
        }
    }
    Ok(())
}

/// Demo startups: one accepted and in the showcase, three submitted and waiting for
/// judges.
async fn seed_startups(
    db: &DatabaseConnection,
    edition_id: uuid::Uuid,
) -> Result<(), ServiceError> {
    use crate::features::{startups, submissions as pitches};
    use crate::platform::sessions::SessionUser;
    use domain::startup::StartupInput;
    use domain::submission::{PitchInput, Status};
    let demo = [
        (
            "founder1@pitchline.test",
            "Tidal Grid",
            "Batteries that trade harbour power.",
            "Clean energy",
            "seed",
            "CN",
            "Shanghai",
            Status::Accepted,
        ),
        (
            "founder2@pitchline.test",
            "Aurora Bio",
            "Faster antibody discovery with small labs.",
            "Biotech & health",
            "pre_seed",
            "SG",
            "Singapore",
            Status::Submitted,
        ),
        (
            "founder2@pitchline.test",
            "Lumen Robotics",
            "Warehouse robots that learn a new pick in an hour.",
            "AI",
            "series_a",
            "CN",
            "Hangzhou",
            Status::Submitted,
        ),
        (
            "founder3@pitchline.test",
            "Kestrel Pay",
            "Cross-border payouts for small exporters.",
            "Fintech",
            "seed",
            "HK",
            "Hong Kong",
            Status::Submitted,
        ),
    ];
    for (email, name, one_liner, track, stage, country, city, status) in demo {
        let Some(user) = crate::model::user::find_by_email(
            db,
            &domain::account::Email::parse(email).map_err(|p| ServiceError::stored("email", p))?,
        )
        .await?
        else {
            continue;
        };
        let me = SessionUser {
            id: user.id,
            email: user.email.clone(),
            display_name: user.display_name.clone(),
            roles: vec![Role::Founder],
        };
        let profile = StartupInput {
            name: name.into(),
            one_liner: one_liner.into(),
            description: format!("{name} is a demo startup of the Pitchline seed data."),
            sectors: track.into(),
            stage: stage.into(),
            country: country.into(),
            city: city.into(),
            founded_year: "2023".into(),
            team_size: "8".into(),
            ask_amount: "2m".into(),
            currency: "USD".into(),
            instrument: "equity".into(),
            showcase: "on".into(),
            ..Default::default()
        };
        let startup_id = startups::create(db, &me, &profile, "demo-seed").await?;
        let pitch = PitchInput {
            title: format!("{name}: {one_liner}"),
            summary: "Problem, solution, traction and the ask, in the demo data.".into(),
            track: track.into(),
            ..Default::default()
        };
        let id = pitches::save(db, &me, startup_id, edition_id, &pitch, false, "").await?;
        pitches::force_status(db, id, &[Status::Submitted, status]).await?;
    }
    Ok(())
}

/// Pitch rounds for the demo edition: two rooms, a clean-energy session and a mixed one,
/// solved and released, so the agenda, the founder's slot and the judges' panels show.
async fn seed_rounds(
    db: &DatabaseConnection,
    staff_id: uuid::Uuid,
    edition_id: uuid::Uuid,
    first_day: chrono::NaiveDate,
) -> Result<(), ServiceError> {
    use crate::features::rounds::{release, schedule, setup};
    use domain::rounds::{RoomInput, SessionInput};
    let mut rooms = Vec::new();
    for (name, capacity) in [("Main Hall", "400"), ("Innovation Stage", "120")] {
        let room = RoomInput {
            name: name.into(),
            capacity: capacity.into(),
        };
        rooms.push(setup::save_room(db, staff_id, edition_id, None, &room).await?);
    }
    let day = |offset: i64| (first_day + chrono::Duration::days(offset)).to_string();
    let sessions = [
        (
            "Clean energy I",
            "Clean energy",
            rooms[0],
            day(0),
            "09:00",
            "10:30",
        ),
        ("Open stage", "", rooms[1], day(1), "14:00", "15:30"),
    ];
    for (title, track, room, day, starts, ends) in sessions {
        let session = SessionInput {
            title: title.into(),
            track: track.into(),
            room: room.to_string(),
            day,
            starts: starts.into(),
            ends: ends.into(),
            pitch_minutes: "6".into(),
            qa_minutes: "6".into(),
            changeover_minutes: "3".into(),
            breaks: String::new(),
            panel_min: "1".into(),
            panel_max: "3".into(),
        };
        setup::save_session(db, staff_id, edition_id, None, &session).await?;
    }
    let board = schedule::board(db, Some(edition_id), true).await?;
    if let Some(proposal) = board.proposal {
        schedule::apply_solve(db, staff_id, edition_id, &proposal.fingerprint).await?;
    }
    release::release(
        db,
        staff_id,
        "http://127.0.0.1:3000",
        edition_id,
        "Programme v1",
        "The first programme of the demo edition.",
    )
    .await?;
    // Live on the day: "Clean energy I" is open with its first startup on stage, so a
    // judge (investor1/2) can score from /judge/live and staff see the board fill.
    if let Some(session) = setup::sessions_of(db, edition_id)
        .await?
        .into_iter()
        .find(|s| s.title == "Clean energy I")
    {
        crate::features::live::run::open(db, staff_id, session.id).await?;
        crate::features::live::run::advance(db, session.id).await?;
    }
    Ok(())
}

/// Follow-up meetings, the staff side: three tables and a morning block on the second
/// day, a few accepted requests (investor1 with every demo startup, investor2 with two),
/// and a matcher run, so staff see a schedule with its share of the bound on
/// /staff/meetings (not released: releasing is theirs to try).
async fn seed_meeting_schedule(
    db: &DatabaseConnection,
    staff_id: uuid::Uuid,
    edition_id: uuid::Uuid,
    first_day: chrono::NaiveDate,
) -> Result<(), ServiceError> {
    use crate::features::meeting_schedule::{run, setup};
    use crate::model::codec::Coded;
    use crate::model::{meeting_request, startup, submission, user};
    use domain::meetings::{AskedBy, BlockInput, PlaceInput, RequestStatus};
    use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, QueryFilter, QueryOrder};
    for (name, location) in [
        ("Table 1", "Hall B, by the window"),
        ("Table 2", "Hall B, centre"),
        ("Table 3", "Hall B, by the stage"),
    ] {
        let place = PlaceInput {
            name: name.into(),
            seats: "4".into(),
            location: location.into(),
        };
        setup::save_place(db, staff_id, edition_id, None, &place).await?;
    }
    let block = BlockInput {
        day: (first_day + chrono::Duration::days(1)).to_string(),
        starts: "10:00".into(),
        ends: "12:00".into(),
        meeting_minutes: "20".into(),
        buffer_minutes: "5".into(),
    };
    setup::add_block(db, staff_id, edition_id, &block).await?;
    let startup_ids: Vec<uuid::Uuid> = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(edition_id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.startup_id)
        .collect();
    let startups = startup::Entity::find()
        .filter(startup::Column::Id.is_in(startup_ids))
        .order_by_asc(startup::Column::SortName)
        .all(db)
        .await?;
    let now = chrono::Utc::now();
    for (email, how_many) in [
        ("investor1@pitchline.test", startups.len()),
        ("investor2@pitchline.test", 2),
    ] {
        let Some(investor) = user::Entity::find()
            .filter(user::Column::Email.eq(email))
            .one(db)
            .await?
        else {
            continue;
        };
        for company in startups.iter().take(how_many) {
            meeting_request::ActiveModel {
                id: Set(uuid::Uuid::new_v4()),
                edition_id: Set(edition_id),
                investor_id: Set(investor.id),
                startup_id: Set(company.id),
                asked_by: Set(Coded(AskedBy::Investor)),
                asked_by_user: Set(investor.id),
                message: Set("Your pitch caught our eye: could we meet after the session?".into()),
                status: Set(Coded(RequestStatus::Accepted)),
                reply_text: Set(String::new()),
                created_at: Set(now),
                replied_at: Set(Some(now)),
                expires_at: Set(now + chrono::Duration::days(3)),
            }
            .insert(db)
            .await?;
        }
    }
    run::run(db, staff_id, edition_id).await?;
    Ok(())
}
