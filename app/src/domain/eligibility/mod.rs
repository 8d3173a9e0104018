//! The self-assessment's rules for a registered social-economy enterprise (Act no. 711 of
//! 25 June 2014). Pure: no I/O, the same code in the browser and on the server.
pub mod answers;
pub mod dividend;
pub mod evaluate;
pub mod money;
pub mod rates;

#[cfg(test)]
mod tests;

pub use answers::{Aim, Answers, Settings, Stakeholder};
pub use evaluate::{CriterionId, Evaluation, Overall, Status, evaluate};
