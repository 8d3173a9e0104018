//! Companies apply to the registry without an account, confirm their email, answer the
//! municipality's change requests through a private link; staff review, publish, keep
//! entries checked and deregister them. Every step is a row of the listing's history.
pub mod api;
mod application_page;
mod apply_page;
mod confirm_page;
mod fields;
pub mod form;
#[cfg(feature = "ssr")]
pub mod logo;
mod logo_form;
#[cfg(feature = "ssr")]
pub mod queries;
mod review_pages;
pub mod server_fns;

pub use application_page::ApplicationPage;
pub use apply_page::ApplyPage;
pub use confirm_page::ConfirmPage;
pub use review_pages::{ReviewPage, ReviewQueuePage};

/// A listed company's logo, for the server's `/logo/{cvr}.png`.
#[cfg(feature = "ssr")]
pub use queries::published_logo;
