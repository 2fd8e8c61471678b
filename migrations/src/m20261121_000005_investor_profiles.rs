//! Investors' profiles and theses, one per investor.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum InvestorProfiles {
    Table,
    UserId,
    Firm,
    Title,
    Sectors,
    Stages,
    TicketMin,
    TicketMax,
    Currency,
    Geographies,
    Portfolio,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(InvestorProfiles::Table)
                    .col(uuid(InvestorProfiles::UserId).primary_key())
                    .col(string(InvestorProfiles::Firm))
                    .col(string(InvestorProfiles::Title))
                    .col(text(InvestorProfiles::Sectors))
                    .col(text(InvestorProfiles::Stages))
                    .col(big_integer_null(InvestorProfiles::TicketMin))
                    .col(big_integer_null(InvestorProfiles::TicketMax))
                    .col(string(InvestorProfiles::Currency))
                    .col(text(InvestorProfiles::Geographies))
                    .col(text(InvestorProfiles::Portfolio))
                    .col(timestamp_with_time_zone(InvestorProfiles::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(InvestorProfiles::Table, InvestorProfiles::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(InvestorProfiles::Table).to_owned())
            .await
    }
}
