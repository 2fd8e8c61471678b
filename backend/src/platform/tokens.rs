//! Single-use secrets sent by email: password resets, staff invitations and co-founder
//! invitations. The link carries the secret; the database keeps only its hash, so a
//! leaked table opens no account.

use crate::secrets::{new_token, token_hash};
use chrono::{DateTime, Duration, Utc};

/// A freshly issued token: `secret` goes into the email, `hash` into the table.
pub struct EmailedToken {
    pub secret: String,
    pub hash: String,
    pub expires_at: DateTime<Utc>,
}

impl EmailedToken {
    pub fn issue(lifetime: Duration) -> Self {
        let secret = new_token();
        Self {
            hash: token_hash(&secret),
            secret,
            expires_at: Utc::now() + lifetime,
        }
    }

    /// The link to `path` on this deployment that carries the token.
    pub fn link(&self, public_url: &str, path: &str) -> String {
        format!("{public_url}{path}?token={}", self.secret)
    }
}

/// The hash to look a presented token up by (pasted links may carry white space).
pub fn hash_of(presented: &str) -> String {
    token_hash(presented.trim())
}
