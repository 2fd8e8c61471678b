//! Data at conference size and beyond, for load tests and for looking at pages with
//! realistic numbers: `pitchline seed --scale conference|large [--seed N]`.
//!
//! On an empty database it first lays down the demo seed (so the demo accounts can log in
//! and look), then fills the current edition: founders and their startups (names in
//! English and Chinese, countries weighted towards the conference's region), pitches in
//! every track, investors with theses and a judging habit (harsh, lenient, wide or narrow
//! use of the scale), assignments and the reviews of them with skewed scores, and finally
//! the staff decision: the top of the normalised ranking accepted, the next ones
//! waitlisted, through `submission::move_all` like the decision page.
//!
//! Everything drawn (ids, names, scores, statuses) comes from one seeded generator, so
//! the same `--seed` gives the same data; times are relative to the day of seeding.
//! Rows are written in multi-row INSERTs inside one transaction per chunk of startups;
//! every typed column goes through the model's codecs (`Coded`, `JsonText`), and each
//! profile through `StartupInput::parse`, so the seed cannot store what a form could not.
//!
//! The generated people have no password (they could reset one); only the demo accounts
//! log in.

use super::demo::{is_empty, seed_demo, DEMO_ACCOUNTS};
use super::names::{self, Region, REGIONS};
use crate::db::begin_write;
use crate::features::judging::setup::{self, criterion_key};
use crate::features::startups;
use crate::lookup::editions::current_model;
use crate::model::codec::{Coded, JsonText};
use crate::model::{
    assignment, investor_profile, review, startup, startup_member, submission, submission_event,
    track, user, user_role,
};
use crate::platform::sessions::SessionUser;
use crate::ServiceError;
use chrono::{DateTime, Datelike, Duration, Utc};
use domain::account::{Email, Role};
use domain::assignment::Source;
use domain::review::{Recommendation, ReviewSettings, ReviewSetupInput, REVIEWS_PER_PITCH_MAX};
use domain::scoring::simulation::Rng;
use domain::scoring::{aggregate, weighted_score, Criterion, Score};
use domain::startup::{Stage, StartupInput};
use domain::submission::Status;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, QueryOrder};
use std::collections::{BTreeMap, HashMap};

/// How much data to make.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// A few dozen pitches: for tests, and for a quick look.
    Tiny,
    /// One large edition (DESIGN.md's numbers): 2,000 startups, 300 investors, 15,000
    /// reviews, the top 100 accepted.
    Conference,
    /// What the data model must stay fast at: 100,000 startups, 2,000 investors,
    /// 1,000,000 reviews. All of it lands in the current edition, the worst case for
    /// every page.
    Large,
}

/// The numbers of a scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Size {
    pub startups: usize,
    pub investors: usize,
    pub reviews: usize,
    pub accepted: usize,
}

impl Scale {
    pub const ALL: [Scale; 3] = [Scale::Tiny, Scale::Conference, Scale::Large];

    pub fn as_str(self) -> &'static str {
        match self {
            Scale::Tiny => "tiny",
            Scale::Conference => "conference",
            Scale::Large => "large",
        }
    }

    pub fn parse(raw: &str) -> Result<Scale, String> {
        Scale::ALL
            .into_iter()
            .find(|s| s.as_str() == raw.trim())
            .ok_or_else(|| format!("unknown scale {raw:?}: say tiny, conference or large"))
    }

    pub fn size(self) -> Size {
        match self {
            Scale::Tiny => Size {
                startups: 60,
                investors: 12,
                reviews: 240,
                accepted: 10,
            },
            Scale::Conference => Size {
                startups: 2_000,
                investors: 300,
                reviews: 15_000,
                accepted: 100,
            },
            Scale::Large => Size {
                startups: 100_000,
                investors: 2_000,
                reviews: 1_000_000,
                accepted: 1_000,
            },
        }
    }
}

