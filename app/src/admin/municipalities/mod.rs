//! The municipalities of the installation: list with their staff and companies, add, rename.
pub mod api;
mod page;
#[cfg(feature = "ssr")]
pub mod queries;
pub mod server_fns;

pub use page::MunicipalitiesPage;
/// For `server create-admin`, which creates the municipality it names on a new installation.
#[cfg(feature = "ssr")]
pub use queries::create as add_municipality;
