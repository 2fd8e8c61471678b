//! A database-wide lock for start-up work (migrations, the demo seed), held by one
//! process at a time across every instance of a deployment.
//!
//! PostgreSQL: a session-level advisory lock on a connection of its own (the server's
//! pool hands statements to any of its connections, and the lock belongs to one). If
//! the process dies, the session ends and the lock with it.
//! SQLite: an exclusive lock on a file beside the database (`<db>.startup-lock`); the
//! operating system releases it when the process ends. An in-memory database belongs
//! to one process and needs none.

use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection};
use std::path::PathBuf;

/// Any constant shared by every instance; "pitchline" in ASCII.
const ADVISORY_KEY: i64 = 0x7069_7463_686c_696e;

pub enum StartupLock {
    Postgres(DatabaseConnection),
    File(std::fs::File),
    None,
}

pub async fn acquire(database_url: &str) -> Result<StartupLock, String> {
    if database_url.starts_with("postgres") {
        let mut options = ConnectOptions::new(database_url.to_owned());
        options
            .max_connections(1)
            .min_connections(1)
            .sqlx_logging(false);
        let conn = Database::connect(options)
            .await
            .map_err(|e| e.to_string())?;
        conn.execute_unprepared(&format!("SELECT pg_advisory_lock({ADVISORY_KEY})"))
            .await
            .map_err(|e| e.to_string())?;
        return Ok(StartupLock::Postgres(conn));
    }
    let Some(path) = sqlite_lock_path(database_url) else {
        return Ok(StartupLock::None);
    };
    tokio::task::spawn_blocking(move || {
        // Taken before the database is first opened, so its folder may not exist yet.
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        file.lock()
            .map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(StartupLock::File(file))
    })
    .await
    .map_err(|e| e.to_string())?
}

impl StartupLock {
    pub async fn release(self) {
        match self {
            StartupLock::Postgres(conn) => {
                let unlocked = conn
                    .execute_unprepared(&format!("SELECT pg_advisory_unlock({ADVISORY_KEY})"))
                    .await;
                if let Err(e) = unlocked {
                    tracing::warn!(error = %e, "start-up lock: unlock failed (closing ends it)");
                }
                if let Err(e) = conn.close().await {
                    tracing::warn!(error = %e, "start-up lock: close failed");
                }
            }
            StartupLock::File(file) => {
                if let Err(e) = file.unlock() {
                    tracing::warn!(error = %e, "start-up lock: unlock failed (exit ends it)");
                }
            }
            StartupLock::None => {}
        }
    }
}

/// `sqlite://data/pitchline.db?mode=rwc` → `data/pitchline.db.startup-lock`.
fn sqlite_lock_path(database_url: &str) -> Option<PathBuf> {
    let path = database_url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:")
        .split('?')
        .next()
        .unwrap_or_default();
    if path.is_empty() || path.contains(":memory:") || database_url.contains("mode=memory") {
        return None;
    }
    Some(PathBuf::from(format!("{path}.startup-lock")))
}

#[cfg(test)]
mod tests {
    use super::sqlite_lock_path;
    use std::path::PathBuf;

    #[test]
    fn the_lock_file_sits_beside_the_database() {
        assert_eq!(
            sqlite_lock_path("sqlite://data/pitchline.db?mode=rwc"),
            Some(PathBuf::from("data/pitchline.db.startup-lock"))
        );
        assert_eq!(sqlite_lock_path("sqlite::memory:"), None);
    }
}
