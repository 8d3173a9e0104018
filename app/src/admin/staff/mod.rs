//! Staff accounts as admins manage them: list, invite by email, edit, deactivate, send a
//! new password link.
pub mod api;
mod edit_page;
mod fields;
mod list_page;
#[cfg(feature = "ssr")]
pub mod queries;
pub mod server_fns;

pub use edit_page::StaffEditPage;
pub use list_page::StaffListPage;
