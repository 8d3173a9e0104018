//! Sends what is pending in the outbox, oldest first, retrying with backoff.
use super::eml::render_eml;
use crate::entities::outbox_email;
use crate::error::AppError;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use std::path::PathBuf;

/// Wait before retry n (1-based); after the last, the message is marked failed.
pub const BACKOFF_MINUTES: [i64; 5] = [1, 5, 30, 120, 720];

#[derive(Clone, Debug)]
pub enum Transport {
    /// Development and tests: each message becomes `<dir>/<id>.eml`.
    Folder { dir: PathBuf, from: String },
}

impl Transport {
    fn send(&self, row: &outbox_email::Model, now: DateTime<Utc>) -> Result<(), String> {
        match self {
            Transport::Folder { dir, from } => {
                std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
                let eml = render_eml(
                    row.id,
                    from,
                    &row.to_address,
                    &row.subject,
                    &row.body_text,
                    now,
                );
                std::fs::write(dir.join(format!("{:06}.eml", row.id)), eml)
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
        let outcome = transport.send(&row, now);
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
