//! Startups and their teams, uploaded files, pitch submissions with their timeline,
//! availability and released feedback.

use crate::helpers::{cascade, index};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

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
enum StoredFiles {
    Table,
    Id,
    Purpose,
    ContentType,
    SizeBytes,
    OriginalName,
    Sha256,
    UploadedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Startups {
    Table,
    Id,
    Name,
    SearchName,
    OneLiner,
    Description,
    Sectors,
    Stage,
    Country,
    City,
    FoundedYear,
    TeamSize,
    Website,
    MonthlyRevenue,
    Users,
    GrowthPct,
    AskAmount,
    Currency,
    Instrument,
    PreMoneyValuation,
    UseOfFunds,
    RaisedSoFar,
    Showcase,
    LogoFileId,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum StartupMembers {
    Table,
    StartupId,
    UserId,
    JoinedAt,
}

#[derive(DeriveIden)]
enum CofounderInvites {
    Table,
    Id,
    StartupId,
    Email,
    TokenHash,
    InvitedBy,
    CreatedAt,
    ExpiresAt,
    AcceptedAt,
}

#[derive(DeriveIden)]
enum Submissions {
    Table,
    Id,
    EditionId,
    StartupId,
    TrackId,
    Title,
    Summary,
    VideoUrl,
    DeckFileId,
    Status,
    SubmittedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SubmissionEvents {
    Table,
    Id,
    SubmissionId,
    Status,
    ActorId,
    At,
}

#[derive(DeriveIden)]
enum AvailabilityWindows {
    Table,
    Id,
    SubmissionId,
    StartsAt,
    EndsAt,
}

#[derive(DeriveIden)]
enum Feedback {
    Table,
    Id,
    SubmissionId,
    Body,
    ReleasedBy,
    ReleasedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(StoredFiles::Table)
                    .col(pk_uuid(StoredFiles::Id))
                    .col(string(StoredFiles::Purpose))
                    .col(string(StoredFiles::ContentType))
                    .col(big_integer(StoredFiles::SizeBytes))
                    .col(string(StoredFiles::OriginalName))
                    .col(string(StoredFiles::Sha256))
                    .col(uuid_null(StoredFiles::UploadedBy))
                    .col(timestamp_with_time_zone(StoredFiles::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Startups::Table)
                    .col(pk_uuid(Startups::Id))
                    .col(string(Startups::Name))
                    .col(string(Startups::SearchName))
                    .col(string(Startups::OneLiner))
                    .col(text(Startups::Description))
                    .col(text(Startups::Sectors))
                    .col(string(Startups::Stage))
                    .col(string(Startups::Country))
                    .col(string(Startups::City))
                    .col(integer(Startups::FoundedYear))
                    .col(integer(Startups::TeamSize))
                    .col(string_null(Startups::Website))
                    .col(big_integer_null(Startups::MonthlyRevenue))
                    .col(big_integer_null(Startups::Users))
                    .col(double_null(Startups::GrowthPct))
                    .col(big_integer_null(Startups::AskAmount))
                    .col(string(Startups::Currency))
                    .col(string_null(Startups::Instrument))
                    .col(big_integer_null(Startups::PreMoneyValuation))
                    .col(text(Startups::UseOfFunds))
                    .col(big_integer_null(Startups::RaisedSoFar))
                    .col(boolean(Startups::Showcase).default(false))
                    .col(uuid_null(Startups::LogoFileId))
                    .col(timestamp_with_time_zone(Startups::CreatedAt))
                    .col(timestamp_with_time_zone(Startups::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Startups::Table, Startups::LogoFileId)
                            .to(StoredFiles::Table, StoredFiles::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_startups_search_name",
                Startups::Table,
                &[&|| Startups::SearchName.into_iden(), &|| {
                    Startups::Id.into_iden()
                }],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(StartupMembers::Table)
                    .col(uuid(StartupMembers::StartupId))
                    .col(uuid(StartupMembers::UserId))
                    .col(timestamp_with_time_zone(StartupMembers::JoinedAt))
                    .primary_key(
                        Index::create()
                            .col(StartupMembers::StartupId)
                            .col(StartupMembers::UserId),
                    )
                    .foreign_key(&mut cascade(
                        (StartupMembers::Table, StartupMembers::StartupId),
                        (Startups::Table, Startups::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (StartupMembers::Table, StartupMembers::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_startup_members_user",
                StartupMembers::Table,
                &[&|| StartupMembers::UserId.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CofounderInvites::Table)
                    .col(pk_uuid(CofounderInvites::Id))
                    .col(uuid(CofounderInvites::StartupId))
                    .col(string(CofounderInvites::Email))
                    .col(string_uniq(CofounderInvites::TokenHash))
                    .col(uuid(CofounderInvites::InvitedBy))
                    .col(timestamp_with_time_zone(CofounderInvites::CreatedAt))
                    .col(timestamp_with_time_zone(CofounderInvites::ExpiresAt))
                    .col(timestamp_with_time_zone_null(CofounderInvites::AcceptedAt))
                    .foreign_key(&mut cascade(
                        (CofounderInvites::Table, CofounderInvites::StartupId),
                        (Startups::Table, Startups::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Submissions::Table)
                    .col(pk_uuid(Submissions::Id))
                    .col(uuid(Submissions::EditionId))
                    .col(uuid(Submissions::StartupId))
                    .col(uuid(Submissions::TrackId))
                    .col(string(Submissions::Title))
                    .col(text(Submissions::Summary))
                    .col(string_null(Submissions::VideoUrl))
                    .col(uuid_null(Submissions::DeckFileId))
                    .col(string(Submissions::Status))
                    .col(timestamp_with_time_zone_null(Submissions::SubmittedAt))
                    .col(timestamp_with_time_zone(Submissions::CreatedAt))
                    .col(timestamp_with_time_zone(Submissions::UpdatedAt))
                    .foreign_key(&mut cascade(
                        (Submissions::Table, Submissions::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (Submissions::Table, Submissions::StartupId),
                        (Startups::Table, Startups::Id),
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Submissions::Table, Submissions::TrackId)
                            .to(Tracks::Table, Tracks::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Submissions::Table, Submissions::DeckFileId)
                            .to(StoredFiles::Table, StoredFiles::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                index(
                    "idx_submissions_edition_startup",
                    Submissions::Table,
                    &[&|| Submissions::EditionId.into_iden(), &|| {
                        Submissions::StartupId.into_iden()
                    }],
                )
                .unique()
                .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_submissions_edition_status",
                Submissions::Table,
                &[&|| Submissions::EditionId.into_iden(), &|| {
                    Submissions::Status.into_iden()
                }],
            ))
            .await?;
        manager
            .create_index(index(
                "idx_submissions_startup",
                Submissions::Table,
                &[&|| Submissions::StartupId.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SubmissionEvents::Table)
                    .col(pk_uuid(SubmissionEvents::Id))
                    .col(uuid(SubmissionEvents::SubmissionId))
                    .col(string(SubmissionEvents::Status))
                    .col(uuid_null(SubmissionEvents::ActorId))
                    .col(timestamp_with_time_zone(SubmissionEvents::At))
                    .foreign_key(&mut cascade(
                        (SubmissionEvents::Table, SubmissionEvents::SubmissionId),
                        (Submissions::Table, Submissions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_submission_events_submission",
                SubmissionEvents::Table,
                &[&|| SubmissionEvents::SubmissionId.into_iden(), &|| {
                    SubmissionEvents::At.into_iden()
                }],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AvailabilityWindows::Table)
                    .col(pk_uuid(AvailabilityWindows::Id))
                    .col(uuid(AvailabilityWindows::SubmissionId))
                    .col(timestamp_with_time_zone(AvailabilityWindows::StartsAt))
                    .col(timestamp_with_time_zone(AvailabilityWindows::EndsAt))
                    .foreign_key(&mut cascade(
                        (
                            AvailabilityWindows::Table,
                            AvailabilityWindows::SubmissionId,
                        ),
                        (Submissions::Table, Submissions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_availability_submission",
                AvailabilityWindows::Table,
                &[&|| AvailabilityWindows::SubmissionId.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Feedback::Table)
                    .col(pk_uuid(Feedback::Id))
                    .col(uuid(Feedback::SubmissionId))
                    .col(text(Feedback::Body))
                    .col(uuid_null(Feedback::ReleasedBy))
                    .col(timestamp_with_time_zone(Feedback::ReleasedAt))
                    .foreign_key(&mut cascade(
                        (Feedback::Table, Feedback::SubmissionId),
                        (Submissions::Table, Submissions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_feedback_submission",
                Feedback::Table,
                &[&|| Feedback::SubmissionId.into_iden()],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Feedback::Table.into_iden(),
            AvailabilityWindows::Table.into_iden(),
            SubmissionEvents::Table.into_iden(),
            Submissions::Table.into_iden(),
            CofounderInvites::Table.into_iden(),
            StartupMembers::Table.into_iden(),
            Startups::Table.into_iden(),
            StoredFiles::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
