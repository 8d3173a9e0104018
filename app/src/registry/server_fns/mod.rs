//! The registry's server functions, one per file. Each is thin: it takes the database from
//! context, calls the repository and maps the error to an HTTP status.
mod get_company;
mod get_statistics;
mod list_companies;
mod list_municipalities;

pub use get_company::{GetCompany, get_company};
pub use get_statistics::{GetStatistics, get_statistics};
pub use list_companies::{ListCompanies, list_companies};
pub use list_municipalities::{ListMunicipalities, list_municipalities};
