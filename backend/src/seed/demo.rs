//! Demo data for a first start: one staff, two investors, three founders, and the
//! current edition with the demo tracks, startups, rooms, pitch sessions and a released
//! schedule, investors' theses and a first accepted meeting request.

use crate::features::{accounts, editions};
use crate::ServiceError;
use domain::account::Role;
use domain::edition::EditionInput;
use domain::lang::Lang;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

pub struct DemoAccount {
    pub email: &'static str,
    pub name: &'static str,
    pub password: &'static str,
    pub role: Role,
}

pub const DEMO_ACCOUNTS: [DemoAccount; 8] = [
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
    // The founder of the three startups that pitched in the demo's closed live session.
    DemoAccount {
        email: "founder4@pitchline.test",
        name: "Fei Founder",
        password: "founder-demo-pass",
        role: Role::Founder,
    },
    // Posts technology needs for "Shanghai Grid Co." (`seed_needs_and_deals`).
    DemoAccount {
        email: "corporate1@pitchline.test",
        name: "Gao Corporate",
        password: "corporate-demo-pass",
        role: Role::Corporate,
    },
];

/// Whether the database has no accounts at all (a first start).
pub async fn is_empty(db: &DatabaseConnection) -> Result<bool, ServiceError> {
    Ok(crate::model::user::Entity::find().one(db).await?.is_none())
}

/// `public_url` is the base of the links in the demo's emails (`PITCHLINE_PUBLIC_URL`).
pub async fn seed_demo(db: &DatabaseConnection, public_url: &str) -> Result<(), ServiceError> {
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
            seed_rounds(db, staff_id, current.id, current.starts_on, public_url).await?;
            seed_meetings(db, public_url).await?;
            seed_meeting_schedule(db, staff_id, current.id, current.starts_on, public_url).await?;
            seed_pipeline(db).await?;
            seed_needs_and_deals(db, staff_id, current.id, public_url).await?;
        }
    }
    Ok(())
}

/// The founder of the startups of the closed live session.
const MORNING_FOUNDER: &str = "founder4@pitchline.test";
/// Their startups, in running order.
const MORNING_STARTUPS: [&str; 3] = ["Harbour Hydrogen", "Mosaic Health", "Ledger Leaf"];

/// Demo startups: one accepted and in the showcase, three submitted and waiting for
/// judges, and three accepted that pitched in the closed live session (confirmed).
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
        // Pitched this morning in the closed live session "Morning pitches" (not in the
        // showcase, so the showcase keeps its one demo startup).
        (
            "founder4@pitchline.test",
            "Harbour Hydrogen",
            "Green hydrogen from port wind farms.",
            "Clean energy",
            "seed",
            "CN",
            "Ningbo",
            Status::Accepted,
        ),
        (
            "founder4@pitchline.test",
            "Mosaic Health",
            "Clinic scheduling that fills cancelled slots.",
            "Biotech & health",
            "seed",
            "SG",
            "Singapore",
            Status::Accepted,
        ),
        (
            "founder4@pitchline.test",
            "Ledger Leaf",
            "Invoice finance for tea growers.",
            "Fintech",
            "pre_seed",
            "CN",
            "Hangzhou",
            Status::Accepted,
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
            showcase: if email == MORNING_FOUNDER {
                String::new()
            } else {
                "on".into()
            },
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
        if email == MORNING_FOUNDER {
            crate::features::attendance::answer(db, &me, id, "confirmed", "").await?;
        }
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
    public_url: &str,
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
        // Over before "Clean energy I" starts: closed, its results released.
        ("Morning pitches", "", rooms[1], day(0), "07:00", "08:30"),
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
    // Tidal Grid first in "Clean energy I", the morning's startups in "Morning pitches",
    // in their running order (the morning's locked there).
    let sessions = setup::sessions_of(db, edition_id).await?;
    let session_id = |title: &str| sessions.iter().find(|s| s.title == title).map(|s| s.id);
    let placed = [("Tidal Grid", "Clean energy I", 0)].into_iter().chain(
        MORNING_STARTUPS
            .iter()
            .enumerate()
            .map(|(slot, name)| (*name, "Morning pitches", slot)),
    );
    let mut wanted = Vec::new();
    for (startup, title, slot) in placed {
        if let (Some(submission_id), Some(session)) = (
            submission_of(db, edition_id, startup).await?,
            session_id(title),
        ) {
            // The closed morning's order is history: locked. Tidal Grid stays movable.
            wanted.push((submission_id, session, slot, title == "Morning pitches"));
        }
    }
    // Out first, so no place is taken by another of them; then each into its own.
    for to in [None, Some(())] {
        for (submission_id, session, slot, lock) in &wanted {
            let change = schedule::Edit::Place {
                submission_id: *submission_id,
                to: to.map(|()| (*session, *slot)),
                locked: to.is_some() && *lock,
            };
            schedule::edit(db, staff_id, edition_id, &change, false).await?;
        }
    }
    // Both demo judges sit on both live panels of the first day.
    for account in DEMO_ACCOUNTS.iter().filter(|a| a.role == Role::Investor) {
        let Some(judge) = crate::model::user::find_by_email(
            db,
            &domain::account::Email::parse(account.email)
                .map_err(|p| ServiceError::stored("email", p))?,
        )
        .await?
        else {
            continue;
        };
        for title in ["Morning pitches", "Clean energy I"] {
            if let Some(session_id) = session_id(title) {
                let change = schedule::Edit::Seat {
                    investor_id: judge.id,
                    session_id,
                    seated: true,
                };
                schedule::edit(db, staff_id, edition_id, &change, false).await?;
            }
        }
    }
    release::release(
        db,
        staff_id,
        public_url,
        edition_id,
        "Programme v1",
        "The first programme of the demo edition.",
    )
    .await?;
    if let Some(session) = session_id("Morning pitches") {
        seed_closed_session(db, staff_id, session, public_url).await?;
    }
    // Live on the day: "Clean energy I" is open with its first startup on stage, so a
    // judge (investor1/2) can score from /judge/live and staff see the board fill.
    if let Some(session) = session_id("Clean energy I") {
        crate::features::live::run::open(db, staff_id, session).await?;
        crate::features::live::run::advance(db, session).await?;
    }
    Ok(())
}

