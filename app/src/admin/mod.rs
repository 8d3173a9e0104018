//! What admins manage for the whole installation, one part per folder, each shaped like
//! every feature (`api.rs`, `queries.rs`, `server_fns/`, pages): staff accounts,
//! municipalities, the audit log, the email outbox, the routing rules and the discount rates.
pub mod audit;
pub mod municipalities;
pub mod outbox;
pub mod rates;
pub mod routing;
pub mod staff;

pub use audit::AuditLogPage;
pub use municipalities::MunicipalitiesPage;
pub use outbox::OutboxPage;
pub use rates::RatesAdminPage;
pub use routing::RoutingPage;
pub use staff::{StaffEditPage, StaffListPage};
