//! The public registry of the municipalities' social-economy enterprises: browse, search and
//! open a company's profile.
pub mod api;
#[cfg(feature = "ssr")]
pub mod badge;
#[cfg(feature = "ssr")]
mod cache;
mod list_page;
#[cfg(feature = "ssr")]
pub mod open_data;
mod profile_page;
#[cfg(feature = "ssr")]
pub mod queries;
pub mod server_fns;
#[cfg(feature = "ssr")]
pub mod statistics;
mod statistics_page;

pub use list_page::CompanyListPage;
pub use profile_page::CompanyProfilePage;
pub use statistics_page::StatisticsPage;

/// The registry's version now (moved by every change a public registry page shows): the
/// server keeps those pages, rendered, under it.
#[cfg(feature = "ssr")]
pub use cache::{Version, version};

/// For other features: the municipalities to choose from, and the one a form chose.
#[cfg(feature = "ssr")]
pub use queries::{
    Cursor, chosen_municipality, company_batch, get_company, list_companies, list_municipalities,
};
