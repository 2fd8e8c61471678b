use crate::db::begin_write;
use crate::model::rate_limit;
use crate::ServiceError;
use chrono::{DateTime, Duration, Utc};
use domain::rate_limit::{attempt, Limit, Verdict, Window, LONGEST_WINDOW};
use sea_orm::sea_query::OnConflict;
use sea_orm::{entity::prelude::*, ActiveValue::Set, QuerySelect};

/// Wrong guesses at one account from one address.
pub const LOGIN_PER_EMAIL_AND_IP: Limit = Limit {
    max_attempts: 10,
    window: Duration::minutes(15),
};
/// Attempts at one account from anywhere: only a guessing campaign spread over many
/// addresses reaches it.
pub const LOGIN_PER_EMAIL: Limit = Limit {
    max_attempts: 100,
    window: Duration::minutes(15),
};
pub const LOGIN_PER_IP: Limit = Limit {
    max_attempts: 50,
    window: Duration::minutes(15),
};
pub const SIGNUP_PER_IP: Limit = Limit {
    max_attempts: 20,
    window: Duration::hours(1),
};
/// Sign-up emails (the link, or the note that someone tried a known address, or the
/// link again at log-in) to one address, and from one client address.
pub const SIGNUP_MAILS_PER_EMAIL: Limit = Limit {
    max_attempts: 3,
    window: Duration::hours(1),
};
pub const SIGNUP_MAILS_PER_IP: Limit = Limit {
    max_attempts: 20,
    window: Duration::hours(1),
};
pub const RESET_PER_EMAIL: Limit = Limit {
    max_attempts: 5,
    window: Duration::hours(1),
};
pub const RESET_PER_IP: Limit = Limit {
    max_attempts: 20,
    window: Duration::hours(1),
};
/// Setting a new password from a reset link (each try may hash a password).
pub const RESET_USE_PER_IP: Limit = Limit {
    max_attempts: 20,
    window: Duration::hours(1),
};
/// Co-founder invitations one person sends (each is an email from the conference's
/// sender to any address).
pub const COFOUNDER_INVITES_PER_USER: Limit = Limit {
    max_attempts: 20,
    window: Duration::days(1),
};
/// Co-founder invitations to one startup, whoever on its team sends them.
pub const COFOUNDER_INVITES_PER_STARTUP: Limit = Limit {
    max_attempts: 10,
    window: Duration::days(1),
};
/// Startups one account creates (on top of the cap of teams in `domain::startup`).
pub const STARTUPS_PER_USER: Limit = Limit {
    max_attempts: 10,
    window: Duration::days(1),
};
pub const STARTUPS_PER_IP: Limit = Limit {
    max_attempts: 30,
    window: Duration::days(1),
};
/// Logo and deck uploads (each stores a file of up to 20 MB).
pub const UPLOADS_PER_USER: Limit = Limit {
    max_attempts: 30,
    window: Duration::hours(1),
};
pub const UPLOADS_PER_IP: Limit = Limit {
    max_attempts: 60,
    window: Duration::hours(1),
};

/// Personal calendar links one account creates (each revokes the one before).
pub const CALENDAR_FEEDS_PER_USER: Limit = Limit {
    max_attempts: 10,
    window: Duration::days(1),
};

/// Schedule releases per edition: each one may email every founder and judge whose
/// place changed, so a loop of releases must not become a mail flood.
pub const SCHEDULE_RELEASES_PER_EDITION: Limit = Limit {
    max_attempts: 30,
    window: Duration::days(1),
};

/// Releases of live-session results one staff account makes (each emails the
/// session's founders once).
pub const LIVE_RESULTS_PER_USER: Limit = Limit {
    max_attempts: 20,
    window: Duration::hours(1),
};

/// Meeting requests one account makes (each emails the other side).
pub const MEETING_REQUESTS_PER_USER: Limit = Limit {
    max_attempts: 30,
    window: Duration::hours(1),
};

/// Answers to meeting requests one account gives (each emails the other side).
pub const MEETING_REPLIES_PER_USER: Limit = Limit {
    max_attempts: 120,
    window: Duration::hours(1),
};

/// Private notes one investor writes on pipeline cards (a flood would bury a board).
pub const PIPELINE_NOTES_PER_USER: Limit = Limit {
    max_attempts: 120,
    window: Duration::hours(1),
};

/// Follow-up tasks one investor adds (each may reach the weekly digest email).
pub const PIPELINE_TASKS_PER_USER: Limit = Limit {
    max_attempts: 120,
    window: Duration::hours(1),
};

/// Digest runs one staff account triggers by hand (each may email every investor,
/// though at most once a week each).
pub const PIPELINE_DIGEST_RUNS_PER_USER: Limit = Limit {
    max_attempts: 10,
    window: Duration::hours(1),
};

/// Technology needs one account posts (each is public text on the board).
pub const NEEDS_PER_USER: Limit = Limit {
    max_attempts: 20,
    window: Duration::days(1),
};

