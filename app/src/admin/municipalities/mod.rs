//! The municipalities of the installation: list with their staff and companies, add, rename.
pub mod api;
mod page;
#[cfg(feature = "ssr")]
pub mod queries;
pub mod server_fns;

pub use page::MunicipalitiesPage;
