//! Investor theses stored their stages under the Rust variant names (`["Seed"]`) while
//! every other wire used codes (`seed`), so thesis stages never counted in assignment.
//! Stages are codes everywhere now; this rewrites the rows saved before.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const RENAMES: [(&str, &str); 6] = [
    ("Idea", "idea"),
    ("PreSeed", "pre_seed"),
    ("Seed", "seed"),
    ("SeriesA", "series_a"),
    ("SeriesBPlus", "series_b_plus"),
    ("Growth", "growth"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for (old, new) in RENAMES {
            // Quoted, so `"Seed"` never touches `"SeriesA"`; REPLACE is the same on both
            // databases.
            db.execute_unprepared(&format!(
                "UPDATE investor_profiles SET stages = REPLACE(stages, '\"{old}\"', '\"{new}\"')"
            ))
            .await?;
        }
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Codes are also what the old code wrote for every other enum: nothing to undo.
        Ok(())
    }
}
