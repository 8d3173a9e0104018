//! The discount rates the dividend cap uses (DOMAIN.md): admins add a rate from a date or
//! correct a row; the self-assessment and the JSON API read them (`discount_rates`).
pub mod api;
mod page;
#[cfg(feature = "ssr")]
pub mod queries;
pub mod server_fns;

pub use page::RatesAdminPage;
#[cfg(feature = "ssr")]
pub use queries::discount_rates;
