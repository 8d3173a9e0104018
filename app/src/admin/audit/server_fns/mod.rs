//! Admins: the audit log.
mod list_audit;

pub use list_audit::{ListAudit, list_audit};
