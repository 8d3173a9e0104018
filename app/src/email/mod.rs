//! Email that never silently disappears: every message is a row in `outbox_email` before
//! anything is sent; a worker sends pending rows and retries failures with backoff. Server
//! only. Without `SMTP_URL` the transport writes `.eml` files into a folder (development
//! and tests), so people and tests can read what was sent.
mod compose;
mod eml;
mod worker;

pub use compose::Mail;
pub use eml::render_eml;
pub use worker::{BACKOFF_MINUTES, Transport, send_pending};

use crate::entities::outbox_email;
use crate::error::AppError;
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};

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
