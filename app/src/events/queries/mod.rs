//! The events' repository: every read and write of their tables (migration 20).
mod registrations;

pub use registrations::{NewRegistration, Outcome, cancel, register, waitlist_position};
