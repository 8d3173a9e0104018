//! What stands in place of personal data once it is anonymised, the same in every table
//! (enquiries, mentors, requests, mentorships, event registrations).
/// A name or a text that said something of the person.
pub const GONE: &str = "—";
/// An email address: never delivered (`.invalid` is reserved).
pub const EMAIL: &str = "anonymiseret@invalid";
