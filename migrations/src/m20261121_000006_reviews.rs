//! Judging: review settings and rubric per edition, conflicts of interest, reviewer
//! assignments, reviews with per-criterion scores, and investors' private marks.

use crate::helpers::{cascade, index};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Editions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Submissions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Startups {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Feedback {
    Table,
    ReviewId,
}

#[derive(DeriveIden)]
enum ReviewSettings {
    Table,
    EditionId,
    ReviewsPerPitch,
    PhaseOpen,
    Visibility,
    Blind,
    Browse,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum RubricCriteria {
    Table,
    Id,
    EditionId,
    Position,
    Name,
    Guidance,
    Weight,
    ScaleMax,
}

#[derive(DeriveIden)]
enum Conflicts {
    Table,
    SubmissionId,
    InvestorId,
    Reason,
    DeclaredAt,
}

#[derive(DeriveIden)]
enum Assignments {
    Table,
    SubmissionId,
    InvestorId,
    Source,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Reviews {
    Table,
    Id,
    SubmissionId,
    InvestorId,
    Scores,
    Weighted,
    Comment,
    PrivateNote,
    Recommendation,
    Released,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum InvestorMarks {
    Table,
    InvestorId,
    StartupId,
    Starred,
    Tags,
    Interest,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ReviewSettings::Table)
                    .col(uuid(ReviewSettings::EditionId).primary_key())
                    .col(integer(ReviewSettings::ReviewsPerPitch))
                    .col(boolean(ReviewSettings::PhaseOpen))
                    .col(string(ReviewSettings::Visibility))
                    .col(boolean(ReviewSettings::Blind))
                    .col(boolean(ReviewSettings::Browse))
                    .col(timestamp_with_time_zone(ReviewSettings::UpdatedAt))
                    .foreign_key(&mut cascade(
                        (ReviewSettings::Table, ReviewSettings::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RubricCriteria::Table)
                    .col(uuid(RubricCriteria::Id).primary_key())
                    .col(uuid(RubricCriteria::EditionId))
                    .col(integer(RubricCriteria::Position))
                    .col(string(RubricCriteria::Name))
                    .col(text(RubricCriteria::Guidance))
                    .col(integer(RubricCriteria::Weight))
                    .col(integer(RubricCriteria::ScaleMax))
                    .foreign_key(&mut cascade(
                        (RubricCriteria::Table, RubricCriteria::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        // Unique, so two servers filling in the default rubric at once cannot double it.
        manager
            .create_index(
                index(
                    "idx_rubric_criteria_edition_position",
                    RubricCriteria::Table,
                    &[&|| RubricCriteria::EditionId.into_iden(), &|| {
                        RubricCriteria::Position.into_iden()
                    }],
                )
                .unique()
                .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Conflicts::Table)
                    .col(uuid(Conflicts::SubmissionId))
                    .col(uuid(Conflicts::InvestorId))
                    .col(text(Conflicts::Reason))
                    .col(timestamp_with_time_zone(Conflicts::DeclaredAt))
                    .primary_key(
                        Index::create()
                            .col(Conflicts::SubmissionId)
                            .col(Conflicts::InvestorId),
                    )
                    .foreign_key(&mut cascade(
                        (Conflicts::Table, Conflicts::SubmissionId),
                        (Submissions::Table, Submissions::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (Conflicts::Table, Conflicts::InvestorId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Assignments::Table)
                    .col(uuid(Assignments::SubmissionId))
                    .col(uuid(Assignments::InvestorId))
                    .col(string(Assignments::Source))
                    .col(timestamp_with_time_zone(Assignments::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(Assignments::SubmissionId)
                            .col(Assignments::InvestorId),
                    )
                    .foreign_key(&mut cascade(
                        (Assignments::Table, Assignments::SubmissionId),
                        (Submissions::Table, Submissions::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (Assignments::Table, Assignments::InvestorId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_assignments_investor",
                Assignments::Table,
                &[&|| Assignments::InvestorId.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Reviews::Table)
                    .col(uuid(Reviews::Id).primary_key())
                    .col(uuid(Reviews::SubmissionId))
                    .col(uuid(Reviews::InvestorId))
                    .col(text(Reviews::Scores))
                    .col(double(Reviews::Weighted))
                    .col(text(Reviews::Comment))
                    .col(text(Reviews::PrivateNote))
                    .col(string(Reviews::Recommendation))
                    .col(boolean(Reviews::Released))
                    .col(timestamp_with_time_zone(Reviews::CreatedAt))
                    .col(timestamp_with_time_zone(Reviews::UpdatedAt))
                    .foreign_key(&mut cascade(
                        (Reviews::Table, Reviews::SubmissionId),
                        (Submissions::Table, Submissions::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (Reviews::Table, Reviews::InvestorId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                index(
                    "idx_reviews_submission_investor",
                    Reviews::Table,
                    &[&|| Reviews::SubmissionId.into_iden(), &|| {
                        Reviews::InvestorId.into_iden()
                    }],
                )
                .unique()
                .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_reviews_investor",
                Reviews::Table,
                &[&|| Reviews::InvestorId.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(InvestorMarks::Table)
                    .col(uuid(InvestorMarks::InvestorId))
                    .col(uuid(InvestorMarks::StartupId))
                    .col(boolean(InvestorMarks::Starred))
                    .col(text(InvestorMarks::Tags))
                    .col(string(InvestorMarks::Interest))
                    .col(timestamp_with_time_zone(InvestorMarks::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(InvestorMarks::InvestorId)
                            .col(InvestorMarks::StartupId),
                    )
                    .foreign_key(&mut cascade(
                        (InvestorMarks::Table, InvestorMarks::InvestorId),
                        (Users::Table, Users::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (InvestorMarks::Table, InvestorMarks::StartupId),
                        (Startups::Table, Startups::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_investor_marks_startup",
                InvestorMarks::Table,
                &[&|| InvestorMarks::StartupId.into_iden()],
            ))
            .await?;
        // Which review a released comment came from, so staff can take it back.
        manager
            .alter_table(
                Table::alter()
                    .table(Feedback::Table)
                    .add_column(uuid_null(Feedback::ReviewId))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Feedback::Table)
                    .drop_column(Feedback::ReviewId)
                    .to_owned(),
            )
            .await?;
        for table in [
            InvestorMarks::Table.into_iden(),
            Reviews::Table.into_iden(),
            Assignments::Table.into_iden(),
            Conflicts::Table.into_iden(),
            RubricCriteria::Table.into_iden(),
            ReviewSettings::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
