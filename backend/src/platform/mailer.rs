//! Delivers the outbox over SMTP when `SMTP_URL` is set. Safe to run on every instance:
//! messages are claimed before sending.

use super::outbox;
use crate::AppState;
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::time::Duration;

pub type Transport = AsyncSmtpTransport<Tokio1Executor>;

/// Parses `smtp://user:pass@host:port` (STARTTLS with `?tls=required`) or `smtps://…`.
pub fn transport(url: &str) -> Result<Transport, String> {
    AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
        .map(|b| b.timeout(Some(Duration::from_secs(20))).build())
        .map_err(|e| format!("SMTP_URL is not usable: {e}"))
}

/// Sends one batch; returns how many messages went out.
pub async fn deliver_batch(
    state: &AppState,
    transport: &Transport,
) -> Result<usize, crate::ServiceError> {
    let from: Mailbox = state
        .config
        .mail_from
        .parse()
        .map_err(|e| crate::ServiceError::Internal(format!("PITCHLINE_MAIL_FROM: {e}")))?;
    let mut sent = 0;
    for message in outbox::claim(&state.db, 20).await? {
        let email = message
            .to_email
            .parse::<Mailbox>()
            .map_err(|e| e.to_string())
            .and_then(|to| {
                Message::builder()
                    .from(from.clone())
                    .to(to)
                    .subject(message.subject.clone())
                    .body(message.body.clone())
                    .map_err(|e| e.to_string())
            });
        let outcome = match email {
            Ok(email) => transport
                .send(email)
                .await
                .map(|_| ())
                .map_err(|e| e.to_string()),
            Err(e) => Err(e),
        };
        match outcome {
            Ok(()) => {
                outbox::mark_sent(&state.db, message.id).await?;
                sent += 1;
            }
            Err(error) => {
                tracing::warn!(id = %message.id, %error, "email delivery failed");
                outbox::mark_failed(&state.db, message.id, &error).await?;
            }
        }
    }
    Ok(sent)
}
