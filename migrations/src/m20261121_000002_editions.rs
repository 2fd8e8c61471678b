use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Editions {
    Table,
    Id,
    Name,
    City,
    StartsOn,
    EndsOn,
    TimeZone,
    SubmissionDeadline,
    IsCurrent,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Tracks {
    Table,
    Id,
    EditionId,
    Name,
    Position,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Editions::Table)
                    .col(pk_uuid(Editions::Id))
                    .col(string_uniq(Editions::Name))
                    .col(string(Editions::City))
                    .col(date(Editions::StartsOn))
                    .col(date(Editions::EndsOn))
                    .col(string(Editions::TimeZone))
                    .col(timestamp_with_time_zone(Editions::SubmissionDeadline))
                    .col(boolean(Editions::IsCurrent).default(false))
                    .col(timestamp_with_time_zone(Editions::CreatedAt))
                    .col(timestamp_with_time_zone(Editions::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Tracks::Table)
                    .col(pk_uuid(Tracks::Id))
                    .col(uuid(Tracks::EditionId))
                    .col(string(Tracks::Name))
                    .col(integer(Tracks::Position))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Tracks::Table, Tracks::EditionId)
                            .to(Editions::Table, Editions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_tracks_edition_name")
                    .table(Tracks::Table)
                    .col(Tracks::EditionId)
                    .col(Tracks::Name)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Tracks::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Editions::Table).to_owned())
            .await
    }
}
