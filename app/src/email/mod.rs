//! Email that never silently disappears: every message is a row in `outbox_email` before
//! anything is sent; a worker sends pending rows and retries failures with backoff. Server
//! only. Without `SMTP_URL` the transport writes `.eml` files into a folder (development
//! and tests), so people and tests can read what was sent.
mod compose;
mod eml;
mod texts;
mod worker;

pub use compose::{Facts, Mail};
pub use eml::render_eml;
pub use texts::MailText;
pub use worker::{BACKOFF_MINUTES, SENT_BODY, Transport, send_pending};

use crate::entities::outbox_email;
use crate::error::AppError;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set,
};

pub struct Message {
    pub municipality_id: Option<i32>,
    pub to: String,
    pub subject: String,
    pub body: String,
}

/// Stores the message for sending; returns its outbox id.
pub async fn enqueue(
    db: &impl ConnectionTrait,
    message: Message,
    now: DateTime<Utc>,
) -> Result<i32, AppError> {
    let row = outbox_email::ActiveModel {
        municipality_id: Set(message.municipality_id),
        to_address: Set(one_line(&message.to)),
        subject: Set(one_line(&message.subject)),
        body_text: Set(message.body),
        status: Set("pending".to_owned()),
        attempts: Set(0),
        last_error: Set(None),
        next_attempt_at: Set(now),
        created_at: Set(now),
        sent_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(row.id)
}

/// Deletes every message of the municipality to `address` (an erasure), sent or not;
/// returns their ids, for the transport to forget what it delivered ([`Transport::forget`]).
pub async fn forget_to(
    db: &impl ConnectionTrait,
    municipality_id: i32,
    address: &str,
) -> Result<Vec<i32>, AppError> {
    let ids: Vec<i32> = outbox_email::Entity::find()
        .select_only()
        .column(outbox_email::Column::Id)
        .filter(outbox_email::Column::MunicipalityId.eq(municipality_id))
        .filter(outbox_email::Column::ToAddress.eq(address))
        .into_tuple()
        .all(db)
        .await?;
    outbox_email::Entity::delete_many()
        .filter(outbox_email::Column::Id.is_in(ids.clone()))
        .exec(db)
        .await?;
    Ok(ids)
}

/// Deletes the record of messages sent or given up before `cutoff` (the retention
/// period): who was written to, and when. Returns how many.
pub async fn forget_sent_before(
    db: &impl ConnectionTrait,
    cutoff: DateTime<Utc>,
) -> Result<u64, AppError> {
    let gone = outbox_email::Entity::delete_many()
        .filter(outbox_email::Column::Status.ne("pending"))
        .filter(outbox_email::Column::CreatedAt.lt(cutoff))
        .exec(db)
        .await?;
    Ok(gone.rows_affected)
}

/// Header values never carry line breaks (no header injection).
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn header_values_lose_their_line_breaks() {
        assert_eq!(
            super::one_line("a@b.dk\r\nBcc: victim@example.com"),
            "a@b.dk  Bcc: victim@example.com"
        );
    }
}