/// Investors' theses and a first meeting request: Ada (investor1) asked Tidal Grid and
/// its founders accepted; Bo (investor2) sees Tidal Grid recommended and can ask.
async fn seed_meetings(db: &DatabaseConnection, public_url: &str) -> Result<(), ServiceError> {
    use crate::features::{investors, meetings::requests};
    use crate::platform::sessions::SessionUser;
    use domain::investor::InvestorInput;
    let as_user = |user: crate::model::user::Model, role: Role| SessionUser {
        id: user.id,
        email: user.email.clone(),
        display_name: user.display_name.clone(),
        roles: vec![role],
    };
    let find = |email: &'static str| async move {
        let email =
            domain::account::Email::parse(email).map_err(|p| ServiceError::stored("email", p))?;
        crate::model::user::find_by_email(db, &email)
            .await?
            .ok_or_else(|| ServiceError::Internal("demo account missing".into()))
    };
    let theses = [
        (
            "investor1@pitchline.test",
            "Harbour Ventures",
            "Clean energy, AI",
            "seed, series_a",
            "500000",
            "5000000",
            "CN, SG",
        ),
        (
            "investor2@pitchline.test",
            "Bo Capital",
            "Clean energy, Fintech",
            "seed",
            "1000000",
            "3000000",
            "CN, HK",
        ),
    ];
    for (email, firm, sectors, stages, min, max, geographies) in theses {
        let me = as_user(find(email).await?, Role::Investor);
        let thesis = InvestorInput {
            firm: firm.into(),
            title: "Partner".into(),
            sectors: sectors.into(),
            stages: stages.into(),
            ticket_min: min.into(),
            ticket_max: max.into(),
            currency: "USD".into(),
            geographies: geographies.into(),
            portfolio: String::new(),
        };
        investors::save(db, &me, &thesis).await?;
    }
    let ada = as_user(find("investor1@pitchline.test").await?, Role::Investor);
    let chen = as_user(find("founder1@pitchline.test").await?, Role::Founder);
    let Some(tidal) = crate::model::startup::Entity::find()
        .filter(crate::model::startup::Column::Name.eq("Tidal Grid"))
        .one(db)
        .await?
    else {
        return Ok(());
    };
    let ask = requests::Ask {
        startup_id: tidal.id,
        investor_id: None,
        message: "Your harbour storage fits our clean-energy fund; 20 minutes after your pitch?"
            .into(),
    };
    let id = requests::ask(db, &ada, &ask, public_url).await?;
    requests::reply(db, &chen, id, "accept", "", public_url).await?;
    Ok(())
}

