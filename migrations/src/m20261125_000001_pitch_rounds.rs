//! Pitch rounds: each edition's rooms and pitch sessions (with their slot pattern and
//! panel size), the draft schedule (which startup pitches in which slot, which judges sit
//! on which panel, each placement lockable) and its released versions.

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
enum Tracks {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Submissions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Rooms {
    Table,
    Id,
    EditionId,
    Name,
    Capacity,
    CreatedAt,
}

#[derive(DeriveIden)]
enum PitchSessions {
    Table,
    Id,
    EditionId,
    Title,
    TrackId,
    RoomId,
    StartsAt,
    EndsAt,
    PitchMinutes,
    QaMinutes,
    ChangeoverMinutes,
    /// UTC pairs, `start/end` a line, RFC 3339.
    Breaks,
    PanelMin,
    PanelMax,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SchedulePlacements {
    Table,
    SubmissionId,
    EditionId,
    SessionId,
    Slot,
    Locked,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SchedulePanels {
    Table,
    SessionId,
    InvestorId,
    EditionId,
    Locked,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ScheduleVersions {
    Table,
    Id,
    EditionId,
    Number,
    Name,
    Changelog,
    Snapshot,
    ReleasedBy,
    ReleasedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Rooms::Table)
                    .col(uuid(Rooms::Id).primary_key())
                    .col(uuid(Rooms::EditionId))
                    .col(string(Rooms::Name))
                    .col(integer(Rooms::Capacity))
                    .col(timestamp_with_time_zone(Rooms::CreatedAt))
                    .foreign_key(&mut cascade(
                        (Rooms::Table, Rooms::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                index(
                    "idx_rooms_edition_name",
                    Rooms::Table,
                    &[&|| Rooms::EditionId.into_iden(), &|| {
                        Rooms::Name.into_iden()
                    }],
                )
                .unique()
                .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PitchSessions::Table)
                    .col(uuid(PitchSessions::Id).primary_key())
                    .col(uuid(PitchSessions::EditionId))
                    .col(string(PitchSessions::Title))
                    .col(uuid_null(PitchSessions::TrackId))
                    .col(uuid(PitchSessions::RoomId))
                    .col(timestamp_with_time_zone(PitchSessions::StartsAt))
                    .col(timestamp_with_time_zone(PitchSessions::EndsAt))
                    .col(integer(PitchSessions::PitchMinutes))
                    .col(integer(PitchSessions::QaMinutes))
                    .col(integer(PitchSessions::ChangeoverMinutes))
                    .col(text(PitchSessions::Breaks))
                    .col(integer(PitchSessions::PanelMin))
                    .col(integer(PitchSessions::PanelMax))
                    .col(timestamp_with_time_zone(PitchSessions::CreatedAt))
                    .col(timestamp_with_time_zone(PitchSessions::UpdatedAt))
                    .foreign_key(&mut cascade(
                        (PitchSessions::Table, PitchSessions::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (PitchSessions::Table, PitchSessions::TrackId),
                        (Tracks::Table, Tracks::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (PitchSessions::Table, PitchSessions::RoomId),
                        (Rooms::Table, Rooms::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_pitch_sessions_edition_starts",
                PitchSessions::Table,
                &[&|| PitchSessions::EditionId.into_iden(), &|| {
                    PitchSessions::StartsAt.into_iden()
                }],
            ))
            .await?;
        // One row per placed pitch: a pitch is placed at most once, by the primary key.
        manager
            .create_table(
                Table::create()
                    .table(SchedulePlacements::Table)
                    .col(uuid(SchedulePlacements::SubmissionId).primary_key())
                    .col(uuid(SchedulePlacements::EditionId))
                    .col(uuid(SchedulePlacements::SessionId))
                    .col(integer(SchedulePlacements::Slot))
                    .col(boolean(SchedulePlacements::Locked))
                    .col(timestamp_with_time_zone(SchedulePlacements::UpdatedAt))
                    .foreign_key(&mut cascade(
                        (SchedulePlacements::Table, SchedulePlacements::SubmissionId),
                        (Submissions::Table, Submissions::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (SchedulePlacements::Table, SchedulePlacements::SessionId),
                        (PitchSessions::Table, PitchSessions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        // A slot holds one pitch.
        manager
            .create_index(
                index(
                    "idx_schedule_placements_session_slot",
                    SchedulePlacements::Table,
                    &[&|| SchedulePlacements::SessionId.into_iden(), &|| {
                        SchedulePlacements::Slot.into_iden()
                    }],
                )
                .unique()
                .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SchedulePanels::Table)
                    .col(uuid(SchedulePanels::SessionId))
                    .col(uuid(SchedulePanels::InvestorId))
                    .col(uuid(SchedulePanels::EditionId))
                    .col(boolean(SchedulePanels::Locked))
                    .col(timestamp_with_time_zone(SchedulePanels::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(SchedulePanels::SessionId)
                            .col(SchedulePanels::InvestorId),
                    )
                    .foreign_key(&mut cascade(
                        (SchedulePanels::Table, SchedulePanels::SessionId),
                        (PitchSessions::Table, PitchSessions::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (SchedulePanels::Table, SchedulePanels::InvestorId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_schedule_panels_investor",
                SchedulePanels::Table,
                &[&|| SchedulePanels::InvestorId.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ScheduleVersions::Table)
                    .col(uuid(ScheduleVersions::Id).primary_key())
                    .col(uuid(ScheduleVersions::EditionId))
                    .col(integer(ScheduleVersions::Number))
                    .col(string(ScheduleVersions::Name))
                    .col(text(ScheduleVersions::Changelog))
                    .col(text(ScheduleVersions::Snapshot))
                    .col(uuid_null(ScheduleVersions::ReleasedBy))
                    .col(timestamp_with_time_zone(ScheduleVersions::ReleasedAt))
                    .foreign_key(&mut cascade(
                        (ScheduleVersions::Table, ScheduleVersions::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        // Two staff releasing at once cannot both become version n.
        manager
            .create_index(
                index(
                    "idx_schedule_versions_edition_number",
                    ScheduleVersions::Table,
                    &[&|| ScheduleVersions::EditionId.into_iden(), &|| {
                        ScheduleVersions::Number.into_iden()
                    }],
                )
                .unique()
                .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ScheduleVersions::Table.into_iden(),
            SchedulePanels::Table.into_iden(),
            SchedulePlacements::Table.into_iden(),
            PitchSessions::Table.into_iden(),
            Rooms::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
