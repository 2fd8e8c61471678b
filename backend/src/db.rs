//! Opening the database. SQLite (the embedded default) gets WAL, foreign keys, a busy
//! timeout and `synchronous=NORMAL`: with WAL, NORMAL cannot corrupt the database and
//! loses at most the last commits on power loss (not on a process crash), a fair price
//! for several times faster commits. PostgreSQL needs no such tuning.

use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, Database, DatabaseConnection, DatabaseTransaction, DbErr,
    SqliteTransactionMode, TransactionOptions, TransactionTrait,
};
use std::time::Duration;

/// The connection every service takes.
pub type Db = DatabaseConnection;

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/pitchline.db?mode=rwc";

pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .sqlx_logging(false)
        .acquire_timeout(Duration::from_secs(10));
    if url.starts_with("sqlite:") {
        ensure_sqlite_dir(url)?;
        // A SQLite connection is a file this process opened: nothing between can drop it.
        // The pool's default ping on every checkout is one more round trip to the
        // connection's thread for each statement: `auth/me` served 22 % more without it.
        options.test_before_acquire(false);
        options.map_sqlx_sqlite_opts(|o| {
            o.journal_mode(SqliteJournalMode::Wal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
                .synchronous(SqliteSynchronous::Normal)
        });
        // An in-memory database exists once per connection: keep exactly one.
        if url.contains(":memory:") || url.contains("mode=memory") {
            options.max_connections(1).min_connections(1);
        } else {
            options.max_connections(pool_size(SQLITE_POOL));
        }
    } else {
        // A server, a proxy or a firewall may drop a connection that sat idle; a busy
        // one is known alive, and the ping on every checkout cost a round trip each.
        options
            .test_before_acquire_if_idle_for(Duration::from_secs(30))
            .max_connections(pool_size(POSTGRES_POOL));
    }
    Database::connect(options).await
}

/// Pooled connections to a SQLite file. Each is a thread with its own page cache. On the
/// 2-core machine four served as many or more requests than eight on every page with
/// 20–37 MB less memory (BENCHMARKS.md, memory), and a full bench run confirmed it.
const SQLITE_POOL: u32 = 4;
const POSTGRES_POOL: u32 = 16;
const POOL_SETTING: &str = "PITCHLINE_DB_CONNECTIONS";

/// The pool size: `PITCHLINE_DB_CONNECTIONS` if set, else `default`.
fn pool_size(default: u32) -> u32 {
    let raw = std::env::var(POOL_SETTING).ok();
    match parse_pool_size(raw.as_deref()) {
        Ok(size) => size.unwrap_or(default),
        Err(raw) => {
            tracing::warn!(
                "{POOL_SETTING}={raw:?} is not a whole number from 1 to 256; using {default}"
            );
            default
        }
    }
}

/// `None` when unset or blank; the raw text back when it is not 1 to 256.
fn parse_pool_size(raw: Option<&str>) -> Result<Option<u32>, &str> {
    match raw.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => match v.parse::<u32>() {
            Ok(n) if (1..=256).contains(&n) => Ok(Some(n)),
            _ => Err(v),
        },
    }
}

/// `sqlite://data/pitchline.db` needs `data/` to exist before SQLite can create the file.
fn ensure_sqlite_dir(url: &str) -> Result<(), DbErr> {
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:")
        .split('?')
        .next()
        .unwrap_or_default();
    if path.is_empty() || path.contains(":memory:") {
        return Ok(());
    }
    if let Some(parent) = std::path::Path::new(path).parent() {
        if !parent.as_os_str().is_empty() {
            std::fs::create_dir_all(parent)
                .map_err(|e| DbErr::Custom(format!("cannot create {}: {e}", parent.display())))?;
        }
    }
    Ok(())
}

/// Begins a transaction that will write. On SQLite it takes the write lock up front
/// (`BEGIN IMMEDIATE`), so it waits on the busy timeout instead of failing with
/// SQLITE_BUSY when a read lock would later need upgrading.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
}

/// Joins `table` to `stmt` on `on`, the tables read in the order written. SQLite plans
/// without statistics (the app runs no `ANALYZE`) and starts from whichever table has an
/// equality on an index, even when the written order reads a few rows instead of the
/// whole edition; `CROSS JOIN` is SQLite's documented way to keep the order. sea-query
/// writes no `ON` for a cross join, so the condition goes to `WHERE`: the same rows as
/// the inner join. PostgreSQL plans from its statistics and takes the inner join.
pub fn join_in_order(
    db: &impl sea_orm::ConnectionTrait,
    stmt: &mut sea_orm::sea_query::SelectStatement,
    table: impl sea_orm::sea_query::IntoTableRef,
    on: sea_orm::sea_query::Expr,
) {
    match db.get_database_backend() {
        sea_orm::DbBackend::Sqlite => {
            stmt.cross_join(table).and_where(on);
        }
        _ => {
            stmt.inner_join(table, on);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse_pool_size;

    #[test]
    fn a_pool_size_is_a_whole_number_from_one_to_256() {
        assert_eq!(parse_pool_size(None), Ok(None));
        assert_eq!(parse_pool_size(Some("  ")), Ok(None));
        assert_eq!(parse_pool_size(Some(" 4 ")), Ok(Some(4)));
        assert_eq!(parse_pool_size(Some("256")), Ok(Some(256)));
        for bad in ["0", "257", "four", "-1", "2.5"] {
            assert_eq!(parse_pool_size(Some(bad)), Err(bad), "{bad}");
        }
    }
}
