//! The mentor scheme's server functions, one per file: the public's (the sign-up and its
//! confirmation), the mentor's behind their private link, and the contacts' (contacts and
//! admins of the mentor's municipality).
mod ask_form_data;
mod ask_mentor;
mod confirm_mentor;
mod decide_mentor;
mod mentor_form_data;
mod mentor_lists;
mod mentor_request;
mod my_mentor_page;
mod sign_up_mentor;
mod step_my_mentoring;
mod update_my_availability;

pub use ask_form_data::{AskFormDataFn, ask_form_data};
pub use ask_mentor::{AskMentor, ask_mentor};
pub use confirm_mentor::{ConfirmMentor, confirm_mentor};
pub use decide_mentor::{DecideMentor, decide_mentor};
pub use mentor_form_data::{MentorFormDataFn, mentor_form_data};
pub use mentor_lists::{MentorListsFn, mentor_lists};
pub use mentor_request::{MentorRequestFn, mentor_request};
pub use my_mentor_page::{MyMentorPageFn, my_mentor_page};
pub use sign_up_mentor::{SignUpMentor, sign_up_mentor};
pub use step_my_mentoring::{StepMyMentoring, step_my_mentoring};
pub use update_my_availability::{UpdateMyAvailability, update_my_availability};

/// The retry key of a mentor's availability form posted without JavaScript: tied to their
/// link, so no one else can read what was typed (at most 32 characters, as stored).
#[cfg(feature = "ssr")]
fn availability_retry(private_token: &str) -> String {
    format!("mentor:{}", &crate::token::hash(private_token)[..16])
}
