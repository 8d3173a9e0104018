//! The self-assessment: can this company register as a social-economy enterprise? The rules
//! themselves are pure and live in `domain::eligibility`; this module adds the wizard's
//! pages, the drafts kept behind a private resume link and the discount-rate table.
//!
//! Its front door for other features and the JSON API: `evaluate_saved_draft` (a draft's
//! verdict), `saved_draft_snapshot` (what another feature keeps of it), `reason_text` (a reason in the reader's language) and `criterion_title`.
pub mod advice;
pub mod api;
pub mod calculator;
mod evaluation;
mod fields;
pub mod form;
mod form_read;
mod intro_page;
#[cfg(feature = "ssr")]
pub mod queries;
pub mod questions;
mod reasons;
mod result_page;
pub mod server_fns;
mod step_page;

pub use intro_page::AssessmentIntroPage;
pub use result_page::AssessmentResultPage;
pub use step_page::AssessmentStepPage;

pub use evaluation::evaluate_draft;
#[cfg(feature = "ssr")]
pub use evaluation::{evaluate_saved_draft, saved_draft_snapshot};
/// For the draft-forgetting job.
#[cfg(feature = "ssr")]
pub use queries::delete_drafts_untouched_since;
pub use reasons::reason_text;

/// The wizard's title of the step that asks about a criterion, as other features name an
/// unmet criterion.
pub fn criterion_title(id: crate::domain::eligibility::evaluate::CriterionId) -> crate::i18n::Msg {
    questions::step_title(advice::step_of(id))
}
