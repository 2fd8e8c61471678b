//! Score anchors: what some points of a rubric criterion's scale mean ("1: no evidence",
//! "5: proven with paying customers"), set by staff with the rubric and shown to judges
//! beside the score buttons. A JSON list of `{point, meaning}` on the criterion's row;
//! NULL (every row before this) means none.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum RubricCriteria {
    Table,
    Anchors,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(RubricCriteria::Table)
                    .add_column(text_null(RubricCriteria::Anchors))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(RubricCriteria::Table)
                    .drop_column(RubricCriteria::Anchors)
                    .to_owned(),
            )
            .await
    }
}
