//! The email outbox as admins see it: every message with status, attempts and last error.
pub mod api;
mod page;
#[cfg(feature = "ssr")]
pub mod queries;
pub mod server_fns;

pub use page::OutboxPage;
