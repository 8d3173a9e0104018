//! The self-assessment's server functions, one per file, anonymous by design (the draft's
//! token, 256 random bits, is the only key).
mod load_assessment;
mod save_assessment_step;
mod start_assessment;

pub use load_assessment::{LoadAssessment, load_assessment};
pub use save_assessment_step::{SaveAssessmentStep, save_assessment_step};
pub use start_assessment::{StartAssessment, start_assessment};
