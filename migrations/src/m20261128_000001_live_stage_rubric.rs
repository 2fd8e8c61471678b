//! A session's stage rubric: the criteria of the edition's rubric that staff chose for
//! judging on stage (a shorter list). No rows for a session: the whole rubric. Kept in
//! its own table, so the rubric's own tables are untouched; a criterion that leaves the
//! rubric leaves every stage rubric with it.

use crate::helpers::cascade;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PitchSessions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum RubricCriteria {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum LiveStageCriteria {
    Table,
    SessionId,
    CriterionId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(LiveStageCriteria::Table)
                    .col(uuid(LiveStageCriteria::SessionId))
                    .col(uuid(LiveStageCriteria::CriterionId))
                    .primary_key(
                        Index::create()
                            .col(LiveStageCriteria::SessionId)
                            .col(LiveStageCriteria::CriterionId),
                    )
                    .foreign_key(&mut cascade(
                        (LiveStageCriteria::Table, LiveStageCriteria::SessionId),
                        (PitchSessions::Table, PitchSessions::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (LiveStageCriteria::Table, LiveStageCriteria::CriterionId),
                        (RubricCriteria::Table, RubricCriteria::Id),
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(LiveStageCriteria::Table).to_owned())
            .await
    }
}
