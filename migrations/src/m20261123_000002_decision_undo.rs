//! Decisions can be undone for a short while: their emails wait in the outbox until
//! `send_after`, held under the decision's batch (`hold`), and the batch remembers each
//! pitch's status before it, so an undo puts everything back and the emails never leave.

use crate::helpers::{cascade, index};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Outbox {
    Table,
    SendAfter,
    Hold,
}

#[derive(DeriveIden)]
enum Editions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum DecisionBatches {
    Table,
    Id,
    EditionId,
    DecidedBy,
    Decision,
    DecidedAt,
    UndoUntil,
    UndoneAt,
    Changes,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Two statements: SQLite adds one column per ALTER TABLE.
        manager
            .alter_table(
                Table::alter()
                    .table(Outbox::Table)
                    .add_column(timestamp_with_time_zone_null(Outbox::SendAfter))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Outbox::Table)
                    .add_column(string_null(Outbox::Hold))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_outbox_hold",
                Outbox::Table,
                &[&|| Outbox::Hold.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DecisionBatches::Table)
                    .col(uuid(DecisionBatches::Id).primary_key())
                    .col(uuid(DecisionBatches::EditionId))
                    .col(uuid_null(DecisionBatches::DecidedBy))
                    .col(string(DecisionBatches::Decision))
                    .col(timestamp_with_time_zone(DecisionBatches::DecidedAt))
                    .col(timestamp_with_time_zone(DecisionBatches::UndoUntil))
                    .col(timestamp_with_time_zone_null(DecisionBatches::UndoneAt))
                    .col(text(DecisionBatches::Changes))
                    .foreign_key(&mut cascade(
                        (DecisionBatches::Table, DecisionBatches::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(DecisionBatches::Table).to_owned())
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("idx_outbox_hold")
                    .table(Outbox::Table)
                    .to_owned(),
            )
            .await?;
        for column in [Outbox::Hold, Outbox::SendAfter] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Outbox::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
