use super::codec::{Coded, JsonText};
use super::{startup_member, user};
use domain::startup::{Instrument, Stage};
use sea_orm::{entity::prelude::*, ConnectionTrait, QueryOrder};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "startups")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub name: String,
    /// `name` in lower case, for case-insensitive search and ordering on every database.
    pub search_name: String,
    /// `domain::text::sort_key(name)`: the order lists show startups in (pinyin for
    /// Chinese names), and a second key search matches ("chaoxi" finds 潮汐电网).
    pub sort_name: String,
    pub one_liner: String,
    pub description: String,
    pub sectors: JsonText<Vec<String>>,
    pub stage: Coded<Stage>,
    pub country: String,
    pub city: String,
    pub founded_year: i32,
    pub team_size: i32,
    pub website: Option<String>,
    pub monthly_revenue: Option<i64>,
    pub users: Option<i64>,
    pub growth_pct: Option<f64>,
    pub ask_amount: Option<i64>,
    pub currency: String,
    pub instrument: Option<Coded<Instrument>>,
    pub pre_money_valuation: Option<i64>,
    pub use_of_funds: String,
    pub raised_so_far: Option<i64>,
    pub showcase: bool,
    pub logo_file_id: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// Where a startup's logo is served; the file id in the query busts caches on change.
pub fn logo_path(startup_id: Uuid, logo_file_id: Option<Uuid>) -> Option<String> {
    logo_file_id.map(|f| {
        format!(
            "/files/logos/{}?v={}",
            startup_id.simple(),
            &f.simple().to_string()[..8]
        )
    })
}

impl Model {
    pub fn logo_url(&self) -> Option<String> {
        logo_path(self.id, self.logo_file_id)
    }

    /// The sector names.
    pub fn sectors(&self) -> Vec<String> {
        self.sectors.0.clone()
    }
}

pub async fn is_member(
    db: &impl ConnectionTrait,
    startup_id: Uuid,
    user_id: Uuid,
) -> Result<bool, DbErr> {
    Ok(startup_member::Entity::find_by_id((startup_id, user_id))
        .one(db)
        .await?
        .is_some())
}

/// The team in the order they joined, with their accounts (two queries).
pub async fn members(
    db: &impl ConnectionTrait,
    startup_id: Uuid,
) -> Result<Vec<(startup_member::Model, user::Model)>, DbErr> {
    let rows = startup_member::Entity::find()
        .filter(startup_member::Column::StartupId.eq(startup_id))
        .order_by_asc(startup_member::Column::JoinedAt)
        .all(db)
        .await?;
    let mut users: std::collections::HashMap<Uuid, user::Model> = user::Entity::find()
        .filter(user::Column::Id.is_in(rows.iter().map(|m| m.user_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    Ok(rows
        .into_iter()
        .filter_map(|m| users.remove(&m.user_id).map(|u| (m, u)))
        .collect())
}
