//! The last matcher run of each edition's meeting schedule, as staff are shown it: when,
//! by whom, and its report (placed, weight against the bound, idle gaps, each unplaced
//! request with its reason) as JSON text.

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
enum MeetingRuns {
    Table,
    EditionId,
    RanAt,
    RanBy,
    Report,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(MeetingRuns::Table)
                    .col(uuid(MeetingRuns::EditionId).primary_key())
                    .col(timestamp_with_time_zone(MeetingRuns::RanAt))
                    .col(uuid_null(MeetingRuns::RanBy))
                    .col(text(MeetingRuns::Report))
                    .foreign_key(&mut cascade(
                        (MeetingRuns::Table, MeetingRuns::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(MeetingRuns::Table).to_owned())
            .await
    }
}
