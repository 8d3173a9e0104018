//! Admins: the routing rules, one server function per file.
mod routing_data;
mod save_routing_rules;

pub use routing_data::{RoutingDataFn, routing_data};
pub use save_routing_rules::{SaveRoutingRules, save_routing_rules};
