//! The audit log as admins read it.
#[cfg(feature = "ssr")]
use crate::form::chars;
use serde::{Deserialize, Serialize};

/// Entries per page of the audit log.
pub const AUDIT_PAGE_SIZE: u64 = 50;
pub const MAX_AUDIT_SEARCH_CHARS: usize = 100;

/// The audit log page's query string: a search in action and subject, and where the page
/// starts (entries older than this id).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(validator::Validate))]
pub struct AuditQuery {
    #[serde(default)]
    #[cfg_attr(feature = "ssr", validate(length(max = chars(MAX_AUDIT_SEARCH_CHARS))))]
    pub q: Option<String>,
    #[serde(default)]
    pub before: Option<i32>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    pub id: i32,
    pub at: String,
    /// The member of staff, or `None` for the system itself (jobs, lockouts).
    pub actor: Option<String>,
    pub municipality: Option<String>,
    pub action: String,
    pub subject: String,
    /// JSON, as recorded.
    pub detail: String,
}

/// One page, newest first; `older` starts the next page when there is one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub rows: Vec<AuditRow>,
    pub older: Option<i32>,
}
