//! SeaORM entities: the database tables as Rust types. Server only.
pub mod assessment_draft;
pub mod company;
pub mod discount_rate;
pub mod municipality;
pub mod staff_user;
