//! The technology-needs board and signed agreements (issue 12, part B):
//! - `need_organisations`: a corporate's organisation name (one row per account);
//! - `needs`: posted by an investor or a corporate; budget range and currency, deadline,
//!   country, visibility; closed with an outcome (and the startup that took it up);
//! - `need_responses`: one per startup per need (unique index, so two founders of one
//!   team responding at once make one), optionally linking the startup's pitch whose
//!   deck the poster may then open, and the poster's shortlist mark;
//! - `agreements`: a signed outcome of an edition: kind, the startup, an account or a
//!   free-text counterparty, amount and currency, the signing date, and the need or
//!   meeting request it came from (kept as history when those go: set null);
//! - `agreement_rates`: per edition and currency, how many units of the reporting
//!   currency one unit is worth, in millionths (the reporting currency's own row is 1).

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
enum Startups {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Submissions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum MeetingRequests {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum NeedOrganisations {
    Table,
    UserId,
    Name,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Needs {
    Table,
    Id,
    PostedBy,
    Title,
    Sector,
    Description,
    BudgetMin,
    BudgetMax,
    Currency,
    Deadline,
    Country,
    /// `public` / `members`.
    Visibility,
    /// `taken_up` / `no_fit` / `withdrawn` once closed.
    Outcome,
    OutcomeStartupId,
    OutcomeNote,
    ClosedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum NeedResponses {
    Table,
    Id,
    NeedId,
    StartupId,
    RespondedBy,
    Proposal,
    /// The pitch whose deck goes with the response (linked, never copied).
    DeckSubmissionId,
    Shortlisted,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Agreements {
    Table,
    Id,
    EditionId,
    StartupId,
    CounterpartyId,
    CounterpartyName,
    /// `investment`, `mou`, `partnership`, `licensing`, `purchase`.
    Kind,
    Amount,
    Currency,
    SignedOn,
    NeedId,
    MeetingRequestId,
    RecordedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum AgreementRates {
    Table,
    EditionId,
    Currency,
    Reporting,
    RateMicro,
    UpdatedAt,
}

fn set_null(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(ForeignKeyAction::SetNull)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(NeedOrganisations::Table)
                    .col(uuid(NeedOrganisations::UserId).primary_key())
                    .col(string(NeedOrganisations::Name))
                    .col(timestamp_with_time_zone(NeedOrganisations::UpdatedAt))
                    .foreign_key(&mut cascade(
                        (NeedOrganisations::Table, NeedOrganisations::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Needs::Table)
                    .col(uuid(Needs::Id).primary_key())
                    .col(uuid(Needs::PostedBy))
                    .col(string(Needs::Title))
                    .col(string(Needs::Sector))
                    .col(text(Needs::Description))
                    .col(big_integer(Needs::BudgetMin))
                    .col(big_integer(Needs::BudgetMax))
                    .col(string(Needs::Currency))
                    .col(date(Needs::Deadline))
                    .col(string(Needs::Country))
                    .col(string(Needs::Visibility))
                    .col(string_null(Needs::Outcome))
                    .col(uuid_null(Needs::OutcomeStartupId))
                    .col(text(Needs::OutcomeNote))
                    .col(timestamp_with_time_zone_null(Needs::ClosedAt))
                    .col(timestamp_with_time_zone(Needs::CreatedAt))
                    .col(timestamp_with_time_zone(Needs::UpdatedAt))
                    .foreign_key(&mut cascade(
                        (Needs::Table, Needs::PostedBy),
                        (Users::Table, Users::Id),
                    ))
                    .foreign_key(&mut set_null(
                        (Needs::Table, Needs::OutcomeStartupId),
                        (Startups::Table, Startups::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_needs_poster",
                Needs::Table,
                &[&|| Needs::PostedBy.into_iden()],
            ))
            .await?;
        manager
            .create_index(index(
                "idx_needs_deadline",
                Needs::Table,
                &[&|| Needs::Deadline.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(NeedResponses::Table)
                    .col(uuid(NeedResponses::Id).primary_key())
                    .col(uuid(NeedResponses::NeedId))
                    .col(uuid(NeedResponses::StartupId))
                    .col(uuid(NeedResponses::RespondedBy))
                    .col(text(NeedResponses::Proposal))
                    .col(uuid_null(NeedResponses::DeckSubmissionId))
                    .col(boolean(NeedResponses::Shortlisted))
                    .col(timestamp_with_time_zone(NeedResponses::CreatedAt))
                    .foreign_key(&mut cascade(
                        (NeedResponses::Table, NeedResponses::NeedId),
                        (Needs::Table, Needs::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (NeedResponses::Table, NeedResponses::StartupId),
                        (Startups::Table, Startups::Id),
                    ))
                    .foreign_key(&mut set_null(
                        (NeedResponses::Table, NeedResponses::DeckSubmissionId),
                        (Submissions::Table, Submissions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        // One response per startup per need, whoever of its team sends it.
        manager
            .create_index(
                index(
                    "idx_need_responses_pair",
                    NeedResponses::Table,
                    &[&|| NeedResponses::NeedId.into_iden(), &|| {
                        NeedResponses::StartupId.into_iden()
                    }],
                )
                .unique()
                .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_need_responses_startup",
                NeedResponses::Table,
                &[&|| NeedResponses::StartupId.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Agreements::Table)
                    .col(uuid(Agreements::Id).primary_key())
                    .col(uuid(Agreements::EditionId))
                    .col(uuid(Agreements::StartupId))
                    .col(uuid_null(Agreements::CounterpartyId))
                    .col(string(Agreements::CounterpartyName))
                    .col(string(Agreements::Kind))
                    .col(big_integer(Agreements::Amount))
                    .col(string(Agreements::Currency))
                    .col(date(Agreements::SignedOn))
                    .col(uuid_null(Agreements::NeedId))
                    .col(uuid_null(Agreements::MeetingRequestId))
                    .col(uuid(Agreements::RecordedBy))
                    .col(timestamp_with_time_zone(Agreements::CreatedAt))
                    .foreign_key(&mut cascade(
                        (Agreements::Table, Agreements::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (Agreements::Table, Agreements::StartupId),
                        (Startups::Table, Startups::Id),
                    ))
                    .foreign_key(&mut set_null(
                        (Agreements::Table, Agreements::CounterpartyId),
                        (Users::Table, Users::Id),
                    ))
                    .foreign_key(&mut set_null(
                        (Agreements::Table, Agreements::NeedId),
                        (Needs::Table, Needs::Id),
                    ))
                    .foreign_key(&mut set_null(
                        (Agreements::Table, Agreements::MeetingRequestId),
                        (MeetingRequests::Table, MeetingRequests::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        let by_edition = index(
            "idx_agreements_edition",
            Agreements::Table,
            &[&|| Agreements::EditionId.into_iden()],
        );
        manager.create_index(by_edition).await?;
        let by_startup = index(
            "idx_agreements_startup",
            Agreements::Table,
            &[&|| Agreements::StartupId.into_iden()],
        );
        manager.create_index(by_startup).await?;
        let by_counterparty = index(
            "idx_agreements_counterparty",
            Agreements::Table,
            &[&|| Agreements::CounterpartyId.into_iden()],
        );
        manager.create_index(by_counterparty).await?;
        manager
            .create_table(
                Table::create()
                    .table(AgreementRates::Table)
                    .col(uuid(AgreementRates::EditionId))
                    .col(string(AgreementRates::Currency))
                    .col(string(AgreementRates::Reporting))
                    .col(big_integer(AgreementRates::RateMicro))
                    .col(timestamp_with_time_zone(AgreementRates::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(AgreementRates::EditionId)
                            .col(AgreementRates::Currency),
                    )
                    .foreign_key(&mut cascade(
                        (AgreementRates::Table, AgreementRates::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AgreementRates::Table.into_iden(),
            Agreements::Table.into_iden(),
            NeedResponses::Table.into_iden(),
            Needs::Table.into_iden(),
            NeedOrganisations::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
