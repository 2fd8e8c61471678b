use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "startups")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub name: String,
    /// `name` in lower case, for case-insensitive search and ordering on every database.
    pub search_name: String,
    pub one_liner: String,
    pub description: String,
    /// A JSON array of strings.
    pub sectors: String,
    pub stage: String,
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
    pub instrument: Option<String>,
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
