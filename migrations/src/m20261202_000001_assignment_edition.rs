//! Each assignment names its pitch's edition (issue 14: the judging board counts every
//! judge's load on every page). Counting an edition's assignments per judge through the
//! submissions joined each of its 15,000 rows to its pitch (10 ms on SQLite at the
//! conference seed); with the edition on the row, an index on (edition, investor) serves
//! the count in order (1 ms). A pitch never changes edition, so the copy cannot go stale.

use crate::helpers::index;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Assignments {
    Table,
    InvestorId,
    EditionId,
}

const INDEX: &str = "idx_assignments_edition_investor";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Nullable only because rows exist when the column arrives; every insert sets it
        // (the entity's field is not optional) and the update below fills the old rows.
        manager
            .alter_table(
                Table::alter()
                    .table(Assignments::Table)
                    .add_column(uuid_null(Assignments::EditionId))
                    .to_owned(),
            )
            .await?;
        // The same statement on SQLite and PostgreSQL.
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE assignments SET edition_id = \
                 (SELECT edition_id FROM submissions WHERE submissions.id = assignments.submission_id)",
            )
            .await?;
        manager
            .create_index(index(
                INDEX,
                Assignments::Table,
                &[&|| Assignments::EditionId.into_iden(), &|| {
                    Assignments::InvestorId.into_iden()
                }],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name(INDEX)
                    .table(Assignments::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Assignments::Table)
                    .drop_column(Assignments::EditionId)
                    .to_owned(),
            )
            .await
    }
}