/// The edition's submission of the startup called `name`.
async fn submission_of(
    db: &DatabaseConnection,
    edition_id: uuid::Uuid,
    name: &str,
) -> Result<Option<uuid::Uuid>, ServiceError> {
    use crate::model::{startup, submission};
    use sea_orm::{ColumnTrait, QueryFilter};
    let Some(s) = startup::Entity::find()
        .filter(startup::Column::Name.eq(name))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(submission::Entity::find()
        .filter(submission::Column::StartupId.eq(s.id))
        .filter(submission::Column::EditionId.eq(edition_id))
        .one(db)
        .await?
        .map(|sub| sub.id))
}

/// "Morning pitches" on the day: opened, its three startups called in turn and scored
/// by its panel, closed, a track winner, a named award and finalists marked, and the
/// results released to the agenda (the founder's emails wait in the outbox).
async fn seed_closed_session(
    db: &DatabaseConnection,
    staff_id: uuid::Uuid,
    session: uuid::Uuid,
    public_url: &str,
) -> Result<(), ServiceError> {
    use crate::features::live::{result, run, scores};
    use crate::model::live_panel;
    use domain::live::AwardKind;
    use sea_orm::{ColumnTrait, QueryFilter};
    run::open(db, staff_id, session).await?;
    let panel = live_panel::Entity::find()
        .filter(live_panel::Column::SessionId.eq(session))
        .all(db)
        .await?;
    let show = run::run_of_show(db, session).await?;
    // The demo judges with the whole rubric (the default stage rubric).
    let keys: Vec<String> = show.stage.iter().map(|c| c.key.clone()).collect();
    // Each judge's scores per startup, in running order: Harbour Hydrogen first.
    let marks: [[&str; 2]; 3] = [["5", "4"], ["4", "4"], ["3", "2"]];
    for (pitch, values) in show.pitches.iter().zip(marks) {
        // Nobody on stage → the pitch; → Q&A; scores come in during questions.
        run::advance(db, session).await?;
        run::advance(db, session).await?;
        for (seat, value) in panel.iter().zip(values) {
            let typed = keys
                .iter()
                .map(|k| (k.clone(), value.to_string()))
                .collect();
            scores::submit(
                db,
                seat.investor_id,
                session,
                pitch.submission_id,
                &typed,
                "Demo score.",
            )
            .await?;
        }
    }
    run::close(db, staff_id, session).await?;
    let order: Vec<uuid::Uuid> = show.pitches.iter().map(|p| p.submission_id).collect();
    let awards = [
        (0, AwardKind::Winner, ""),
        (1, AwardKind::Award, "Best health startup"),
        (0, AwardKind::Finalist, ""),
        (1, AwardKind::Finalist, ""),
    ];
    for (at, kind, name) in awards {
        if let Some(id) = order.get(at) {
            result::mark_award(db, staff_id, session, *id, kind, name).await?;
        }
    }
    result::release(db, staff_id, public_url, session).await?;
    Ok(())
}

