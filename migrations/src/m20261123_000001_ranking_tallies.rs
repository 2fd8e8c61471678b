//! The ranking without reading every review: running tallies per pitch and per judge
//! (kept in the transaction of each review change), a generation counter per edition
//! (bumped by the same transactions and by assignment changes) and the stored snapshot
//! of the calibrated standings (normalised means, judge offsets and assignment counts)
//! with the generation it was computed at. Reviews written before are tallied here, so an upgraded database ranks right.

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
enum PitchTallies {
    Table,
    SubmissionId,
    EditionId,
    Reviews,
    RawSum,
    RawSumSq,
    RawMin,
    RawMax,
    RawMean,
}

#[derive(DeriveIden)]
enum JudgeTallies {
    Table,
    EditionId,
    InvestorId,
    Reviews,
    RawSum,
    RawSumSq,
}

#[derive(DeriveIden)]
enum RankingGenerations {
    Table,
    EditionId,
    Generation,
}

#[derive(DeriveIden)]
enum RankingSnapshots {
    Table,
    EditionId,
    Generation,
    ComputedAt,
}

#[derive(DeriveIden)]
enum PitchStandings {
    Table,
    SubmissionId,
    EditionId,
    NormalisedMean,
    StandardError,
}

#[derive(DeriveIden)]
enum JudgeStandings {
    Table,
    EditionId,
    InvestorId,
    JudgeOffset,
    Assigned,
}

/// The statuses whose reviews count (`domain::submission::REVIEWABLE` when this was written).
const REVIEWABLE: &str =
    "('submitted', 'under_review', 'shortlisted', 'accepted', 'waitlisted', 'rejected')";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PitchTallies::Table)
                    .col(uuid(PitchTallies::SubmissionId).primary_key())
                    .col(uuid(PitchTallies::EditionId))
                    .col(integer(PitchTallies::Reviews))
                    .col(double(PitchTallies::RawSum))
                    .col(double(PitchTallies::RawSumSq))
                    .col(double(PitchTallies::RawMin))
                    .col(double(PitchTallies::RawMax))
                    .col(double(PitchTallies::RawMean))
                    .foreign_key(&mut cascade(
                        (PitchTallies::Table, PitchTallies::SubmissionId),
                        (Submissions::Table, Submissions::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (PitchTallies::Table, PitchTallies::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_pitch_tallies_edition_raw_mean",
                PitchTallies::Table,
                &[&|| PitchTallies::EditionId.into_iden(), &|| {
                    PitchTallies::RawMean.into_iden()
                }],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(JudgeTallies::Table)
                    .col(uuid(JudgeTallies::EditionId))
                    .col(uuid(JudgeTallies::InvestorId))
                    .col(integer(JudgeTallies::Reviews))
                    .col(double(JudgeTallies::RawSum))
                    .col(double(JudgeTallies::RawSumSq))
                    .primary_key(
                        Index::create()
                            .col(JudgeTallies::EditionId)
                            .col(JudgeTallies::InvestorId),
                    )
                    .foreign_key(&mut cascade(
                        (JudgeTallies::Table, JudgeTallies::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (JudgeTallies::Table, JudgeTallies::InvestorId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RankingGenerations::Table)
                    .col(uuid(RankingGenerations::EditionId).primary_key())
                    .col(big_integer(RankingGenerations::Generation))
                    .foreign_key(&mut cascade(
                        (RankingGenerations::Table, RankingGenerations::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RankingSnapshots::Table)
                    .col(uuid(RankingSnapshots::EditionId).primary_key())
                    .col(big_integer(RankingSnapshots::Generation))
                    .col(timestamp_with_time_zone(RankingSnapshots::ComputedAt))
                    .foreign_key(&mut cascade(
                        (RankingSnapshots::Table, RankingSnapshots::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PitchStandings::Table)
                    .col(uuid(PitchStandings::SubmissionId).primary_key())
                    .col(uuid(PitchStandings::EditionId))
                    .col(double(PitchStandings::NormalisedMean))
                    .col(double_null(PitchStandings::StandardError))
                    .foreign_key(&mut cascade(
                        (PitchStandings::Table, PitchStandings::SubmissionId),
                        (Submissions::Table, Submissions::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (PitchStandings::Table, PitchStandings::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_pitch_standings_edition_normalised",
                PitchStandings::Table,
                &[&|| PitchStandings::EditionId.into_iden(), &|| {
                    PitchStandings::NormalisedMean.into_iden()
                }],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(JudgeStandings::Table)
                    .col(uuid(JudgeStandings::EditionId))
                    .col(uuid(JudgeStandings::InvestorId))
                    .col(double(JudgeStandings::JudgeOffset))
                    .col(integer(JudgeStandings::Assigned))
                    .primary_key(
                        Index::create()
                            .col(JudgeStandings::EditionId)
                            .col(JudgeStandings::InvestorId),
                    )
                    .foreign_key(&mut cascade(
                        (JudgeStandings::Table, JudgeStandings::EditionId),
                        (Editions::Table, Editions::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (JudgeStandings::Table, JudgeStandings::InvestorId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_judge_standings_edition_offset",
                JudgeStandings::Table,
                &[&|| JudgeStandings::EditionId.into_iden(), &|| {
                    JudgeStandings::JudgeOffset.into_iden()
                }],
            ))
            .await?;
        // The reviews written before: the same sums the review transactions keep. The
        // standings are not computed here: no snapshot means the first ranking read
        // computes one.
        let db = manager.get_connection();
        db.execute_unprepared(&format!(
            "INSERT INTO pitch_tallies \
             (submission_id, edition_id, reviews, raw_sum, raw_sum_sq, raw_min, raw_max, raw_mean) \
             SELECT r.submission_id, s.edition_id, COUNT(*), SUM(r.weighted), \
             SUM(r.weighted * r.weighted), MIN(r.weighted), MAX(r.weighted), \
             SUM(r.weighted) / COUNT(*) \
             FROM reviews r JOIN submissions s ON s.id = r.submission_id \
             WHERE s.status IN {REVIEWABLE} GROUP BY r.submission_id, s.edition_id"
        ))
        .await?;
        db.execute_unprepared(&format!(
            "INSERT INTO judge_tallies (edition_id, investor_id, reviews, raw_sum, raw_sum_sq) \
             SELECT s.edition_id, r.investor_id, COUNT(*), SUM(r.weighted), \
             SUM(r.weighted * r.weighted) \
             FROM reviews r JOIN submissions s ON s.id = r.submission_id \
             WHERE s.status IN {REVIEWABLE} GROUP BY s.edition_id, r.investor_id"
        ))
        .await?;
        db.execute_unprepared(
            "INSERT INTO ranking_generations (edition_id, generation) SELECT id, 1 FROM editions",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            JudgeStandings::Table.into_iden(),
            PitchStandings::Table.into_iden(),
            RankingSnapshots::Table.into_iden(),
            RankingGenerations::Table.into_iden(),
            JudgeTallies::Table.into_iden(),
            PitchTallies::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