/// Where the seed reports how far it got (a progress bar in the CLI, nothing in tests).
pub trait Progress {
    /// A new phase with `total` steps.
    fn phase(&self, what: &str, total: u64);
    fn advance(&self, steps: u64);
    fn finish(&self);
}

/// No progress report.
pub struct Quiet;

impl Progress for Quiet {
    fn phase(&self, _: &str, _: u64) {}
    fn advance(&self, _: u64) {}
    fn finish(&self) {}
}

/// What was written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Seeded {
    pub edition_id: Uuid,
    pub startups: usize,
    pub investors: usize,
    pub reviews: usize,
    pub assignments: usize,
    pub accepted: usize,
    pub waitlisted: usize,
}

/// Startups written per transaction; each INSERT carries at most `ROWS_PER_INSERT` rows
/// (SQLite allows 32,766 bound values a statement, PostgreSQL 65,535: the widest table
/// has 25 columns).
const STARTUPS_PER_TXN: usize = 1_000;
const ROWS_PER_INSERT: usize = 1_000;

/// The fate of a pitch before the decisions.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fate {
    Draft,
    Withdrawn,
    Reviewed,
}

/// A judge's habits: where they sit on the scale and how much of it they use.
struct Judge {
    id: Uuid,
    offset: f64,
    stretch: f64,
}

fn uuid(rng: &mut Rng) -> Uuid {
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&rng.next_u64().to_le_bytes());
    bytes[8..].copy_from_slice(&rng.next_u64().to_le_bytes());
    uuid::Builder::from_random_bytes(bytes).into_uuid()
}

fn pick<'a, T>(rng: &mut Rng, items: &'a [T]) -> &'a T {
    &items[rng.below(items.len())]
}

/// Letters and digits only, lower case: for email addresses and web domains.
fn slug(text: &str) -> String {
    text.chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase()
}

/// The first letters of a name's slug, for a web domain ("team" for a Chinese name).
fn short_slug(name: &str) -> String {
    let s: String = slug(name).chars().take(12).collect();
    if s.is_empty() {
        "team".into()
    } else {
        s
    }
}

fn region(rng: &mut Rng) -> &'static Region {
    let total: u32 = REGIONS.iter().map(|r| r.weight).sum();
    let mut roll = rng.below(total as usize) as u32;
    for r in REGIONS {
        if roll < r.weight {
            return r;
        }
        roll -= r.weight;
    }
    &REGIONS[0]
}

/// A person's display name as written in their region, and the ASCII local part of
/// their email address.
fn person(rng: &mut Rng, region: &Region) -> (String, String) {
    let given = *pick(rng, region.given);
    let family = *pick(rng, region.family);
    let name = if region.family_first {
        format!("{family} {given}")
    } else {
        format!("{given} {family}")
    };
    (name, format!("{}.{}", slug(given), slug(family)))
}

fn startup_name(rng: &mut Rng, region: &Region) -> String {
    if rng.below(100) < region.chinese_names as usize {
        format!(
            "{}{}",
            pick(rng, names::CHINESE_HEADS),
            pick(rng, names::CHINESE_TAILS)
        )
    } else {
        format!(
            "{} {}{}",
            pick(rng, names::NAME_HEADS),
            pick(rng, names::NAME_TAILS),
            pick(rng, names::NAME_FORMS)
        )
    }
}

/// Stages as they arrive at a pitch competition: mostly pre-seed to Series A.
fn stage(rng: &mut Rng) -> Stage {
    match rng.below(100) {
        0..=4 => Stage::Idea,
        5..=29 => Stage::PreSeed,
        30..=64 => Stage::Seed,
        65..=86 => Stage::SeriesA,
        87..=96 => Stage::SeriesBPlus,
        _ => Stage::Growth,
    }
}

/// A log-normal amount around `median`, rounded to thousands.
fn amount(rng: &mut Rng, median: f64, spread: f64) -> i64 {
    let value = median * (rng.normal() * spread).exp();
    ((value / 1_000.0).round() as i64).max(1) * 1_000
}

