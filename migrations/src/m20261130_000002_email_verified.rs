//! Email verification (issue 13, items 9 and 10): a founder who signs up proves the
//! address before it counts for anything (conflicts by mail domain, a firm's pipeline
//! board). `users.email_verified_at` is empty until then; every account that exists when
//! this runs (demo accounts, invited people, accounts made from the command line) is
//! taken as verified from its creation. `email_verifications` keeps the single-use,
//! expiring links by the hash of their secret, like password resets.

use crate::helpers::{cascade, index};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    CreatedAt,
    EmailVerifiedAt,
}

#[derive(DeriveIden)]
enum EmailVerifications {
    Table,
    TokenHash,
    UserId,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(timestamp_with_time_zone_null(Users::EmailVerifiedAt))
                    .to_owned(),
            )
            .await?;
        let verified_from_creation = Query::update()
            .table(Users::Table)
            .value(Users::EmailVerifiedAt, Expr::col(Users::CreatedAt))
            .to_owned();
        manager
            .get_connection()
            .execute(&verified_from_creation)
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EmailVerifications::Table)
                    .col(string(EmailVerifications::TokenHash).primary_key())
                    .col(uuid(EmailVerifications::UserId))
                    .col(timestamp_with_time_zone(EmailVerifications::CreatedAt))
                    .col(timestamp_with_time_zone(EmailVerifications::ExpiresAt))
                    .col(timestamp_with_time_zone_null(EmailVerifications::UsedAt))
                    .foreign_key(&mut cascade(
                        (EmailVerifications::Table, EmailVerifications::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_email_verifications_user",
                EmailVerifications::Table,
                &[&|| EmailVerifications::UserId.into_iden()],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(EmailVerifications::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .drop_column(Users::EmailVerifiedAt)
                    .to_owned(),
            )
            .await
    }
}
