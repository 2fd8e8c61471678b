//! What staff chose to do, per edition, about each soft schedule rule: block release,
//! warn, or ignore. Hard rules always block; a rule without a row has its default.

use crate::helpers::cascade;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Editions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ScheduleRuleLevels {
    Table,
    EditionId,
    Rule,
    Level,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ScheduleRuleLevels::Table)
                    .col(uuid(ScheduleRuleLevels::EditionId))
                    .col(string(ScheduleRuleLevels::Rule))
                    .col(string(ScheduleRuleLevels::Level))
                    .primary_key(
                        Index::create()
                            .col(ScheduleRuleLevels::EditionId)
                            .col(ScheduleRuleLevels::Rule),
                    )
                    .foreign_key(&mut cascade(
                        (ScheduleRuleLevels::Table, ScheduleRuleLevels::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ScheduleRuleLevels::Table).to_owned())
            .await
    }
}
