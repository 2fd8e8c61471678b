//! A founder's preferred pitch times are availability windows marked `preferred`: the
//! same shape, the same pitch days, a wish the schedule tries to meet.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AvailabilityWindows {
    Table,
    Preferred,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(AvailabilityWindows::Table)
                    .add_column(boolean(AvailabilityWindows::Preferred).default(false))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(AvailabilityWindows::Table)
                    .drop_column(AvailabilityWindows::Preferred)
                    .to_owned(),
            )
            .await
    }
}