/// Follow-up meetings, the staff side: three tables and a morning block on the second
/// day, accepted requests (investor1 with every demo startup taking part, investor2 with two),
/// and a matcher run, released, so staff see a schedule with its share of the bound on
/// /staff/meetings and investors and founders see their meetings on /agenda/mine.
async fn seed_meeting_schedule(
    db: &DatabaseConnection,
    staff_id: uuid::Uuid,
    edition_id: uuid::Uuid,
    first_day: chrono::NaiveDate,
    public_url: &str,
) -> Result<(), ServiceError> {
    use crate::features::meeting_schedule::{run, setup};
    use crate::features::meetings::requests;
    use crate::model::{startup, submission, user};
    use crate::platform::sessions::SessionUser;
    use domain::meetings::{BlockInput, PlaceInput};
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
    let mut tables = Vec::new();
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
        tables.push(setup::save_place(db, staff_id, edition_id, None, &place).await?);
    }
    let block = BlockInput {
        day: (first_day + chrono::Duration::days(1)).to_string(),
        starts: "10:00".into(),
        ends: "12:00".into(),
        meeting_minutes: "20".into(),
        buffer_minutes: "5".into(),
    };
    setup::add_block(db, staff_id, edition_id, &block).await?;
    let early = demo_day_block(db, edition_id).await?;
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
    // Asked and accepted through the feature, as people would: a startup that cannot be
    // asked (no accepted pitch, a conflict) or was already asked is left out.
    let mut started = Vec::new();
    // Bo (investor2) meets two startups, not Tidal Grid or Harbour Hydrogen, which the
    // demo leaves for a newcomer to ask.
    let bo_meets = ["Ledger Leaf", "Mosaic Health"];
    for (email, only) in [
        ("investor1@pitchline.test", None),
        ("investor2@pitchline.test", Some(bo_meets)),
    ] {
        let Some(investor) = user::Entity::find()
            .filter(user::Column::Email.eq(email))
            .one(db)
            .await?
        else {
            continue;
        };
        let asker = SessionUser {
            id: investor.id,
            email: investor.email.clone(),
            display_name: investor.display_name.clone(),
            roles: vec![Role::Investor],
        };
        let wanted = startups
            .iter()
            .filter(|s| only.is_none_or(|names| names.contains(&s.name.as_str())));
        for company in wanted {
            let ask = requests::Ask {
                startup_id: company.id,
                investor_id: None,
                message: "Your pitch caught our eye: could we meet after the session?".into(),
            };
            let id = match requests::ask(db, &asker, &ask, public_url).await {
                Ok(id) => id,
                Err(ServiceError::Invalid(_) | ServiceError::Refused(_)) => continue,
                Err(e) => return Err(e),
            };
            let Some((_, founder)) = startup::members(db, company.id).await?.into_iter().next()
            else {
                continue;
            };
            let replier = SessionUser {
                id: founder.id,
                email: founder.email.clone(),
                display_name: founder.display_name.clone(),
                roles: vec![Role::Founder],
            };
            requests::reply(db, &replier, id, "accept", "", public_url).await?;
            if only.is_none() && ["Tidal Grid", "Harbour Hydrogen"].contains(&company.name.as_str())
            {
                started.push(id);
            }
        }
    }
    // Ada meets Tidal Grid and Harbour Hydrogen in the block that has begun (locked
    // there, so re-runs keep them): their check-in is open on the demo.
    for (request_id, starts_at) in started.into_iter().zip(early) {
        let booking = crate::features::meeting_schedule::booking::Booking {
            request_id,
            place_id: tables[0],
            starts_at,
            locked: true,
        };
        crate::features::meeting_schedule::booking::book(db, staff_id, edition_id, &booking, false)
            .await?;
    }
    run::run(db, staff_id, edition_id).await?;
    // Released, so investors and founders find their meetings on their agenda and in
    // their calendar at once; staff may change, re-run and release again.
    run::release(db, staff_id, edition_id).await?;
    Ok(())
}

