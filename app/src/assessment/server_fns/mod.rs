//! The self-assessment's server functions, one per file. The wizard's are anonymous by
//! design (the draft's token, 256 random bits, is the only key); the discount-rate table's
//! are for admins.
mod list_discount_rates;
mod load_assessment;
mod save_assessment_step;
mod save_discount_rate;
mod start_assessment;

pub use list_discount_rates::{ListDiscountRates, list_discount_rates};
pub use load_assessment::{LoadAssessment, load_assessment};
pub use save_assessment_step::{SaveAssessmentStep, save_assessment_step};
pub use save_discount_rate::{SaveDiscountRate, save_discount_rate};
pub use start_assessment::{StartAssessment, start_assessment};
