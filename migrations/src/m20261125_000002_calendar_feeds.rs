//! Personal calendar feeds: a secret URL per person and edition (`/calendar/<token>.ics`)
//! that lists only their own pitch slots and panels. Only the token's hash is stored, so
//! a leaked table subscribes nobody to anything; a revoked feed keeps its row (and its
//! hash, so the old URL keeps answering 404 rather than ever meaning something else).

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
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum CalendarFeeds {
    Table,
    Id,
    TokenHash,
    UserId,
    EditionId,
    CreatedAt,
    RevokedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CalendarFeeds::Table)
                    .col(uuid(CalendarFeeds::Id).primary_key())
                    .col(string(CalendarFeeds::TokenHash))
                    .col(uuid(CalendarFeeds::UserId))
                    .col(uuid(CalendarFeeds::EditionId))
                    .col(timestamp_with_time_zone(CalendarFeeds::CreatedAt))
                    .col(timestamp_with_time_zone_null(CalendarFeeds::RevokedAt))
                    .foreign_key(&mut cascade(
                        (CalendarFeeds::Table, CalendarFeeds::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (CalendarFeeds::Table, CalendarFeeds::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                index(
                    "idx_calendar_feeds_token_hash",
                    CalendarFeeds::Table,
                    &[&|| CalendarFeeds::TokenHash.into_iden()],
                )
                .unique()
                .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_calendar_feeds_user_edition",
                CalendarFeeds::Table,
                &[&|| CalendarFeeds::UserId.into_iden(), &|| {
                    CalendarFeeds::EditionId.into_iden()
                }],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(CalendarFeeds::Table).to_owned())
            .await
    }
}
