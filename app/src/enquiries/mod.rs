//! One door to the municipality: anyone writes an enquiry without an account, gets a
//! receipt with a reference and a promised answer date (business days), and follows it on
//! a private status page. The staff inbox builds on the same tables.
pub mod api;
mod enquiry_page;
#[cfg(feature = "ssr")]
pub mod queries;
pub mod server_fns;
mod status_page;

pub use enquiry_page::EnquiryPage;
pub use status_page::EnquiryStatusPage;
