//! The email outbox as admins read it.
use serde::{Deserialize, Serialize};

/// How many of the newest messages the page shows.
pub const OUTBOX_PAGE_SIZE: u64 = 200;

/// One outbox row as admins see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxRow {
    pub created_at: String,
    pub to: String,
    pub subject: String,
    /// `pending`, `sent` or `failed`.
    pub status: String,
    pub attempts: i32,
    pub last_error: Option<String>,
}
