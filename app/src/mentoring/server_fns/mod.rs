//! The mentor scheme's server functions, one per file: the public's (the sign-up and its
//! confirmation), the mentor's behind their private link, each mentorship side's behind
//! its links, and the contacts' (contacts and admins of the municipality concerned).
mod agree_mentorship;
mod ask_form_data;
mod ask_mentor;
mod confirm_mentor;
mod decide_mentor;
mod evaluate_mentorship;
mod log_meeting;
mod log_my_meeting;
mod mentor_form_data;
mod mentor_lists;
mod mentor_request;
mod mentorship_agreement;
mod mentorship_detail;
mod mentorship_evaluation;
mod my_mentor_page;
mod propose_mentorship;
mod sign_up_mentor;
mod step_mentorship;
mod step_my_mentoring;
mod update_my_availability;

pub use agree_mentorship::{AgreeMentorship, agree_mentorship};
pub use evaluate_mentorship::{EvaluateMentorship, evaluate_mentorship};
pub use log_meeting::{LogMeeting, log_meeting};
pub use log_my_meeting::{LogMyMeeting, log_my_meeting};
pub use mentorship_agreement::{MentorshipAgreementFn, mentorship_agreement};
pub use mentorship_detail::{MentorshipDetailFn, mentorship_detail};
pub use mentorship_evaluation::{MentorshipEvaluationFn, mentorship_evaluation};
pub use propose_mentorship::{ProposeMentorship, propose_mentorship};
pub use step_mentorship::{StepMentorship, step_mentorship};

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

/// The mentor's meeting form posted without JavaScript, tied to their link likewise.
#[cfg(feature = "ssr")]
fn my_meeting_retry(private_token: &str) -> String {
    format!(
        "mentor-meeting:{}",
        &crate::token::hash(private_token)[..16]
    )
}

/// A mentor's meeting form as kept: for which mentorship, and what was typed (flat, so
/// each text is capped like any kept form's).
#[cfg(feature = "ssr")]
#[derive(serde::Serialize, serde::Deserialize)]
struct KeptMeeting {
    mentorship: i32,
    #[serde(flatten)]
    form: crate::mentoring::mentorship_form::MeetingForm,
}

/// A side's evaluation posted without JavaScript, tied to its link.
#[cfg(feature = "ssr")]
fn evaluation_retry(evaluation_token: &str) -> String {
    format!("evaluation:{}", &crate::token::hash(evaluation_token)[..16])
}

/// The contacts' forms posted without JavaScript: read back only by someone who may see
/// the request or mentorship, with the token only the poster was given.
#[cfg(feature = "ssr")]
fn propose_retry(request_id: i32) -> String {
    format!("propose:{request_id}")
}

#[cfg(feature = "ssr")]
fn meeting_retry(mentorship_id: i32) -> String {
    format!("meeting:{mentorship_id}")
}

#[cfg(feature = "ssr")]
fn cancel_retry(mentorship_id: i32) -> String {
    format!("cancel:{mentorship_id}")
}
