use sea_orm::entity::prelude::*;

/// One conversion rate of an edition: 1 `currency` = `rate_micro` / 1,000,000
/// `reporting`. The reporting currency has its own row (rate 1), so an edition's
/// reporting currency is known even before any other rate.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "agreement_rates")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub edition_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub currency: String,
    pub reporting: String,
    pub rate_micro: i64,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// The edition's rates as the domain reads them (no rows: no reporting currency yet).
pub async fn rates_of(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
) -> Result<domain::deals::Rates, DbErr> {
    let rows = Entity::find()
        .filter(Column::EditionId.eq(edition_id))
        .all(db)
        .await?;
    let reporting = rows
        .first()
        .map(|r| r.reporting.clone())
        .unwrap_or_default();
    let micro = rows
        .into_iter()
        .filter(|r| r.currency != r.reporting)
        .map(|r| (r.currency, r.rate_micro))
        .collect();
    Ok(domain::deals::Rates { reporting, micro })
}
