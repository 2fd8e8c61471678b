//! An index for the name search (issue 14: list and search pages within 20 ms at
//! 100,000 startups). Search is "the name contains what was typed" (`LIKE '%q%'` on
//! `search_name`, and on `sort_name` for pinyin), which no B-tree serves: at 100,000
//! startups each search read every name, twice (the count and the page).
//!
//! - SQLite: an FTS5 table with the trigram tokenizer, `startup_name_search`, kept by
//!   triggers, answers `LIKE '%q%'` from its index for three characters or more. It
//!   keeps its own copy of the names, keyed by the startup's id, because an external-
//!   content table would key on the startups' implicit rowid, which VACUUM may renumber.
//! - PostgreSQL: trigram GIN indexes (`pg_trgm`) serve the same `LIKE` as written. If the
//!   extension cannot be created (not installed, or no right to), search works as before,
//!   without the index.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

const SQLITE_UP: [&str; 5] = [
    "CREATE VIRTUAL TABLE startup_name_search USING fts5(\
     startup_id UNINDEXED, search_name, sort_name, tokenize = 'trigram')",
    "INSERT INTO startup_name_search (startup_id, search_name, sort_name) \
     SELECT id, search_name, sort_name FROM startups",
    "CREATE TRIGGER startup_name_search_insert AFTER INSERT ON startups BEGIN \
     INSERT INTO startup_name_search (startup_id, search_name, sort_name) \
     VALUES (new.id, new.search_name, new.sort_name); END",
    // Only a change of name rewrites the entry: other edits of a startup cost nothing.
    "CREATE TRIGGER startup_name_search_update AFTER UPDATE OF search_name, sort_name \
     ON startups WHEN old.search_name IS NOT new.search_name \
     OR old.sort_name IS NOT new.sort_name BEGIN \
     DELETE FROM startup_name_search WHERE startup_id = old.id; \
     INSERT INTO startup_name_search (startup_id, search_name, sort_name) \
     VALUES (new.id, new.search_name, new.sort_name); END",
    "CREATE TRIGGER startup_name_search_delete AFTER DELETE ON startups BEGIN \
     DELETE FROM startup_name_search WHERE startup_id = old.id; END",
];

const SQLITE_DOWN: [&str; 4] = [
    "DROP TRIGGER IF EXISTS startup_name_search_delete",
    "DROP TRIGGER IF EXISTS startup_name_search_update",
    "DROP TRIGGER IF EXISTS startup_name_search_insert",
    "DROP TABLE IF EXISTS startup_name_search",
];

const POSTGRES_UP: [&str; 2] = [
    // A migration runs in a transaction: an error here would abort it, so a missing
    // extension is caught inside the block and only noted.
    "DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm; \
     EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'pg_trgm unavailable: name search without an index'; \
     END $$",
    "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN \
     CREATE INDEX IF NOT EXISTS idx_startups_search_name_trgm ON startups \
     USING gin (search_name gin_trgm_ops); \
     CREATE INDEX IF NOT EXISTS idx_startups_sort_name_trgm ON startups \
     USING gin (sort_name gin_trgm_ops); \
     END IF; END $$",
];

const POSTGRES_DOWN: [&str; 2] = [
    "DROP INDEX IF EXISTS idx_startups_sort_name_trgm",
    "DROP INDEX IF EXISTS idx_startups_search_name_trgm",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let statements: &[&str] = match manager.get_database_backend() {
            DbBackend::Sqlite => &SQLITE_UP,
            DbBackend::Postgres => &POSTGRES_UP,
            _ => &[],
        };
        run(manager, statements).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let statements: &[&str] = match manager.get_database_backend() {
            DbBackend::Sqlite => &SQLITE_DOWN,
            DbBackend::Postgres => &POSTGRES_DOWN,
            _ => &[],
        };
        run(manager, statements).await
    }
}

async fn run(manager: &SchemaManager<'_>, statements: &[&str]) -> Result<(), DbErr> {
    let db = manager.get_connection();
    for statement in statements {
        db.execute_unprepared(statement).await?;
    }
    Ok(())
}
