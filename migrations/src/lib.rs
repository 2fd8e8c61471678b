//! Schema migrations, identical on SQLite and PostgreSQL. Run at server start-up,
//! by `pitchline migrate`, or by this crate's own `migrate` CLI.

pub use sea_orm_migration::prelude::*;

mod helpers;
mod m20261121_000001_accounts;
mod m20261121_000002_editions;
mod m20261121_000003_startups;
mod m20261121_000004_audit_index;
mod m20261121_000005_investor_profiles;
mod m20261121_000006_reviews;
mod m20261122_000001_stage_codes;
mod m20261123_000001_ranking_tallies;
mod m20261123_000002_decision_undo;
mod m20261124_000001_user_language;
mod m20261124_000002_startup_sort_name;
mod m20261124_000003_form_errors;
mod m20261125_000001_pitch_rounds;
mod m20261125_000002_calendar_feeds;
mod m20261125_000003_judge_availability;
mod m20261125_000004_schedule_rule_levels;
mod m20261125_000005_preferred_pitch_times;
mod m20261126_000001_live_sessions;
mod m20261127_000001_attendance;
mod m20261128_000001_live_stage_rubric;
mod m20261128_000002_score_anchors;
mod m20261128_000003_meetings;
mod m20261128_000004_meeting_runs;
mod m20261129_000001_pipeline;
mod m20261129_000002_needs_and_deals;
mod m20261130_000001_released_meetings;
mod m20261130_000002_email_verified;
mod m20261130_000003_agreement_confirmation;
mod m20261201_000001_startup_name_search;
mod m20261202_000001_assignment_edition;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261121_000001_accounts::Migration),
            Box::new(m20261121_000002_editions::Migration),
            Box::new(m20261121_000003_startups::Migration),
            Box::new(m20261121_000004_audit_index::Migration),
            Box::new(m20261121_000005_investor_profiles::Migration),
            Box::new(m20261121_000006_reviews::Migration),
            Box::new(m20261122_000001_stage_codes::Migration),
            Box::new(m20261123_000001_ranking_tallies::Migration),
            Box::new(m20261123_000002_decision_undo::Migration),
            Box::new(m20261124_000001_user_language::Migration),
            Box::new(m20261124_000002_startup_sort_name::Migration),
            Box::new(m20261124_000003_form_errors::Migration),
            Box::new(m20261125_000001_pitch_rounds::Migration),
            Box::new(m20261125_000002_calendar_feeds::Migration),
            Box::new(m20261125_000003_judge_availability::Migration),
            Box::new(m20261125_000004_schedule_rule_levels::Migration),
            Box::new(m20261125_000005_preferred_pitch_times::Migration),
            Box::new(m20261126_000001_live_sessions::Migration),
            Box::new(m20261127_000001_attendance::Migration),
            Box::new(m20261128_000001_live_stage_rubric::Migration),
            Box::new(m20261128_000002_score_anchors::Migration),
            Box::new(m20261128_000003_meetings::Migration),
            Box::new(m20261128_000004_meeting_runs::Migration),
            Box::new(m20261129_000001_pipeline::Migration),
            Box::new(m20261129_000002_needs_and_deals::Migration),
            Box::new(m20261130_000001_released_meetings::Migration),
            Box::new(m20261130_000002_email_verified::Migration),
            Box::new(m20261130_000003_agreement_confirmation::Migration),
            Box::new(m20261201_000001_startup_name_search::Migration),
            Box::new(m20261202_000001_assignment_edition::Migration),
        ]
    }
}
