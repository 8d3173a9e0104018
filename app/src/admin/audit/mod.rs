//! The audit log as admins read it: newest first, searchable, a page at a time.
pub mod api;
mod page;
#[cfg(feature = "ssr")]
pub mod queries;
pub mod server_fns;

pub use page::AuditLogPage;
