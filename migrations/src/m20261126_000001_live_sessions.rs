//! Live pitch sessions: each session's state on the day (open or closed, the pitch on
//! stage, its phase and when that phase began, a change counter every write bumps, so
//! any server can tell a board has moved), its running order and panel (copied from
//! the released schedule when staff open it), the judges' live scores (one row per
//! judge × pitch × criterion: a second submit overwrites, never duplicates) with a
//! comment and the weighted value per judge × pitch, and finalists, winners and awards.

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
enum PitchSessions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum LiveSessions {
    Table,
    SessionId,
    EditionId,
    State,
    CurrentSubmission,
    Phase,
    PhaseStartedAt,
    /// Bumped by every write to the session's live rows (scores included).
    Version,
    ResultsReleased,
    OpenedAt,
    ClosedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum LivePitches {
    Table,
    SessionId,
    SubmissionId,
    StartupId,
    Startup,
    OneLiner,
    Track,
    Position,
    Status,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum LivePanel {
    Table,
    SessionId,
    InvestorId,
    Name,
}

#[derive(DeriveIden)]
enum LiveScores {
    Table,
    SessionId,
    SubmissionId,
    InvestorId,
    CriterionId,
    Value,
}

#[derive(DeriveIden)]
enum LiveVerdicts {
    Table,
    SessionId,
    SubmissionId,
    InvestorId,
    Weighted,
    Comment,
    SubmittedAt,
}

#[derive(DeriveIden)]
enum LiveAwards {
    Table,
    Id,
    SessionId,
    EditionId,
    SubmissionId,
    Kind,
    Name,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(LiveSessions::Table)
                    .col(uuid(LiveSessions::SessionId).primary_key())
                    .col(uuid(LiveSessions::EditionId))
                    .col(string(LiveSessions::State))
                    .col(uuid_null(LiveSessions::CurrentSubmission))
                    .col(string_null(LiveSessions::Phase))
                    .col(timestamp_with_time_zone_null(LiveSessions::PhaseStartedAt))
                    .col(big_integer(LiveSessions::Version))
                    .col(boolean(LiveSessions::ResultsReleased))
                    .col(timestamp_with_time_zone(LiveSessions::OpenedAt))
                    .col(timestamp_with_time_zone_null(LiveSessions::ClosedAt))
                    .col(timestamp_with_time_zone(LiveSessions::UpdatedAt))
                    .foreign_key(&mut cascade(
                        (LiveSessions::Table, LiveSessions::SessionId),
                        (PitchSessions::Table, PitchSessions::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (LiveSessions::Table, LiveSessions::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LivePitches::Table)
                    .col(uuid(LivePitches::SessionId))
                    .col(uuid(LivePitches::SubmissionId))
                    .col(uuid(LivePitches::StartupId))
                    .col(string(LivePitches::Startup))
                    .col(string(LivePitches::OneLiner))
                    .col(string(LivePitches::Track))
                    .col(integer(LivePitches::Position))
                    .col(string(LivePitches::Status))
                    .col(timestamp_with_time_zone(LivePitches::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(LivePitches::SessionId)
                            .col(LivePitches::SubmissionId),
                    )
                    .foreign_key(&mut cascade(
                        (LivePitches::Table, LivePitches::SessionId),
                        (LiveSessions::Table, LiveSessions::SessionId),
                    ))
                    .foreign_key(&mut cascade(
                        (LivePitches::Table, LivePitches::SubmissionId),
                        (Submissions::Table, Submissions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LivePanel::Table)
                    .col(uuid(LivePanel::SessionId))
                    .col(uuid(LivePanel::InvestorId))
                    .col(string(LivePanel::Name))
                    .primary_key(
                        Index::create()
                            .col(LivePanel::SessionId)
                            .col(LivePanel::InvestorId),
                    )
                    .foreign_key(&mut cascade(
                        (LivePanel::Table, LivePanel::SessionId),
                        (LiveSessions::Table, LiveSessions::SessionId),
                    ))
                    .foreign_key(&mut cascade(
                        (LivePanel::Table, LivePanel::InvestorId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_live_panel_investor",
                LivePanel::Table,
                &[&|| LivePanel::InvestorId.into_iden()],
            ))
            .await?;
        // One score per judge, pitch and criterion: a second submit overwrites it.
        manager
            .create_table(
                Table::create()
                    .table(LiveScores::Table)
                    .col(uuid(LiveScores::SessionId))
                    .col(uuid(LiveScores::SubmissionId))
                    .col(uuid(LiveScores::InvestorId))
                    .col(uuid(LiveScores::CriterionId))
                    .col(integer(LiveScores::Value))
                    .primary_key(
                        Index::create()
                            .col(LiveScores::SessionId)
                            .col(LiveScores::SubmissionId)
                            .col(LiveScores::InvestorId)
                            .col(LiveScores::CriterionId),
                    )
                    .foreign_key(&mut cascade(
                        (LiveScores::Table, LiveScores::SessionId),
                        (LiveSessions::Table, LiveSessions::SessionId),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LiveVerdicts::Table)
                    .col(uuid(LiveVerdicts::SessionId))
                    .col(uuid(LiveVerdicts::SubmissionId))
                    .col(uuid(LiveVerdicts::InvestorId))
                    .col(double(LiveVerdicts::Weighted))
                    .col(text(LiveVerdicts::Comment))
                    .col(timestamp_with_time_zone(LiveVerdicts::SubmittedAt))
                    .primary_key(
                        Index::create()
                            .col(LiveVerdicts::SessionId)
                            .col(LiveVerdicts::SubmissionId)
                            .col(LiveVerdicts::InvestorId),
                    )
                    .foreign_key(&mut cascade(
                        (LiveVerdicts::Table, LiveVerdicts::SessionId),
                        (LiveSessions::Table, LiveSessions::SessionId),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LiveAwards::Table)
                    .col(uuid(LiveAwards::Id).primary_key())
                    .col(uuid(LiveAwards::SessionId))
                    .col(uuid(LiveAwards::EditionId))
                    .col(uuid(LiveAwards::SubmissionId))
                    .col(string(LiveAwards::Kind))
                    .col(string(LiveAwards::Name))
                    .col(timestamp_with_time_zone(LiveAwards::CreatedAt))
                    .foreign_key(&mut cascade(
                        (LiveAwards::Table, LiveAwards::SessionId),
                        (LiveSessions::Table, LiveSessions::SessionId),
                    ))
                    .to_owned(),
            )
            .await?;
        // Marking the same award twice is one mark.
        manager
            .create_index(
                index(
                    "idx_live_awards_once",
                    LiveAwards::Table,
                    &[
                        &|| LiveAwards::SessionId.into_iden(),
                        &|| LiveAwards::SubmissionId.into_iden(),
                        &|| LiveAwards::Kind.into_iden(),
                        &|| LiveAwards::Name.into_iden(),
                    ],
                )
                .unique()
                .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            LiveAwards::Table.into_iden(),
            LiveVerdicts::Table.into_iden(),
            LiveScores::Table.into_iden(),
            LivePanel::Table.into_iden(),
            LivePitches::Table.into_iden(),
            LiveSessions::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
