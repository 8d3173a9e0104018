//! Pages that belong to no single feature.
mod home;
mod not_found;

pub use home::HomePage;
pub use not_found::NotFound;
