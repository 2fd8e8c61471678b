//! Confirming attendance after acceptance: each edition's confirmation deadline (none:
//! teams are not asked yet) and each accepted pitch's answer (confirmed or declined, an
//! optional reason, who answered and when). One row a pitch: a later answer replaces it.

use crate::helpers::cascade;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Editions {
    Table,
    AttendanceDeadline,
}

#[derive(DeriveIden)]
enum Submissions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Attendance {
    Table,
    SubmissionId,
    /// `confirmed` or `declined`.
    Answer,
    Reason,
    AnsweredBy,
    AnsweredAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Editions::Table)
                    .add_column(timestamp_with_time_zone_null(Editions::AttendanceDeadline))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Attendance::Table)
                    .col(uuid(Attendance::SubmissionId).primary_key())
                    .col(string(Attendance::Answer))
                    .col(text(Attendance::Reason))
                    .col(uuid_null(Attendance::AnsweredBy))
                    .col(timestamp_with_time_zone(Attendance::AnsweredAt))
                    .foreign_key(&mut cascade(
                        (Attendance::Table, Attendance::SubmissionId),
                        (Submissions::Table, Submissions::Id),
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Attendance::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Editions::Table)
                    .drop_column(Editions::AttendanceDeadline)
                    .to_owned(),
            )
            .await
    }
}
