use sea_orm::entity::prelude::*;
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{ActiveValue::Set, ConnectionTrait};

/// How many changes to its reviews and assignments an edition has seen: bumped in the
/// transaction of each ([`bump`], `model::tallies::open`), so a standings snapshot of
/// an older generation is stale.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "ranking_generations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub edition_id: Uuid,
    pub generation: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// The edition's reviews or assignments change in this transaction: its stored
/// standings are stale from now on. On PostgreSQL this holds the generation row's lock
/// until commit, so the edition's changes apply one after the other.
pub async fn bump(db: &impl ConnectionTrait, edition_id: Uuid) -> Result<(), DbErr> {
    Entity::insert(ActiveModel {
        edition_id: Set(edition_id),
        generation: Set(1),
    })
    .on_conflict(
        OnConflict::column(Column::EditionId)
            .value(
                Column::Generation,
                Expr::col((Entity, Column::Generation)).add(1),
            )
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}
