//! Demo data for a first start: one staff, two investors, three founders, and the
//! current edition with the demo tracks.

use super::services::{accounts, editions};
use super::ServiceError;
use domain::account::Role;
use domain::edition::{EditionInput, DEFAULT_TRACKS};
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
    Ok(super::entities::user::Entity::find()
        .one(db)
        .await?
        .is_none())
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
        let shanghai = EditionInput {
            name: "GSIC 2026 Shanghai".into(),
            city: "Shanghai".into(),
            starts_on: "2026-12-14".into(),
            ends_on: "2026-12-16".into(),
            time_zone: "Asia/Shanghai".into(),
            submission_deadline: "2026-11-30T23:59".into(),
            tracks: DEFAULT_TRACKS.join("\n"),
        };
        editions::create(db, staff_id, &shanghai).await?;
        let london = EditionInput {
            name: "GSIC 2026 London".into(),
            city: "London".into(),
            time_zone: "Europe/London".into(),
            starts_on: "2027-03-08".into(),
            ends_on: "2027-03-09".into(),
            submission_deadline: "2027-02-01T18:00".into(),
            tracks: DEFAULT_TRACKS.join("\n"),
        };
        editions::create(db, staff_id, &london).await?;
    }
    Ok(())
}