/// Responses to needs one account sends.
pub const NEED_RESPONSES_PER_USER: Limit = Limit {
    max_attempts: 30,
    window: Duration::hours(1),
};

/// Agreements one account records.
pub const AGREEMENTS_PER_USER: Limit = Limit {
    max_attempts: 60,
    window: Duration::hours(1),
};

/// Pipeline moves, passes, revivals and sharing changes one investor makes (each writes
/// the card's history; shared stages show on founders' pages).
pub const PIPELINE_CHANGES_PER_USER: Limit = Limit {
    max_attempts: 300,
    window: Duration::hours(1),
};

/// Edits, closings, shortlist marks and organisation names one account saves on the
/// needs board (public text, and each shortlist may open a meeting request).
pub const NEED_EDITS_PER_USER: Limit = Limit {
    max_attempts: 120,
    window: Duration::hours(1),
};

/// Counts one attempt against `key`; refuses once the window's allowance is spent.
/// The row is created if missing (ignoring a concurrent creator) and then locked, so
/// simultaneous attempts on several instances are all counted.
pub async fn hit(db: &DatabaseConnection, key: &str, limit: Limit) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    let now = Utc::now();
    rate_limit::Entity::insert(rate_limit::ActiveModel {
        key: Set(key.to_string()),
        window_started_at: Set(now),
        attempts: Set(0),
    })
    .on_conflict(
        OnConflict::column(rate_limit::Column::Key)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(&txn)
    .await?;
    let row = rate_limit::Entity::find_by_id(key.to_string())
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or_else(|| ServiceError::Internal(format!("rate limit row {key} vanished")))?;
    let previous = (row.attempts > 0).then(|| Window {
        started_at: row.window_started_at,
        attempts: row.attempts.max(0) as u32,
    });
    match attempt(limit, previous, now) {
        Verdict::Deny { retry_after_secs } => {
            txn.rollback().await?;
            Err(ServiceError::RateLimited(retry_after_secs))
        }
        Verdict::Allow(window) => {
            let mut active: rate_limit::ActiveModel = row.into();
            active.window_started_at = Set(window.started_at);
            active.attempts = Set(window.attempts as i32);
            active.update(&txn).await?;
            txn.commit().await?;
            Ok(())
        }
    }
}

/// Every limit above, to check they all fit in `LONGEST_WINDOW`.
pub const ALL: [Limit; 26] = [
    LOGIN_PER_EMAIL_AND_IP,
    LOGIN_PER_EMAIL,
    LOGIN_PER_IP,
    SIGNUP_PER_IP,
    RESET_PER_EMAIL,
    RESET_PER_IP,
    RESET_USE_PER_IP,
    COFOUNDER_INVITES_PER_USER,
    COFOUNDER_INVITES_PER_STARTUP,
    STARTUPS_PER_USER,
    STARTUPS_PER_IP,
    UPLOADS_PER_USER,
    UPLOADS_PER_IP,
    CALENDAR_FEEDS_PER_USER,
    SCHEDULE_RELEASES_PER_EDITION,
    LIVE_RESULTS_PER_USER,
    MEETING_REQUESTS_PER_USER,
    MEETING_REPLIES_PER_USER,
    PIPELINE_NOTES_PER_USER,
    PIPELINE_TASKS_PER_USER,
    PIPELINE_DIGEST_RUNS_PER_USER,
    NEEDS_PER_USER,
    NEED_RESPONSES_PER_USER,
    AGREEMENTS_PER_USER,
    PIPELINE_CHANGES_PER_USER,
    NEED_EDITS_PER_USER,
];

/// Counts one upload by `user` from `client` (an address key), before a byte is stored.
pub async fn hit_upload(
    db: &DatabaseConnection,
    user: Uuid,
    client: &str,
) -> Result<(), ServiceError> {
    hit(db, &format!("upload:ip:{client}"), UPLOADS_PER_IP).await?;
    hit(db, &format!("upload:user:{user}"), UPLOADS_PER_USER).await
}

/// Deletes the counters whose window started before `now - LONGEST_WINDOW`: they no
/// longer limit anything (the background job runs this every hour).
pub async fn purge_stale(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<u64, ServiceError> {
    let done = rate_limit::Entity::delete_many()
        .filter(rate_limit::Column::WindowStartedAt.lt(now - LONGEST_WINDOW))
        .exec(db)
        .await?;
    Ok(done.rows_affected)
}

/// Forgets the counter, e.g. after a successful login.
pub async fn clear(db: &DatabaseConnection, key: &str) -> Result<(), ServiceError> {
    rate_limit::Entity::delete_by_id(key.to_string())
        .exec(db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_window_ends_before_its_counter_is_purged() {
        for limit in ALL {
            assert!(limit.window <= LONGEST_WINDOW, "{limit:?}");
        }
    }
}
