//! What the events' pages, server functions and public API exchange.
use crate::domain::events::RegistrationStatus;
use serde::{Deserialize, Serialize};

/// A registration's outcome: a seat, or a place on the waitlist (1 = next in line).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Registered {
    pub id: i32,
    pub status: RegistrationStatus,
    pub position: Option<u32>,
}
