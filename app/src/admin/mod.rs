//! Admin views of the installation: the email outbox (every message, failures included).
mod outbox_page;
pub mod server_fns;

pub use outbox_page::OutboxPage;

use serde::{Deserialize, Serialize};

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
