//! What the routing page exchanges.
use crate::domain::enquiry::Topic;
use serde::{Deserialize, Serialize};

/// The routing page: every topic with its chosen member of staff, and who may be chosen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoutingData {
    pub topics: Vec<(Topic, Option<i32>)>,
    pub staff: Vec<(i32, String)>,
}
