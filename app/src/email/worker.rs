//! Sends what is pending in the outbox, oldest first, retrying with backoff.
use super::eml::render_eml;
use crate::entities::outbox_email;
use crate::error::AppError;
use chrono::{DateTime, Duration, Utc};
use lettre::{Address, AsyncSmtpTransport, AsyncTransport, Tokio1Executor, address::Envelope};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use std::path::PathBuf;

/// Wait before retry n (1-based); after the last, the message is marked failed.
pub const BACKOFF_MINUTES: [i64; 5] = [1, 5, 30, 120, 720];

#[derive(Clone)]
pub enum Transport {
    /// Development and tests: each message becomes `<dir>/<id>.eml`.
    Folder { dir: PathBuf, from: String },
    /// Production: an SMTP server (`SMTP_URL`).
    Smtp {
        mailer: AsyncSmtpTransport<Tokio1Executor>,
        from: String,
        envelope_from: Address,
    },
}

impl std::fmt::Debug for Transport {
    // The SMTP URL may hold a password: never print it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Transport::Folder { dir, .. } => write!(f, "Folder({})", dir.display()),
            Transport::Smtp { .. } => f.write_str("Smtp"),
        }
    }
}

/// The address in `Name <address>` or a bare address.
fn address_of(mailbox: &str) -> Result<Address, String> {
    let bare = match (mailbox.rfind('<'), mailbox.rfind('>')) {
        (Some(start), Some(end)) if start < end => &mailbox[start + 1..end],
        _ => mailbox,
    };
    bare.trim()
        .parse()
        .map_err(|e| format!("not an email address: {bare:?} ({e})"))
}

impl Transport {
    /// Development and tests: `.eml` files in `dir`. `from` is the sender, e.g. `Name
    /// <noreply@x.dk>`, refused here as in [`Transport::smtp`] when it is no address.
    pub fn folder(dir: impl Into<PathBuf>, from: &str) -> Result<Self, String> {
        address_of(from).map_err(|e| format!("MAIL_FROM: {e}"))?;
        Ok(Transport::Folder {
            dir: dir.into(),
            from: from.to_owned(),
        })
    }

    /// An SMTP transport from a URL such as `smtps://user:pass@smtp.example.dk` (implicit
    /// TLS), `smtp://…?tls=required` (STARTTLS) or `smtp://localhost:25` (plain, for a
    /// relay on the same machine). `from` is the sender, e.g. `Name <noreply@x.dk>`.
    pub fn smtp(url: &str, from: &str) -> Result<Self, String> {
        let envelope_from = address_of(from).map_err(|e| format!("MAIL_FROM: {e}"))?;
        let mailer = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| format!("SMTP_URL: {e}"))?
            .timeout(Some(std::time::Duration::from_secs(30)))
            .build();
        Ok(Transport::Smtp {
            mailer,
            from: from.to_owned(),
            envelope_from,
        })
    }

    async fn send(&self, row: &outbox_email::Model, now: DateTime<Utc>) -> Result<(), String> {
        let from = match self {
            Transport::Folder { from, .. } | Transport::Smtp { from, .. } => from,
        };
        let eml = render_eml(
            row.id,
            from,
            &row.to_address,
            &row.subject,
            &row.body_text,
            now,
        );
        match self {
            Transport::Folder { dir, .. } => {
                std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
                std::fs::write(dir.join(format!("{:06}.eml", row.id)), eml)
                    .map_err(|e| e.to_string())
            }
            Transport::Smtp {
                mailer,
                envelope_from,
                ..
            } => {
                let to = address_of(&row.to_address)?;
                let envelope = Envelope::new(Some(envelope_from.clone()), vec![to])
                    .map_err(|e| e.to_string())?;
                mailer
                    .send_raw(&envelope, eml.as_bytes())
                    .await
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            }
        }
    }
}

/// Sends up to `batch` due messages; returns how many were sent.
pub async fn send_pending(
    db: &impl ConnectionTrait,
    transport: &Transport,
    now: DateTime<Utc>,
    batch: u64,
) -> Result<usize, AppError> {
    let due = outbox_email::Entity::find()
        .filter(outbox_email::Column::Status.eq("pending"))
        .filter(outbox_email::Column::NextAttemptAt.lte(now))
        .order_by_asc(outbox_email::Column::Id)
        .limit(batch)
        .all(db)
        .await?;
    let mut sent = 0;
    for row in due {
        let outcome = transport.send(&row, now).await;
        let attempts = row.attempts + 1;
        let mut active: outbox_email::ActiveModel = row.into();
        active.attempts = Set(attempts);
        match outcome {
            Ok(()) => {
                active.status = Set("sent".to_owned());
                active.sent_at = Set(Some(now));
                active.last_error = Set(None);
                sent += 1;
            }
            Err(error) => {
                tracing::warn!(%error, attempts, "email not sent; will retry");
                active.last_error = Set(Some(error));
                match BACKOFF_MINUTES.get(attempts as usize - 1) {
                    Some(minutes) => {
                        active.next_attempt_at = Set(now + Duration::minutes(*minutes));
                    }
                    None => active.status = Set("failed".to_owned()),
                }
            }
        }
        active.update(db).await?;
    }
    Ok(sent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_envelope_address_comes_from_a_named_mailbox_or_a_bare_one() {
        assert_eq!(
            address_of("Socialøkonomi <noreply@kommune.dk>")
                .unwrap()
                .to_string(),
            "noreply@kommune.dk"
        );
        assert_eq!(address_of(" a@b.dk ").unwrap().to_string(), "a@b.dk");
        assert!(address_of("Nobody <>").is_err());
        assert!(address_of("not an address").is_err());
    }

    #[test]
    fn a_bad_smtp_url_or_sender_is_refused_at_start() {
        assert!(Transport::smtp("smtps://smtp.example.dk", "x <noreply@x.dk>").is_ok());
        assert!(Transport::smtp("smtp://localhost:2525", "noreply@x.dk").is_ok());
        let bad_url = Transport::smtp("http://smtp.example.dk", "noreply@x.dk").unwrap_err();
        assert!(bad_url.starts_with("SMTP_URL"), "{bad_url}");
        let bad_from = Transport::smtp("smtps://smtp.example.dk", "nobody").unwrap_err();
        assert!(bad_from.starts_with("MAIL_FROM"), "{bad_from}");
        // The URL's password never shows in logs.
        let t = Transport::smtp("smtps://u:secret@smtp.example.dk", "noreply@x.dk").unwrap();
        assert!(!format!("{t:?}").contains("secret"));
    }
}