/// A startup's profile as its founder would type it.
fn profile(rng: &mut Rng, i: usize, region: &Region, this_year: i32) -> (StartupInput, usize) {
    let (country, cities) = pick(rng, region.countries);
    let city = *pick(rng, cities);
    let name = startup_name(rng, region);
    let track = rng.below(names::TRACK_SECTORS.len());
    let (_, sectors) = names::TRACK_SECTORS[track];
    let mut chosen = vec![sectors[0]];
    for _ in 0..rng.below(3) {
        let s = *pick(rng, &sectors[1..]);
        if !chosen.contains(&s) {
            chosen.push(s);
        }
    }
    let (_, lines) = names::ONE_LINERS[track];
    let customer = *pick(rng, names::CUSTOMERS);
    let one_liner = pick(rng, lines).replace("{}", customer);
    let stage = stage(rng);
    let step = Stage::ALL.iter().position(|s| *s == stage).unwrap_or(0) as f64;
    let founded = this_year - (step as i32 + rng.below(3) as i32).min(12);
    let team = (3.0 * (1.0 + step).powf(1.6) * (rng.normal() * 0.4).exp()).round() as i64;
    let revenue = (stage != Stage::Idea && rng.below(100) < 70)
        .then(|| amount(rng, 8_000.0 * 4f64.powf(step), 0.9));
    let users = (rng.below(100) < 60).then(|| amount(rng, 2_000.0 * 5f64.powf(step), 1.2));
    let growth = (rng.below(100) < 50).then(|| (rng.unit() * 40.0 + 2.0).round());
    let ask = amount(rng, 300_000.0 * 3f64.powf(step), 0.5);
    let currency = if rng.below(2) == 0 {
        region.currency
    } else {
        "USD"
    };
    let website = format!("https://{}{i}.example", short_slug(&name));
    let text = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    let input = StartupInput {
        description: format!(
            "{name} was founded in {founded} in {city}. {one_liner} The team of {team} \
             works with early customers in {} and is raising its next round.",
            sectors[0]
        ),
        name,
        one_liner,
        sectors: chosen.join(", "),
        stage: stage.as_str().into(),
        country: (*country).into(),
        city: city.into(),
        founded_year: founded.to_string(),
        team_size: team.clamp(1, 500).to_string(),
        website,
        monthly_revenue: text(revenue),
        users: text(users),
        growth_pct: growth.map(|g| g.to_string()).unwrap_or_default(),
        ask_amount: ask.to_string(),
        currency: currency.into(),
        instrument: ["equity", "equity", "safe", "convertible"][rng.below(4)].into(),
        pre_money_valuation: (ask * (4 + rng.below(6) as i64)).to_string(),
        use_of_funds: "Hiring engineers, the first sales team and two pilot customers.".into(),
        raised_so_far: text((step > 1.0).then(|| amount(rng, 200_000.0 * 3f64.powf(step), 0.6))),
        showcase: if rng.below(100) < 85 { "on" } else { "" }.into(),
    };
    (input, track)
}

/// The judge pool: the demo investors first (so their queues have pitches), then the
/// generated ones. About one in eight is harsh, one in eight lenient; each uses a
/// narrower or wider part of the scale.
fn habits(rng: &mut Rng, id: Uuid) -> Judge {
    let base = rng.normal() * 0.3;
    let offset = match rng.below(8) {
        0 => base - 0.9,
        1 => base + 0.7,
        _ => base,
    };
    Judge {
        id,
        offset,
        stretch: 0.6 + rng.unit() * 0.8,
    }
}

/// One criterion's score: the startup's quality on the 1–5 scale, seen through the
/// judge's habits and a little noise, mapped onto the criterion's own scale.
fn score(rng: &mut Rng, quality: f64, judge: &Judge, scale_max: u8) -> u8 {
    let seen = 3.0 + (quality - 3.0) * judge.stretch + judge.offset + rng.normal() * 0.5;
    let unit = ((seen - 1.0) / 4.0).clamp(0.0, 1.0);
    let max = f64::from(scale_max);
    (1.0 + unit * (max - 1.0)).round().clamp(1.0, max) as u8
}

