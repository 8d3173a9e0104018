//! Routing rules: which member of staff gets a new enquiry of each topic, per municipality.
//! Admins choose them; the enquiry form applies them on arrival (`default_assignee`).
pub mod api;
mod page;
#[cfg(feature = "ssr")]
pub mod queries;
pub mod server_fns;

pub use page::RoutingPage;
#[cfg(feature = "ssr")]
pub use queries::default_assignee;
