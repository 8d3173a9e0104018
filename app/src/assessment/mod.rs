//! The self-assessment: can this company register as a social-economy enterprise? The rules
//! themselves are pure and live in `domain::eligibility`; this module adds the wizard's
//! pages, the drafts kept behind a private resume link and the discount-rate table.
pub mod advice;
pub mod api;
pub mod calculator;
mod fields;
pub mod form;
mod intro_page;
#[cfg(feature = "ssr")]
pub mod queries;
pub mod questions;
mod rates_page;
mod result_page;
pub mod server_fns;
mod step_page;

pub use intro_page::AssessmentIntroPage;
pub use rates_page::RatesAdminPage;
pub use result_page::AssessmentResultPage;
pub use step_page::AssessmentStepPage;