fn recommendation(weighted: f64) -> Recommendation {
    match weighted {
        w if w >= 7.5 => Recommendation::StrongYes,
        w if w >= 5.5 => Recommendation::Yes,
        w if w >= 3.5 => Recommendation::Maybe,
        _ => Recommendation::No,
    }
}

fn comment(rng: &mut Rng, weighted: f64) -> String {
    if rng.below(4) == 0 {
        return String::new();
    }
    let register = match weighted {
        w if w >= 6.5 => names::GOOD_COMMENTS,
        w if w >= 4.0 => names::MIXED_COMMENTS,
        _ => names::POOR_COMMENTS,
    };
    String::from(*pick(rng, register))
}

/// Chooses `n` distinct judges, each the less loaded of two drawn at random: loads stay
/// level without a global plan.
fn choose_judges(rng: &mut Rng, loads: &mut [u32], n: usize) -> Vec<usize> {
    let n = n.min(loads.len());
    let mut chosen: Vec<usize> = Vec::with_capacity(n);
    while chosen.len() < n {
        let (a, b) = (rng.below(loads.len()), rng.below(loads.len()));
        let j = if loads[a] <= loads[b] { a } else { b };
        if !chosen.contains(&j) {
            loads[j] += 1;
            chosen.push(j);
        }
    }
    chosen
}

