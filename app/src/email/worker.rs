//! Sends what is pending in the outbox, oldest first, retrying with backoff. Each message is
//! claimed before it is sent, so two instances (or two overlapping runs) never send one
//! twice; one that dies while sending leaves it to be sent again after [`LEASE`].
use super::eml::render_eml;
use crate::entities::outbox_email;
use crate::error::AppError;
use crate::shutdown::Stopping;
use chrono::{DateTime, Duration, Utc};
use lettre::{Address, AsyncSmtpTransport, AsyncTransport, Tokio1Executor, address::Envelope};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use std::path::PathBuf;

/// Wait before retry n (1-based); after the last, the message is marked failed.
pub const BACKOFF_MINUTES: [i64; 5] = [1, 5, 30, 120, 720];

/// How long a claimed message is left to the instance sending it. It covers a whole batch
/// at the SMTP time-out (the claim is dated by the run's clock): a message is only sent
/// twice when its sender died after sending and before marking it sent.
pub const LEASE: Duration = Duration::hours(1);

/// What a message's body becomes once sent or given up: the text is the recipient's, and
/// our copy would keep private links (a password link, a status link) and personal data
/// in plain text.
pub const SENT_BODY: &str = "";

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

/// The development folder's file of a message.
fn file_name(id: i32) -> String {
    format!("{id:06}.eml")
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

    /// Removes what was delivered of these messages where the app can (the development
    /// folder's files, after an erasure); what an SMTP server delivered is the recipient's.
    pub fn forget(&self, ids: &[i32]) {
        if let Transport::Folder { dir, .. } = self {
            for id in ids {
                let _ = std::fs::remove_file(dir.join(file_name(*id)));
            }
        }
    }

    async fn send(&self, row: &outbox_email::Model, now: DateTime<Utc>) -> Result<(), String> {
        let from = match self {
            Transport::Folder { from, .. } | Transport::Smtp { from, .. } => from,
        };
        let eml = render_eml(
            &message_id(row, from),
            from,
            &row.to_address,
            &row.subject,
            &row.body_text,
            now,
        );
        match self {
            Transport::Folder { dir, .. } => {
                std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
                std::fs::write(dir.join(file_name(row.id)), eml).map_err(|e| e.to_string())
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

/// The message's `Message-ID`: the same on every attempt, so a receiver that gets it twice
/// (its sender died before marking it sent) can tell; unique to this installation's sender
/// domain by the row and its creation time.
fn message_id(row: &outbox_email::Model, from: &str) -> String {
    let domain = address_of(from)
        .map(|a| a.domain().to_owned())
        .unwrap_or_else(|_| "socialokonomi.invalid".to_owned());
    format!("<{}.{}@{domain}>", row.id, row.created_at.timestamp())
}

/// Takes `row` for sending: true unless another instance has taken it (or sent it) since
/// it was read.
async fn claim(
    db: &impl ConnectionTrait,
    row: &outbox_email::Model,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let taken = outbox_email::Entity::update_many()
        .col_expr(
            outbox_email::Column::NextAttemptAt,
            sea_orm::sea_query::Expr::value(now + LEASE),
        )
        .filter(outbox_email::Column::Id.eq(row.id))
        .filter(outbox_email::Column::Status.eq("pending"))
        .filter(outbox_email::Column::NextAttemptAt.lte(now))
        .exec(db)
        .await?;
    Ok(taken.rows_affected == 1)
}

/// Sends up to `batch` due messages, one at a time, until `stopping`; returns how many
/// were sent.
pub async fn send_pending(
    db: &impl ConnectionTrait,
    transport: &Transport,
    now: DateTime<Utc>,
    batch: u64,
    stopping: &Stopping,
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
        if stopping.is_requested() {
            break;
        }
        if !claim(db, &row, now).await? {
            continue;
        }
        let (id, outcome) = (row.id, transport.send(&row, now).await);
        let attempts = row.attempts + 1;
        let mut active: outbox_email::ActiveModel = row.into();
        active.attempts = Set(attempts);
        match outcome {
            Ok(()) => {
                active.status = Set("sent".to_owned());
                active.sent_at = Set(Some(now));
                active.last_error = Set(None);
                active.body_text = Set(SENT_BODY.to_owned());
                sent += 1;
            }
            Err(error) => {
                // The error (shown to admins) may name the recipient; the log does not.
                tracing::warn!(outbox_id = id, attempts, "email not sent");
                active.last_error = Set(Some(error));
                match BACKOFF_MINUTES.get(attempts as usize - 1) {
                    Some(minutes) => {
                        active.next_attempt_at = Set(now + Duration::minutes(*minutes));
                    }
                    None => {
                        active.status = Set("failed".to_owned());
                        active.body_text = Set(SENT_BODY.to_owned());
                    }
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

    #[test]
    fn a_message_keeps_its_message_id_across_attempts_and_names_the_sender_domain() {
        use chrono::TimeZone;
        let row = |id| outbox_email::Model {
            id,
            municipality_id: None,
            to_address: "a@b.dk".into(),
            subject: "s".into(),
            body_text: "b".into(),
            status: "pending".into(),
            attempts: 0,
            last_error: None,
            next_attempt_at: Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap(),
            created_at: Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap(),
            sent_at: None,
        };
        let from = "Socialøkonomi <noreply@aalborg.dk>";
        let first = message_id(&row(7), from);
        assert_eq!(first, "<7.1796040000@aalborg.dk>");
        let mut retried = row(7);
        retried.attempts = 3;
        assert_eq!(message_id(&retried, from), first);
        assert_ne!(message_id(&row(8), from), first);
    }
}
