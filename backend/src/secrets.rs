//! Password hashing (argon2id, OWASP parameters) and random tokens stored only as hashes.

use super::ServiceError;
use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::{Algorithm, Argon2, Params, Version};
use rand::RngCore;
use sha2::{Digest, Sha256};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use tokio::sync::Semaphore;

/// OWASP's argon2id recommendation: 19 MiB of memory, 2 iterations, 1 lane.
fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// How many argon2 computations may run at once in this process: one per core (at
/// least two). Each holds 19 MiB while it runs, so without a bound a flood of requests
/// that hash (sign-up, reset, log-in) grows memory without limit.
fn hashing_permits() -> Arc<Semaphore> {
    static PERMITS: OnceLock<Arc<Semaphore>> = OnceLock::new();
    PERMITS
        .get_or_init(|| Arc::new(Semaphore::new(hashing_slots())))
        .clone()
}

fn hashing_slots() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get().max(2))
}

/// How long a request waits for a hashing slot before it is told to come back.
const HASHING_QUEUE_WAIT: std::time::Duration = std::time::Duration::from_secs(20);

/// Runs one argon2 job on the blocking pool once a process-wide slot is free; every
/// hash and verify goes through here.
async fn with_hashing_slot<T: Send + 'static>(
    job: impl FnOnce() -> Result<T, ServiceError> + Send + 'static,
) -> Result<T, ServiceError> {
    let permit = tokio::time::timeout(HASHING_QUEUE_WAIT, hashing_permits().acquire_owned())
        .await
        .map_err(|_| ServiceError::RateLimited(5))?
        .map_err(|e| ServiceError::Internal(format!("hashing semaphore: {e}")))?;
    // The permit moves into the job: a caller that gives up (a closed connection) does
    // not free the slot before the computation ends.
    tokio::task::spawn_blocking(move || {
        let _permit = permit;
        STARTED.fetch_add(1, Ordering::Relaxed);
        let now = RUNNING.fetch_add(1, Ordering::SeqCst) + 1;
        PEAK.fetch_max(now, Ordering::SeqCst);
        let result = job();
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        result
    })
    .await
    .map_err(|e| ServiceError::Internal(format!("hash task: {e}")))?
}

static STARTED: AtomicU64 = AtomicU64::new(0);
static RUNNING: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

/// What the hashing pool has done in this process (for tests and metrics).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HashingStats {
    /// Hashes and verifications started since the process began.
    pub started: u64,
    /// The most that ever ran at the same moment.
    pub peak: usize,
    /// How many may run at once.
    pub slots: usize,
}

pub fn hashing_stats() -> HashingStats {
    HashingStats {
        started: STARTED.load(Ordering::SeqCst),
        peak: PEAK.load(Ordering::SeqCst),
        slots: hashing_slots(),
    }
}

/// Hashing is CPU- and memory-heavy: keep it off the async workers, a few at a time.
pub async fn hash_password(password: &str) -> Result<String, ServiceError> {
    let password = password.to_string();
    with_hashing_slot(move || {
        let salt = SaltString::generate(&mut OsRng);
        hasher()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| ServiceError::Internal(format!("hash password: {e}")))
    })
    .await
}

/// Verifies `password` against `stored`; with no stored hash it still spends the same
/// effort, so an unknown email cannot be told from a wrong password by timing.
pub async fn verify_password(password: &str, stored: Option<String>) -> Result<bool, ServiceError> {
    let password = password.to_string();
    with_hashing_slot(move || {
        let stored = stored.unwrap_or_else(|| DUMMY_HASH.to_string());
        let parsed = PasswordHash::new(&stored)
            .map_err(|e| ServiceError::Internal(format!("stored hash: {e}")))?;
        let ok = hasher()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok();
        Ok(ok && stored != DUMMY_HASH)
    })
    .await
}

/// A hash of a random password nobody knows, used for timing equalisation.
const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$y0Pp8qaqF7WkCPlN7n9tSgLrKQ4y4jwdmPQ2m3ZlJbM";

/// A fresh 256-bit random token, URL-safe.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Tokens are stored hashed, so a leaked database row cannot be replayed.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn passwords_verify_and_unknown_users_never_match() {
        let hash = hash_password("correct horse").await.unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify_password("correct horse", Some(hash.clone()))
            .await
            .unwrap());
        assert!(!verify_password("wrong horse", Some(hash)).await.unwrap());
        assert!(!verify_password("anything", None).await.unwrap());
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert_eq!(token_hash(&a), token_hash(&a));
        assert_ne!(token_hash(&a), a);
    }
}
