//! Companies apply to the registry without an account, confirm their email, answer the
//! municipality's change requests through a private link; staff review, publish, keep
//! entries checked and deregister them. Every step is a row of the listing's history.
pub mod api;
#[cfg(feature = "ssr")]
pub mod queries;
