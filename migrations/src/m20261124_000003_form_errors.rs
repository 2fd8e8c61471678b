//! A failed plain form post is sent back to its form with the error (and what was typed)
//! in the URL. Long typed text (a review comment, a description in Chinese: 4 bytes a
//! character once encoded) made that URL so long that browsers stopped sending it as
//! the `Referer` of the next post, which then landed on the home page, losing everything.
//! Long errors now wait here for a few minutes under a short random id, and the URL
//! carries only the id.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum FormErrors {
    Table,
    Id,
    Payload,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(FormErrors::Table)
                    .col(string(FormErrors::Id).primary_key())
                    .col(text(FormErrors::Payload))
                    .col(timestamp_with_time_zone(FormErrors::CreatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(FormErrors::Table).to_owned())
            .await
    }
}