/// Writes `rows` in INSERTs of at most `ROWS_PER_INSERT` rows.
async fn insert_all<A>(db: &impl ConnectionTrait, rows: Vec<A>) -> Result<(), DbErr>
where
    A: ActiveModelTrait + Send,
{
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let batch: Vec<A> = rows.by_ref().take(ROWS_PER_INSERT).collect();
        A::Entity::insert_many(batch)
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

fn event(
    rng: &mut Rng,
    submission_id: Uuid,
    status: Status,
    actor: Uuid,
    at: DateTime<Utc>,
) -> submission_event::ActiveModel {
    submission_event::ActiveModel {
        id: Set(uuid(rng)),
        submission_id: Set(submission_id),
        status: Set(Coded(status)),
        actor_id: Set(Some(actor)),
        at: Set(at),
    }
}

async fn demo_user(db: &impl ConnectionTrait, email: &str) -> Result<user::Model, ServiceError> {
    let email = Email::parse(email).map_err(|p| ServiceError::stored("email", p))?;
    crate::model::user::find_by_email(db, &email)
        .await?
        .ok_or_else(|| ServiceError::Internal(format!("demo account {email:?} missing")))
}

/// Seeds `scale` with generator seed `seed` into an empty database (the demo seed
/// included; `public_url` is the base of its emails' links). Refuses a database that
/// already has accounts.
pub async fn seed(
    db: &DatabaseConnection,
    scale: Scale,
    seed: u64,
    public_url: &str,
    progress: &dyn Progress,
) -> Result<Seeded, ServiceError> {
    if !is_empty(db).await? {
        // An operator's command, not a user's form: the words are for the terminal.
        return Err(ServiceError::Internal(
            "seed --scale fills an empty database; this one already has accounts".into(),
        ));
    }
    seed_demo(db, public_url).await?;
    let size = scale.size();
    let mut rng = Rng::new(seed);
    let now = Utc::now();
    let this_year = now.year();
    let edition = current_model(db)
        .await?
        .ok_or_else(|| ServiceError::Internal("the demo seed made no current edition".into()))?;
    let staff = demo_user(db, DEMO_ACCOUNTS[0].email).await?;
    let staff_user = SessionUser {
        id: staff.id,
        email: staff.email.clone(),
        display_name: staff.display_name.clone(),
        roles: vec![Role::Staff],
    };

    // The review setup: the default rubric and as many reviews per pitch as the scale has.
    let reviewed_share = 0.97;
    let per_pitch = (size.reviews as f64 / (size.startups as f64 * reviewed_share)).ceil();
    let k = (per_pitch as u8).clamp(1, REVIEWS_PER_PITCH_MAX);
    let rubric = setup::rubric_of(db, edition.id).await?;
    let criteria: Vec<RubricCriterionRef> = rubric
        .iter()
        .map(|(id, c)| RubricCriterionRef {
            key: criterion_key(*id),
            scoring: c.for_scoring(),
        })
        .collect();
    let settings = ReviewSettings {
        reviews_per_pitch: k,
        ..ReviewSettings::default()
    };
    let rubric_only: Vec<_> = rubric.iter().map(|(_, c)| c.clone()).collect();
    setup::save(
        db,
        &staff_user,
        edition.id,
        &ReviewSetupInput::from_settings(&settings, &rubric_only),
    )
    .await?;
    let tracks: HashMap<String, Uuid> = track::Entity::find()
        .filter(track::Column::EditionId.eq(edition.id))
        .order_by_asc(track::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.name, t.id))
        .collect();

    // Investors.
    progress.phase("investors", size.investors as u64);
    let mut judges: Vec<Judge> = Vec::new();
    for demo in DEMO_ACCOUNTS.iter().filter(|a| a.role == Role::Investor) {
        let id = demo_user(db, demo.email).await?.id;
        judges.push(habits(&mut rng, id));
    }
    for start in (0..size.investors).step_by(STARTUPS_PER_TXN) {
        let end = (start + STARTUPS_PER_TXN).min(size.investors);
        let (mut people, mut roles, mut profiles) = (Vec::new(), Vec::new(), Vec::new());
        for i in start..end {
            let id = uuid(&mut rng);
            let home = region(&mut rng);
            let (name, local) = person(&mut rng, home);
            let firm = format!(
                "{} {}",
                pick(&mut rng, names::FIRM_HEADS),
                pick(&mut rng, names::FIRM_TAILS)
            );
            people.push(user::ActiveModel {
                id: Set(id),
                email: Set(format!("{local}{i}@{}.example", slug(&firm))),
                display_name: Set(name),
                password_hash: Set(None),
                created_at: Set(now - Duration::days(120)),
                language: Set(None),
                email_verified_at: Set(Some(now - Duration::days(120))),
            });
            roles.push(user_role::ActiveModel {
                user_id: Set(id),
                role: Set(Coded(Role::Investor)),
                granted_at: Set(now - Duration::days(120)),
            });
            let (_, sectors) = *pick(&mut rng, names::TRACK_SECTORS);
            let first_stage = 1 + rng.below(3);
            let stages = Stage::ALL[first_stage..first_stage + 1 + rng.below(2)].to_vec();
            let ticket = amount(&mut rng, 250_000.0 * 3f64.powf(first_stage as f64), 0.5);
            let portfolio = (0..2 + rng.below(5))
                .map(|_| {
                    let company = *pick(&mut rng, names::PORTFOLIO);
                    (
                        company.to_string(),
                        format!("https://{}.example", slug(company)),
                    )
                })
                .collect();
            let (home_country, _) = home.countries[0];
            profiles.push(investor_profile::ActiveModel {
                user_id: Set(id),
                firm: Set(firm),
                title: Set(String::from(*pick(&mut rng, names::TITLES))),
                sectors: Set(JsonText(
                    sectors[..2].iter().map(|s| String::from(*s)).collect(),
                )),
                stages: Set(JsonText(stages)),
                ticket_min: Set(Some(ticket / 4)),
                ticket_max: Set(Some(ticket)),
                currency: Set("USD".into()),
                geographies: Set(JsonText(vec![home_country.to_string()])),
                portfolio: Set(JsonText(portfolio)),
                updated_at: Set(now - Duration::days(100)),
            });
            judges.push(habits(&mut rng, id));
        }
        let txn = begin_write(db).await?;
        insert_all(&txn, people).await?;
        insert_all(&txn, roles).await?;
        insert_all(&txn, profiles).await?;
        txn.commit().await?;
        progress.advance((end - start) as u64);
    }

    // Which pitches stay drafts, which were withdrawn, and how many reviews each of the
    // rest gets (the scale's total exactly, spread as evenly as it divides).
    let fates: Vec<Fate> = (0..size.startups)
        .map(|_| match rng.below(100) {
            0 | 1 => Fate::Draft,
            2 => Fate::Withdrawn,
            _ => Fate::Reviewed,
        })
        .collect();
    let reviewed = fates
        .iter()
        .filter(|f| **f == Fate::Reviewed)
        .count()
        .max(1);
    let (base, extra) = (size.reviews / reviewed, size.reviews % reviewed);

    // Startups, founders, pitches, their timelines, assignments and reviews.
    progress.phase("startups and reviews", size.startups as u64);
    let mut loads = vec![0u32; judges.len()];
    let mut scores: Vec<Score<u32, u32>> = Vec::with_capacity(size.reviews);
    let mut pitch_ids: Vec<Uuid> = Vec::with_capacity(reviewed);
    let mut seeded = Seeded {
        edition_id: edition.id,
        investors: size.investors,
        ..Seeded::default()
    };
    let review_start = now - Duration::days(25);
    for start in (0..size.startups).step_by(STARTUPS_PER_TXN) {
        let end = (start + STARTUPS_PER_TXN).min(size.startups);
        let mut rows = Rows::default();
        for (i, fate) in fates.iter().enumerate().take(end).skip(start) {
            let home = region(&mut rng);
            let (input, track) = profile(&mut rng, i, home, this_year);
            let parsed = input.parse(this_year).map_err(|e| {
                ServiceError::Internal(format!("seed profile {i} does not parse: {e:?}"))
            })?;
            let startup_id = uuid(&mut rng);
            let created =
                now - Duration::days(90) + Duration::minutes(rng.below(30 * 24 * 60) as i64);
            let mut row = startup::ActiveModel {
                id: Set(startup_id),
                logo_file_id: Set(None),
                created_at: Set(created),
                ..Default::default()
            };
            startups::apply(&mut row, &parsed);
            rows.startups.push(row);
            let mail_domain = format!("{}{i}.example", short_slug(&parsed.name));
            let mut founder_id = None;
            for n in 0..1 + usize::from(rng.below(4) == 0) {
                let id = uuid(&mut rng);
                let (name, local) = person(&mut rng, home);
                // Co-founders may share a name: only the first goes without a number.
                let local = if n == 0 { local } else { format!("{local}{n}") };
                rows.people.push(user::ActiveModel {
                    id: Set(id),
                    email: Set(format!("{local}@{mail_domain}")),
                    display_name: Set(name),
                    password_hash: Set(None),
                    created_at: Set(created),
                    language: Set(None),
                    email_verified_at: Set(Some(created)),
                });
                rows.roles.push(user_role::ActiveModel {
                    user_id: Set(id),
                    role: Set(Coded(Role::Founder)),
                    granted_at: Set(created),
                });
                rows.members.push(startup_member::ActiveModel {
                    startup_id: Set(startup_id),
                    user_id: Set(id),
                    joined_at: Set(created),
                });
                founder_id.get_or_insert(id);
            }
            let founder = founder_id.unwrap_or(staff.id);
            let submission_id = uuid(&mut rng);
            let submitted = created + Duration::minutes(rng.below(30 * 24 * 60) as i64);
            let (track_name, _) = names::TRACK_SECTORS[track];
            let track_id = tracks.get(track_name).copied().ok_or_else(|| {
                ServiceError::Internal(format!("the edition has no track {track_name:?}"))
            })?;
            let status = match fate {
                Fate::Draft => Status::Draft,
                Fate::Withdrawn => Status::Withdrawn,
                Fate::Reviewed => Status::UnderReview,
            };
            rows.events.push(event(
                &mut rng,
                submission_id,
                Status::Draft,
                founder,
                created,
            ));
            if *fate != Fate::Draft {
                rows.events.push(event(
                    &mut rng,
                    submission_id,
                    Status::Submitted,
                    founder,
                    submitted,
                ));
            }
            match fate {
                Fate::Withdrawn => rows.events.push(event(
                    &mut rng,
                    submission_id,
                    Status::Withdrawn,
                    founder,
                    submitted + Duration::days(2),
                )),
                Fate::Reviewed => rows.events.push(event(
                    &mut rng,
                    submission_id,
                    Status::UnderReview,
                    staff.id,
                    review_start,
                )),
                Fate::Draft => {}
            }
            let title: String = format!("{}: {}", parsed.name, parsed.one_liner)
                .chars()
                .take(domain::submission::TITLE_MAX)
                .collect();
            rows.submissions.push(submission::ActiveModel {
                id: Set(submission_id),
                edition_id: Set(edition.id),
                startup_id: Set(startup_id),
                track_id: Set(track_id),
                title: Set(title),
                summary: Set(format!(
                    "Problem: {} Solution and traction: see the deck. The ask: {} {}.",
                    parsed.one_liner,
                    parsed.ask_amount.unwrap_or_default(),
                    parsed.currency
                )),
                video_url: Set(None),
                deck_file_id: Set(None),
                status: Set(Coded(status)),
                submitted_at: Set((*fate != Fate::Draft).then_some(submitted)),
                created_at: Set(created),
                updated_at: Set(submitted),
            });
            if *fate != Fate::Reviewed {
                continue;
            }
            // Quality is skewed: most pitches are middling, a few are excellent.
            let quality = (2.6 + rng.normal() * 0.55 + (rng.unit().powi(6) * 1.6)).clamp(1.0, 5.0);
            let n_reviews = base + usize::from(pitch_ids.len() < extra);
            let pending = usize::from(rng.below(4) == 0);
            let panel = choose_judges(&mut rng, &mut loads, n_reviews + pending);
            let pitch = pitch_ids.len() as u32;
            pitch_ids.push(submission_id);
            for (n, &j) in panel.iter().enumerate() {
                let judge = &judges[j];
                let assigned = review_start + Duration::minutes(rng.below(60) as i64);
                rows.assignments.push(assignment::ActiveModel {
                    submission_id: Set(submission_id),
                    investor_id: Set(judge.id),
                    edition_id: Set(edition.id),
                    source: Set(Coded(Source::Auto)),
                    created_at: Set(assigned),
                });
                if n >= n_reviews {
                    continue;
                }
                let values: Vec<Option<u8>> = criteria
                    .iter()
                    .map(|c| Some(score(&mut rng, quality, judge, c.scoring.scale_max)))
                    .collect();
                let scoring: Vec<Criterion> = criteria.iter().map(|c| c.scoring.clone()).collect();
                let weighted = weighted_score(&scoring, &values)
                    .map_err(|e| ServiceError::Internal(format!("seed score: {e:?}")))?;
                let by_key: BTreeMap<String, u8> = criteria
                    .iter()
                    .zip(&values)
                    .map(|(c, v)| (c.key.clone(), v.unwrap_or(1)))
                    .collect();
                let at = assigned + Duration::minutes(rng.below(24 * 24 * 60) as i64);
                rows.reviews.push(review::ActiveModel {
                    id: Set(uuid(&mut rng)),
                    submission_id: Set(submission_id),
                    investor_id: Set(judge.id),
                    scores: Set(JsonText(by_key)),
                    weighted: Set(weighted),
                    comment: Set(comment(&mut rng, weighted)),
                    private_note: Set(String::new()),
                    recommendation: Set(Coded(recommendation(weighted))),
                    released: Set(false),
                    created_at: Set(at),
                    updated_at: Set(at),
                });
                scores.push(Score {
                    judge: j as u32,
                    submission: pitch,
                    value: weighted,
                });
            }
        }
        seeded.startups += rows.startups.len();
        seeded.reviews += rows.reviews.len();
        seeded.assignments += rows.assignments.len();
        rows.write(db).await?;
        progress.advance((end - start) as u64);
    }

    // The decisions: the top of the normalised ranking accepted, the next half as many
    // waitlisted; the rest stay under review.
    progress.phase("decisions", 1);
    let (aggregates, _) = aggregate(&scores);
    let mut ranked: Vec<(f64, u32)> = aggregates
        .iter()
        .map(|a| (a.normalised_mean, a.submission))
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let accepted: Vec<Uuid> = ranked
        .iter()
        .take(size.accepted)
        .map(|(_, p)| pitch_ids[*p as usize])
        .collect();
    let waitlisted: Vec<Uuid> = ranked
        .iter()
        .skip(size.accepted)
        .take(size.accepted / 2)
        .map(|(_, p)| pitch_ids[*p as usize])
        .collect();
    debug_assert!(Status::UnderReview.may_move_to(Status::Accepted));
    let txn = begin_write(db).await?;
    submission::move_all(&txn, &accepted, Status::Accepted, Some(staff.id)).await?;
    submission::move_all(&txn, &waitlisted, Status::Waitlisted, Some(staff.id)).await?;
    txn.commit().await?;
    seeded.accepted = accepted.len();
    seeded.waitlisted = waitlisted.len();
    progress.advance(1);
    progress.finish();
    Ok(seeded)
}

