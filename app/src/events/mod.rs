//! Network events (issue 13): inspiration days, network days with stands and workshops,
//! with registration that never overbooks, waitlists, stands, calendar files and check-in.
//! Built in steps: so far the registration repository (`queries`) over the tables of
//! migration 20, on the rules of `domain::events`; the pages, server functions and emails
//! follow in the mentor scheme's shape.
pub mod api;
pub mod queries;

/// For the municipality's export and erasure of a person, and the retention job.
pub use queries::{anonymise_ended_before, erase_person, export_person};
