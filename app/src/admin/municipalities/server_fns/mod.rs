//! Admins: the municipalities of the installation, one server function per file.
mod create_municipality;
mod list_municipalities_admin;
mod rename_municipality;

pub use create_municipality::{CreateMunicipality, create_municipality};
pub use list_municipalities_admin::{ListMunicipalitiesAdmin, list_municipalities_admin};
pub use rename_municipality::{RenameMunicipality, rename_municipality};
