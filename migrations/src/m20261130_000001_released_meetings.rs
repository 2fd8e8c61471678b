//! The meeting schedule as staff last released it: one row per meeting, with its place's
//! name and whereabouts copied, so investors and founders (agenda, calendar feed,
//! reminders) read exactly what was released while staff edit the live `meetings` table.
//! Each release replaces the edition's rows; the row's id is the live meeting's id at
//! release (check-ins are stored on that live meeting).

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
enum ReleasedMeetings {
    Table,
    Id,
    EditionId,
    RequestId,
    InvestorId,
    StartupId,
    PlaceId,
    PlaceName,
    PlaceLocation,
    StartsAt,
    EndsAt,
    CreatedAt,
    UpdatedAt,
    ReleasedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ReleasedMeetings::Table)
                    .col(uuid(ReleasedMeetings::Id).primary_key())
                    .col(uuid(ReleasedMeetings::EditionId))
                    .col(uuid(ReleasedMeetings::RequestId))
                    .col(uuid(ReleasedMeetings::InvestorId))
                    .col(uuid(ReleasedMeetings::StartupId))
                    .col(uuid(ReleasedMeetings::PlaceId))
                    .col(string(ReleasedMeetings::PlaceName))
                    .col(string(ReleasedMeetings::PlaceLocation))
                    .col(timestamp_with_time_zone(ReleasedMeetings::StartsAt))
                    .col(timestamp_with_time_zone(ReleasedMeetings::EndsAt))
                    .col(timestamp_with_time_zone(ReleasedMeetings::CreatedAt))
                    .col(timestamp_with_time_zone(ReleasedMeetings::UpdatedAt))
                    .col(timestamp_with_time_zone(ReleasedMeetings::ReleasedAt))
                    .foreign_key(&mut cascade(
                        (ReleasedMeetings::Table, ReleasedMeetings::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_released_meetings_edition",
                ReleasedMeetings::Table,
                &[&|| ReleasedMeetings::EditionId.into_iden()],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ReleasedMeetings::Table).to_owned())
            .await
    }
}
