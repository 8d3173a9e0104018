//! The mentor scheme (issue 12): mentors from local businesses sign up and are approved by
//! the contact, enterprises ask for one, staff see suggestions with reasons, mentorships
//! are followed to their evaluation. Built in steps: so far the mentors' own way through
//! the scheme (sign-up, confirmation, decision, private page), enterprises' requests and
//! the suggestions for each; mentorships follow the same shape.
pub mod api;
mod ask_page;
mod confirm_page;
mod fields;
pub mod form;
mod mentors_page;
mod my_page;
#[cfg(feature = "ssr")]
mod privacy;
#[cfg(feature = "ssr")]
pub mod queries;
mod request_page;
pub mod server_fns;
mod staff_page;

pub use ask_page::AskMentorPage;
pub use confirm_page::MentorConfirmPage;
pub use mentors_page::MentorsPage;
pub use my_page::MyMentorPageView;
pub use request_page::MentorRequestPage;
pub use staff_page::StaffMentorsPage;

/// For the municipality's export and erasure of a person, and the retention job.
#[cfg(feature = "ssr")]
pub use privacy::{anonymise_inactive_before, erase as erase_person, export as export_person};
/// For the daily job that reminds the contacts of mentorships gone quiet.
#[cfg(feature = "ssr")]
pub use queries::remind_quiet_mentorships;
