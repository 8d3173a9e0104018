//! What admins manage for the whole installation: staff accounts, municipalities, the
//! audit log and the email outbox (every message, failures included).
pub mod audit_api;
mod audit_page;
#[cfg(feature = "ssr")]
pub mod audit_queries;
mod municipalities_page;
pub mod municipality_api;
#[cfg(feature = "ssr")]
pub mod municipality_queries;
mod outbox_page;
pub mod server_fns;
pub mod staff_api;
mod staff_edit_page;
mod staff_fields;
mod staff_list_page;
#[cfg(feature = "ssr")]
pub mod staff_queries;

pub use audit_page::AuditLogPage;
pub use municipalities_page::MunicipalitiesPage;
pub use outbox_page::OutboxPage;
pub use staff_edit_page::StaffEditPage;
pub use staff_list_page::StaffListPage;

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
