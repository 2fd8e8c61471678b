//! Follow-up meetings: each edition's meeting rules (quotas, reply hours, whether a
//! pending request holds a slot, whether founders may ask, when staff released the
//! meeting schedule), meeting blocks (times cut into meetings) and places (tables and
//! rooms), requests between an investor and a startup (one per pair and edition,
//! whatever its status: a declined request is not asked again), and meetings.
//!
//! The database itself guarantees no double booking: a place, an investor and a
//! startup each have at most one meeting starting at a given moment (unique indexes),
//! and a request has at most one meeting. Slots are cut from non-overlapping blocks,
//! so two meetings at one place either start together or do not overlap.

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
enum Startups {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum MeetingRules {
    Table,
    EditionId,
    InvestorQuota,
    StartupQuota,
    ReplyHours,
    PendingHoldsSlot,
    FoundersMayRequest,
    ReleasedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum MeetingBlocks {
    Table,
    Id,
    EditionId,
    StartsAt,
    EndsAt,
    MeetingMinutes,
    BufferMinutes,
    CreatedAt,
}

#[derive(DeriveIden)]
enum MeetingPlaces {
    Table,
    Id,
    EditionId,
    Name,
    Seats,
    Location,
    CreatedAt,
}

#[derive(DeriveIden)]
enum MeetingRequests {
    Table,
    Id,
    EditionId,
    InvestorId,
    StartupId,
    /// `investor` or `founder`.
    AskedBy,
    /// The person who asked (the investor, or one of the founders).
    AskedByUser,
    Message,
    /// `pending`, `proposed`, `accepted`, `declined`, `withdrawn`, `expired` (a pending
    /// request past `expires_at` reads as expired whatever is stored).
    Status,
    /// A decline's reason or a proposal's times.
    ReplyText,
    CreatedAt,
    RepliedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum Meetings {
    Table,
    Id,
    EditionId,
    RequestId,
    InvestorId,
    StartupId,
    PlaceId,
    StartsAt,
    EndsAt,
    Locked,
    /// `held` / `no_show`, as each side checked in.
    InvestorCheck,
    FounderCheck,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(MeetingRules::Table)
                    .col(uuid(MeetingRules::EditionId).primary_key())
                    .col(integer(MeetingRules::InvestorQuota))
                    .col(integer(MeetingRules::StartupQuota))
                    .col(integer(MeetingRules::ReplyHours))
                    .col(boolean(MeetingRules::PendingHoldsSlot))
                    .col(boolean(MeetingRules::FoundersMayRequest))
                    .col(timestamp_with_time_zone_null(MeetingRules::ReleasedAt))
                    .col(timestamp_with_time_zone(MeetingRules::UpdatedAt))
                    .foreign_key(&mut cascade(
                        (MeetingRules::Table, MeetingRules::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MeetingBlocks::Table)
                    .col(uuid(MeetingBlocks::Id).primary_key())
                    .col(uuid(MeetingBlocks::EditionId))
                    .col(timestamp_with_time_zone(MeetingBlocks::StartsAt))
                    .col(timestamp_with_time_zone(MeetingBlocks::EndsAt))
                    .col(integer(MeetingBlocks::MeetingMinutes))
                    .col(integer(MeetingBlocks::BufferMinutes))
                    .col(timestamp_with_time_zone(MeetingBlocks::CreatedAt))
                    .foreign_key(&mut cascade(
                        (MeetingBlocks::Table, MeetingBlocks::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_meeting_blocks_edition",
                MeetingBlocks::Table,
                &[&|| MeetingBlocks::EditionId.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MeetingPlaces::Table)
                    .col(uuid(MeetingPlaces::Id).primary_key())
                    .col(uuid(MeetingPlaces::EditionId))
                    .col(string(MeetingPlaces::Name))
                    .col(integer(MeetingPlaces::Seats))
                    .col(text(MeetingPlaces::Location))
                    .col(timestamp_with_time_zone(MeetingPlaces::CreatedAt))
                    .foreign_key(&mut cascade(
                        (MeetingPlaces::Table, MeetingPlaces::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                index(
                    "idx_meeting_places_name",
                    MeetingPlaces::Table,
                    &[&|| MeetingPlaces::EditionId.into_iden(), &|| {
                        MeetingPlaces::Name.into_iden()
                    }],
                )
                .unique()
                .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MeetingRequests::Table)
                    .col(uuid(MeetingRequests::Id).primary_key())
                    .col(uuid(MeetingRequests::EditionId))
                    .col(uuid(MeetingRequests::InvestorId))
                    .col(uuid(MeetingRequests::StartupId))
                    .col(string(MeetingRequests::AskedBy))
                    .col(uuid(MeetingRequests::AskedByUser))
                    .col(text(MeetingRequests::Message))
                    .col(string(MeetingRequests::Status))
                    .col(text(MeetingRequests::ReplyText))
                    .col(timestamp_with_time_zone(MeetingRequests::CreatedAt))
                    .col(timestamp_with_time_zone_null(MeetingRequests::RepliedAt))
                    .col(timestamp_with_time_zone(MeetingRequests::ExpiresAt))
                    .foreign_key(&mut cascade(
                        (MeetingRequests::Table, MeetingRequests::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (MeetingRequests::Table, MeetingRequests::InvestorId),
                        (Users::Table, Users::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (MeetingRequests::Table, MeetingRequests::StartupId),
                        (Startups::Table, Startups::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        // One request per pair and edition: two concurrent asks cannot both land.
        manager
            .create_index(
                index(
                    "idx_meeting_requests_pair",
                    MeetingRequests::Table,
                    &[
                        &|| MeetingRequests::EditionId.into_iden(),
                        &|| MeetingRequests::InvestorId.into_iden(),
                        &|| MeetingRequests::StartupId.into_iden(),
                    ],
                )
                .unique()
                .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_meeting_requests_startup",
                MeetingRequests::Table,
                &[&|| MeetingRequests::EditionId.into_iden(), &|| {
                    MeetingRequests::StartupId.into_iden()
                }],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Meetings::Table)
                    .col(uuid(Meetings::Id).primary_key())
                    .col(uuid(Meetings::EditionId))
                    .col(uuid(Meetings::RequestId))
                    .col(uuid(Meetings::InvestorId))
                    .col(uuid(Meetings::StartupId))
                    .col(uuid(Meetings::PlaceId))
                    .col(timestamp_with_time_zone(Meetings::StartsAt))
                    .col(timestamp_with_time_zone(Meetings::EndsAt))
                    .col(boolean(Meetings::Locked))
                    .col(string_null(Meetings::InvestorCheck))
                    .col(string_null(Meetings::FounderCheck))
                    .col(timestamp_with_time_zone(Meetings::CreatedAt))
                    .col(timestamp_with_time_zone(Meetings::UpdatedAt))
                    .foreign_key(&mut cascade(
                        (Meetings::Table, Meetings::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (Meetings::Table, Meetings::RequestId),
                        (MeetingRequests::Table, MeetingRequests::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (Meetings::Table, Meetings::PlaceId),
                        (MeetingPlaces::Table, MeetingPlaces::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        let unique = |name: &str, cols: &[&dyn Fn() -> DynIden]| {
            index(name, Meetings::Table, cols).unique().to_owned()
        };
        for statement in [
            unique(
                "idx_meetings_request",
                &[&|| Meetings::RequestId.into_iden()],
            ),
            unique(
                "idx_meetings_place_time",
                &[&|| Meetings::PlaceId.into_iden(), &|| {
                    Meetings::StartsAt.into_iden()
                }],
            ),
            unique(
                "idx_meetings_investor_time",
                &[
                    &|| Meetings::EditionId.into_iden(),
                    &|| Meetings::InvestorId.into_iden(),
                    &|| Meetings::StartsAt.into_iden(),
                ],
            ),
            unique(
                "idx_meetings_startup_time",
                &[
                    &|| Meetings::EditionId.into_iden(),
                    &|| Meetings::StartupId.into_iden(),
                    &|| Meetings::StartsAt.into_iden(),
                ],
            ),
        ] {
            manager.create_index(statement).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Meetings::Table.into_iden(),
            MeetingRequests::Table.into_iden(),
            MeetingPlaces::Table.into_iden(),
            MeetingBlocks::Table.into_iden(),
            MeetingRules::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
