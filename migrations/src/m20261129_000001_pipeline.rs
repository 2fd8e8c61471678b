//! The investor pipeline (issue 12, part A): cards on a firm's board (one per board and
//! startup: a unique index), their history of moves, private notes, follow-up tasks,
//! and the weekly digest's one row per person and ISO week (a primary key, so two
//! instances can never both send it).

use crate::helpers::{cascade, index};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Startups {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum DealCards {
    Table,
    Id,
    /// `firm:<folded firm>` or `user:<id>` (`domain::pipeline::board_key`).
    Board,
    StartupId,
    Stage,
    Furthest,
    Passed,
    PassReason,
    Shared,
    Source,
    CreatedBy,
    CreatedAt,
    /// The last move, note or task change (for "stale").
    TouchedAt,
}

#[derive(DeriveIden)]
enum DealMoves {
    Table,
    Id,
    CardId,
    At,
    ByUser,
    Event,
    FromStage,
    ToStage,
    Reason,
}

#[derive(DeriveIden)]
enum DealNotes {
    Table,
    Id,
    CardId,
    Author,
    Body,
    CreatedAt,
}

#[derive(DeriveIden)]
enum DealTasks {
    Table,
    Id,
    CardId,
    Title,
    DueOn,
    Owner,
    Done,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DealDigests {
    Table,
    UserId,
    Week,
    SentAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DealCards::Table)
                    .col(uuid(DealCards::Id).primary_key())
                    .col(string(DealCards::Board))
                    .col(uuid(DealCards::StartupId))
                    .col(string(DealCards::Stage))
                    .col(string(DealCards::Furthest))
                    .col(boolean(DealCards::Passed))
                    .col(text(DealCards::PassReason))
                    .col(boolean(DealCards::Shared))
                    .col(string(DealCards::Source))
                    .col(uuid(DealCards::CreatedBy))
                    .col(timestamp_with_time_zone(DealCards::CreatedAt))
                    .col(timestamp_with_time_zone(DealCards::TouchedAt))
                    .foreign_key(&mut cascade(
                        (DealCards::Table, DealCards::StartupId),
                        (Startups::Table, Startups::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                index(
                    "idx_deal_cards_board_startup",
                    DealCards::Table,
                    &[&|| DealCards::Board.into_iden(), &|| {
                        DealCards::StartupId.into_iden()
                    }],
                )
                .unique()
                .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_deal_cards_startup",
                DealCards::Table,
                &[&|| DealCards::StartupId.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DealMoves::Table)
                    .col(uuid(DealMoves::Id).primary_key())
                    .col(uuid(DealMoves::CardId))
                    .col(timestamp_with_time_zone(DealMoves::At))
                    .col(uuid(DealMoves::ByUser))
                    .col(string(DealMoves::Event))
                    .col(string_null(DealMoves::FromStage))
                    .col(string(DealMoves::ToStage))
                    .col(text(DealMoves::Reason))
                    .foreign_key(&mut cascade(
                        (DealMoves::Table, DealMoves::CardId),
                        (DealCards::Table, DealCards::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_deal_moves_card",
                DealMoves::Table,
                &[&|| DealMoves::CardId.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DealNotes::Table)
                    .col(uuid(DealNotes::Id).primary_key())
                    .col(uuid(DealNotes::CardId))
                    .col(uuid(DealNotes::Author))
                    .col(text(DealNotes::Body))
                    .col(timestamp_with_time_zone(DealNotes::CreatedAt))
                    .foreign_key(&mut cascade(
                        (DealNotes::Table, DealNotes::CardId),
                        (DealCards::Table, DealCards::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_deal_notes_card",
                DealNotes::Table,
                &[&|| DealNotes::CardId.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DealTasks::Table)
                    .col(uuid(DealTasks::Id).primary_key())
                    .col(uuid(DealTasks::CardId))
                    .col(string(DealTasks::Title))
                    .col(date(DealTasks::DueOn))
                    .col(uuid(DealTasks::Owner))
                    .col(boolean(DealTasks::Done))
                    .col(uuid(DealTasks::CreatedBy))
                    .col(timestamp_with_time_zone(DealTasks::CreatedAt))
                    .col(timestamp_with_time_zone(DealTasks::UpdatedAt))
                    .foreign_key(&mut cascade(
                        (DealTasks::Table, DealTasks::CardId),
                        (DealCards::Table, DealCards::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_deal_tasks_card",
                DealTasks::Table,
                &[&|| DealTasks::CardId.into_iden()],
            ))
            .await?;
        manager
            .create_index(index(
                "idx_deal_tasks_owner",
                DealTasks::Table,
                &[&|| DealTasks::Owner.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DealDigests::Table)
                    .col(uuid(DealDigests::UserId))
                    .col(string(DealDigests::Week))
                    .col(timestamp_with_time_zone(DealDigests::SentAt))
                    .primary_key(
                        Index::create()
                            .col(DealDigests::UserId)
                            .col(DealDigests::Week),
                    )
                    .foreign_key(&mut cascade(
                        (DealDigests::Table, DealDigests::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            DealDigests::Table.into_iden(),
            DealTasks::Table.into_iden(),
            DealNotes::Table.into_iden(),
            DealMoves::Table.into_iden(),
            DealCards::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
