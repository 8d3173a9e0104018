//! The self-assessment's rules for a registered social-economy enterprise (Act no. 711 of
//! 25 June 2014). Pure: no I/O, the same code in the browser and on the server. The input
//! as read (`input`) is checked once (`check`) into `answers`, which `evaluate` judges
//! criterion by criterion (`criteria`) with reasons as data (`reasons`).
pub mod answers;
pub mod check;
mod criteria;
pub mod dividend;
pub mod evaluate;
pub mod input;
pub mod money;
pub mod rates;
pub mod reasons;

#[cfg(test)]
mod check_tests;
#[cfg(test)]
pub(crate) mod examples;
#[cfg(test)]
mod tests;

pub use answers::{Aim, Answers, Settings, Stakeholder};
pub use check::Checked;
pub use evaluate::{CriterionId, CriterionResult, Evaluation, Overall, Status, evaluate};
pub use input::{EligibilityInput, Field, Given, InputError, Problem, ValueKind};
pub use reasons::Reason;
