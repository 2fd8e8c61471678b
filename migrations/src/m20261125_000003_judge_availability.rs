//! Judges' pitch-day availability and the sessions they would like to judge, per
//! edition, and times staff block a person out (a talk to give, a flight).

use crate::helpers::{cascade, index};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Editions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum JudgeAvailability {
    Table,
    EditionId,
    InvestorId,
    /// UTC windows, `start/end` a line, RFC 3339.
    Windows,
    /// Session ids, one a line.
    PreferredSessions,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum BlockedTimes {
    Table,
    Id,
    EditionId,
    UserId,
    StartsAt,
    EndsAt,
    Note,
    CreatedBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(JudgeAvailability::Table)
                    .col(uuid(JudgeAvailability::EditionId))
                    .col(uuid(JudgeAvailability::InvestorId))
                    .col(text(JudgeAvailability::Windows))
                    .col(text(JudgeAvailability::PreferredSessions))
                    .col(timestamp_with_time_zone(JudgeAvailability::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(JudgeAvailability::EditionId)
                            .col(JudgeAvailability::InvestorId),
                    )
                    .foreign_key(&mut cascade(
                        (JudgeAvailability::Table, JudgeAvailability::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (JudgeAvailability::Table, JudgeAvailability::InvestorId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(BlockedTimes::Table)
                    .col(uuid(BlockedTimes::Id).primary_key())
                    .col(uuid(BlockedTimes::EditionId))
                    .col(uuid(BlockedTimes::UserId))
                    .col(timestamp_with_time_zone(BlockedTimes::StartsAt))
                    .col(timestamp_with_time_zone(BlockedTimes::EndsAt))
                    .col(text(BlockedTimes::Note))
                    .col(uuid_null(BlockedTimes::CreatedBy))
                    .col(timestamp_with_time_zone(BlockedTimes::CreatedAt))
                    .foreign_key(&mut cascade(
                        (BlockedTimes::Table, BlockedTimes::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (BlockedTimes::Table, BlockedTimes::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_blocked_times_edition",
                BlockedTimes::Table,
                &[&|| BlockedTimes::EditionId.into_iden()],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(BlockedTimes::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(JudgeAvailability::Table).to_owned())
            .await
    }
}
