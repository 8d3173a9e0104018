//! The mentor scheme (issue 12): mentors from local businesses sign up and are approved by
//! the contact, enterprises ask for one, staff see suggestions with reasons, mentorships
//! are followed to their evaluation: proposed by the contact, agreed to by both sides
//! (confidentiality), meetings logged by staff or the mentor, completed with both sides'
//! evaluations, and the scheme's yearly results computed from it all.
mod agree_page;
pub mod api;
mod ask_page;
mod confirm_page;
mod evaluate_page;
mod fields;
pub mod form;
mod mentors_page;
pub mod mentorship_form;
mod mentorship_page;
#[cfg(feature = "ssr")]
mod mentorship_privacy;
mod my_page;
#[cfg(feature = "ssr")]
mod privacy;
#[cfg(feature = "ssr")]
pub mod queries;
mod request_page;
pub mod server_fns;
mod staff_page;

pub use agree_page::AgreePage;
pub use ask_page::AskMentorPage;
pub use confirm_page::MentorConfirmPage;
pub use evaluate_page::EvaluatePage;
pub use mentors_page::MentorsPage;
pub use mentorship_page::MentorshipPage;
pub use my_page::MyMentorPageView;
pub use request_page::MentorRequestPage;
pub use staff_page::StaffMentorsPage;

/// For the municipality's export and erasure of a person, and the retention job.
#[cfg(feature = "ssr")]
pub use privacy::{anonymise_inactive_before, erase as erase_person, export as export_person};
/// For the daily job that reminds the contacts of mentorships gone quiet.
#[cfg(feature = "ssr")]
pub use queries::remind_quiet_mentorships;
