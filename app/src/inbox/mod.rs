//! The staff inbox: every enquiry of the municipality in one list, routed to colleagues,
//! answered (the requester sees replies on the status page and by email), noted
//! internally, with a timeline of who did what and when.
pub mod api;
mod detail_page;
mod list_page;
#[cfg(feature = "ssr")]
pub mod privacy;
#[cfg(feature = "ssr")]
pub mod queries;
pub mod server_fns;

pub use detail_page::EnquiryDetailPage;
pub use list_page::InboxPage;

/// For the retention job.
#[cfg(feature = "ssr")]
pub use privacy::anonymise_inactive_before;
