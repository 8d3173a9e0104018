//! The events' repository: every read and write of their tables (migration 20).
mod privacy;
mod registrations;

pub use privacy::{anonymise_ended_before, erase as erase_person, export as export_person};

pub use registrations::{NewRegistration, Outcome, cancel, register, waitlist_position};