struct RubricCriterionRef {
    key: String,
    scoring: Criterion,
}

/// One transaction's rows, written parents first.
#[derive(Default)]
struct Rows {
    people: Vec<user::ActiveModel>,
    roles: Vec<user_role::ActiveModel>,
    startups: Vec<startup::ActiveModel>,
    members: Vec<startup_member::ActiveModel>,
    submissions: Vec<submission::ActiveModel>,
    events: Vec<submission_event::ActiveModel>,
    assignments: Vec<assignment::ActiveModel>,
    reviews: Vec<review::ActiveModel>,
}

impl Rows {
    async fn write(self, db: &DatabaseConnection) -> Result<(), ServiceError> {
        let txn = begin_write(db).await?;
        insert_all(&txn, self.people).await?;
        insert_all(&txn, self.roles).await?;
        insert_all(&txn, self.startups).await?;
        insert_all(&txn, self.members).await?;
        insert_all(&txn, self.submissions).await?;
        insert_all(&txn, self.events).await?;
        insert_all(&txn, self.assignments).await?;
        insert_all(&txn, self.reviews).await?;
        txn.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_parse_by_name() {
        for s in Scale::ALL {
            assert_eq!(Scale::parse(s.as_str()), Ok(s));
        }
        assert!(Scale::parse("huge").is_err());
        assert_eq!(Scale::Conference.size().reviews, 15_000);
        assert_eq!(Scale::Large.size().startups, 100_000);
    }

    #[test]
    fn every_generated_profile_parses_and_the_same_seed_gives_the_same_profiles() {
        let draw = |seed| {
            let mut rng = Rng::new(seed);
            (0..500)
                .map(|i| {
                    let home = region(&mut rng);
                    let (input, _) = profile(&mut rng, i, home, 2026);
                    input.parse(2026).expect("a generated profile parses");
                    input.name
                })
                .collect::<Vec<_>>()
        };
        let a = draw(7);
        assert_eq!(a, draw(7));
        assert_ne!(a, draw(8));
        assert!(a.iter().any(|n| !n.is_ascii()), "some Chinese names");
    }

    #[test]
    fn judge_loads_stay_level() {
        let mut rng = Rng::new(1);
        let mut loads = vec![0u32; 300];
        for _ in 0..2_000 {
            let panel = choose_judges(&mut rng, &mut loads, 8);
            assert_eq!(panel.len(), 8);
        }
        // 16,000 picks over 300 judges: a mean of 53.3; a uniform draw would spread
        // them over roughly 35..75.
        let (min, max) = (loads.iter().min(), loads.iter().max());
        assert!(
            min >= Some(&47) && max <= Some(&60),
            "loads {min:?}..{max:?}"
        );
    }
}
