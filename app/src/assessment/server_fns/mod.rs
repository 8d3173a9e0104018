//! The self-assessment's server functions, one per file. Anonymous by design: the draft's
//! token is the only key, and it is 256 random bits.
mod load_assessment;
mod save_assessment_step;
mod start_assessment;

pub use load_assessment::{LoadAssessment, load_assessment};
pub use save_assessment_step::{SaveAssessmentStep, save_assessment_step};
pub use start_assessment::{StartAssessment, start_assessment};