/// A meeting block that has already begun: yesterday 10:00–10:45 in the edition's zone
/// (two 20-minute slots, 5 minutes apart), so the demo shows the day itself — check-in
/// opens at a meeting's start — while its edition is still weeks ahead with an open call
/// for pitches. No edition can be both, and staff cannot add a block outside the
/// edition's days, so this one row is written directly (only here, in the demo).
/// Answers the two slots' starts.
async fn demo_day_block(
    db: &DatabaseConnection,
    edition_id: uuid::Uuid,
) -> Result<Vec<chrono::DateTime<chrono::Utc>>, ServiceError> {
    use crate::model::{edition, meeting_block};
    use chrono::TimeZone;
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let e = edition::Entity::find_by_id(edition_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let tz = crate::lookup::editions::zone(&e);
    let now = chrono::Utc::now();
    let yesterday = now.with_timezone(&tz).date_naive() - chrono::Duration::days(1);
    let at = |h: u32, m: u32| {
        tz.from_local_datetime(&yesterday.and_hms_opt(h, m, 0).unwrap_or_default())
            .earliest()
            .map(|t| t.with_timezone(&chrono::Utc))
            .ok_or_else(|| ServiceError::Internal("no 10:00 yesterday".into()))
    };
    let (starts_at, ends_at) = (at(10, 0)?, at(10, 45)?);
    meeting_block::ActiveModel {
        id: Set(uuid::Uuid::new_v4()),
        edition_id: Set(edition_id),
        starts_at: Set(starts_at),
        ends_at: Set(ends_at),
        meeting_minutes: Set(20),
        buffer_minutes: Set(5),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(vec![starts_at, at(10, 25)?])
}

/// Ada's (investor1, Harbour Ventures) pipeline, driven through the feature: Tidal Grid
/// at the term sheet, its stage shared with its founders; Harbour Hydrogen in due
/// diligence with two notes and an overdue task; Mosaic Health passed at "met" with its
/// reason; Ledger Leaf sourced. A startup Ada may not see is left out.
async fn seed_pipeline(db: &DatabaseConnection) -> Result<(), ServiceError> {
    use crate::features::pipeline::{cards, notes, shares, tasks};
    use crate::model::{startup, user};
    use crate::platform::sessions::SessionUser;
    use sea_orm::{ColumnTrait, QueryFilter};
    let Some(investor) = user::Entity::find()
        .filter(user::Column::Email.eq("investor1@pitchline.test"))
        .one(db)
        .await?
    else {
        return Ok(());
    };
    let ada = SessionUser {
        id: investor.id,
        email: investor.email.clone(),
        display_name: investor.display_name.clone(),
        roles: vec![Role::Investor],
    };
    let plan: [(&str, &[&str], &str); 4] = [
        ("Tidal Grid", &["met", "due_diligence", "term_sheet"], ""),
        ("Harbour Hydrogen", &["met", "due_diligence"], ""),
        (
            "Mosaic Health",
            &["met", "passed"],
            "Outside our cheque size this year.",
        ),
        ("Ledger Leaf", &[], ""),
    ];
    for (name, moves, reason) in plan {
        let Some(company) = startup::Entity::find()
            .filter(startup::Column::Name.eq(name))
            .one(db)
            .await?
        else {
            continue;
        };
        let card = match cards::add(db, &ada, Some(company.id)).await {
            Ok(card) => card,
            Err(ServiceError::NotFound) => continue,
            Err(e) => return Err(e),
        };
        for stage in moves {
            let why = if *stage == "passed" { reason } else { "" };
            cards::move_card(db, &ada, card, stage, why).await?;
        }
        match name {
            "Tidal Grid" => shares::set_shared(db, &ada, card, true).await?,
            "Harbour Hydrogen" => {
                notes::add(
                    db,
                    &ada,
                    card,
                    "Met the CTO after the pitch: electrolyser efficiency claims need a third-party test report.",
                )
                .await?;
                notes::add(
                    db,
                    &ada,
                    card,
                    "Port of Ningbo pilot confirmed by the harbour master's office.",
                )
                .await?;
                let overdue = chrono::Utc::now().date_naive() - chrono::Duration::days(3);
                let task = tasks::TaskInput {
                    title: "Ask for the third-party efficiency test report".into(),
                    due_on: overdue.to_string(),
                    owner: String::new(),
                };
                tasks::add(db, &ada, card, &task).await?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// Technology needs and agreements: Shanghai Grid Co. (corporate1) posts a public
/// clean-energy need (Tidal Grid responds), a logged-in-only need and a need closed as
/// taken up by Harbour Hydrogen; three agreements in the demo edition and conversion
/// rates into yuan, so /staff/deals shows totals. All through the features.
async fn seed_needs_and_deals(
    db: &DatabaseConnection,
    staff_id: uuid::Uuid,
    edition_id: uuid::Uuid,
    public_url: &str,
) -> Result<(), ServiceError> {
    use crate::features::{deals, needs};
    use crate::model::{startup, user};
    use crate::platform::sessions::SessionUser;
    use domain::deals::AgreementInput;
    use domain::needs::{CloseInput, NeedInput};
    let person = |email: &'static str, role: Role| async move {
        let u = user::Entity::find()
            .filter(user::Column::Email.eq(email))
            .one(db)
            .await?
            .ok_or_else(|| ServiceError::Internal("demo account missing".into()))?;
        Ok::<_, ServiceError>(SessionUser {
            id: u.id,
            email: u.email,
            display_name: u.display_name,
            roles: vec![role],
        })
    };
    let startup_id = |name: &'static str| async move {
        startup::Entity::find()
            .filter(startup::Column::Name.eq(name))
            .one(db)
            .await?
            .map(|s| s.id)
            .ok_or_else(|| ServiceError::Internal("demo startup missing".into()))
    };
    let corporate = person("corporate1@pitchline.test", Role::Corporate).await?;
    let staff = SessionUser {
        id: staff_id,
        email: String::new(),
        display_name: String::new(),
        roles: vec![Role::Staff],
    };
    needs::save_organisation(db, &corporate, "Shanghai Grid Co.").await?;
    let today = chrono::Utc::now().date_naive();
    let day = |offset: i64| (today + chrono::Duration::days(offset)).to_string();
    let need = |title: &str,
                sector: &str,
                description: &str,
                min: &str,
                max: &str,
                visibility: &str,
                deadline: String| NeedInput {
        title: title.into(),
        sector: sector.into(),
        description: description.into(),
        budget_min: min.into(),
        budget_max: max.into(),
        currency: "CNY".into(),
        deadline,
        country: "CN".into(),
        visibility: visibility.into(),
    };
    let storage = needs::post(
        db,
        &corporate,
        &need(
            "Battery storage for the Yangshan port grid",
            "Clean energy",
            "We look for 5–20 MWh of storage that trades harbour power at peak hours; a pilot at one substation first.",
            "2m",
            "10m",
            "public",
            day(60),
        ),
    )
    .await?;
    needs::post(
        db,
        &corporate,
        &need(
            "Forecasting substation load with AI",
            "AI",
            "Day-ahead load forecasts for 40 substations, from our meter data (shared under NDA).",
            "500k",
            "3m",
            "members",
            day(45),
        ),
    )
    .await?;
    let hydrogen = needs::post(
        db,
        &corporate,
        &need(
            "Hydrogen for port vehicles",
            "Clean energy",
            "Green hydrogen supply for 30 port trucks.",
            "5m",
            "20m",
            "public",
            day(30),
        ),
    )
    .await?;
    let chen = person("founder1@pitchline.test", Role::Founder).await?;
    let fei = person("founder4@pitchline.test", Role::Founder).await?;
    let tidal = startup_id("Tidal Grid").await?;
    let harbour = startup_id("Harbour Hydrogen").await?;
    let mosaic = startup_id("Mosaic Health").await?;
    needs::respond(
        db,
        &chen,
        &needs::Respond {
            need_id: storage,
            startup_id: tidal,
            proposal: "Our harbour batteries trade at peak hours already in Ningbo; a 5 MWh pilot in 10 weeks.".into(),
            attach_deck: false,
        },
        public_url,
    )
    .await?;
    needs::respond(
        db,
        &fei,
        &needs::Respond {
            need_id: hydrogen,
            startup_id: harbour,
            proposal:
                "We produce green hydrogen from port wind farms; first deliveries in a month."
                    .into(),
            attach_deck: false,
        },
        public_url,
    )
    .await?;
    let close = CloseInput {
        outcome: "taken_up".into(),
        startup: harbour.to_string(),
        note: "Supply contract signed for the first 10 trucks.".into(),
    };
    needs::close(db, &corporate, hydrogen, &close).await?;
    let ada = person("investor1@pitchline.test", Role::Investor).await?;
    let agreement =
        |kind: &str, amount: &str, currency: &str, days_ago: i64, name: &str| AgreementInput {
            kind: kind.into(),
            amount: amount.into(),
            currency: currency.into(),
            signed_on: day(-days_ago),
            counterparty_name: name.into(),
        };
    let ids = |startup: uuid::Uuid, counterparty: Option<uuid::Uuid>, need: Option<uuid::Uuid>| {
        deals::RecordIds {
            startup,
            counterparty,
            need,
            meeting: None,
            edition: Some(edition_id),
        }
    };
    deals::record(
        db,
        &staff,
        &ids(tidal, Some(ada.id), None),
        &agreement("investment", "2m", "USD", 3, ""),
        public_url,
    )
    .await?;
    deals::record(
        db,
        &corporate,
        &ids(harbour, None, Some(hydrogen)),
        &agreement("purchase", "12m", "CNY", 2, ""),
        public_url,
    )
    .await?;
    deals::record(
        db,
        &staff,
        &ids(mosaic, None, None),
        &agreement("licensing", "300k", "EUR", 1, "Ruijin Hospital Group"),
        public_url,
    )
    .await?;
    deals::set_rates(
        db,
        staff_id,
        Some(edition_id),
        "CNY",
        "USD 7.1\nEUR 7.7\nHKD 0.91",
    )
    .await?;
    Ok(())
}
