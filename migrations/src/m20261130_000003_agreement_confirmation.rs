//! Agreements are confirmed by the other side: one party's word is not a deal. A party's
//! record waits (`status` = pending, `waiting_for` = team / counterparty / staff) until
//! the other side or staff confirm or decline it; only confirmed agreements count in an
//! edition's totals. Rows from before were recorded when anyone's word counted: they
//! stay confirmed.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Agreements {
    Table,
    Status,
    WaitingFor,
    AnsweredBy,
    AnsweredAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite alters one column at a time.
        for column in [
            string(Agreements::Status).default("confirmed").to_owned(),
            string_null(Agreements::WaitingFor).to_owned(),
            uuid_null(Agreements::AnsweredBy).to_owned(),
            timestamp_with_time_zone_null(Agreements::AnsweredAt).to_owned(),
        ] {
            let mut column = column;
            manager
                .alter_table(
                    Table::alter()
                        .table(Agreements::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            Agreements::Status,
            Agreements::WaitingFor,
            Agreements::AnsweredBy,
            Agreements::AnsweredAt,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Agreements::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
