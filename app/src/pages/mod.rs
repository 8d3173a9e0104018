//! Pages that belong to no single feature.
mod home;
mod not_found;
mod privacy;

pub use home::HomePage;
pub use not_found::NotFound;
pub use privacy::PrivacyPage;
