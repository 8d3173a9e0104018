//! The self-assessment: can this company register as a social-economy enterprise? The rules
//! themselves are pure and live in `domain::eligibility`; this module adds the drafts kept
//! behind a private resume link, the discount-rate table and (next) the wizard's pages.
pub mod api;
pub mod form;
#[cfg(feature = "ssr")]
pub mod queries;
#[cfg(feature = "ssr")]
pub mod token;
