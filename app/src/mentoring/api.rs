//! What the mentor scheme's pages and server functions exchange.
use super::form::{AvailabilityForm, MentorForm, MentorRequestForm};
use super::mentorship_form::{EvaluationForm, MeetingForm, ProposeForm};
use crate::domain::mentoring::matching::{Exclusion, MentorStatus, ScorePart};
use crate::domain::mentoring::mentorship::{MentorshipStatus, Side};
use crate::domain::mentoring::results::YearResults;
use serde::{Deserialize, Serialize};

/// What the sign-up form needs: the municipalities, and the form as it was (empty, or one
/// posted without JavaScript that came back with errors).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentorFormData {
    pub municipalities: Vec<crate::registry::api::MunicipalityOption>,
    pub form: MentorForm,
}

/// A mentor as the contact sees them in the list, and the mentor on their own page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentorView {
    pub id: i32,
    pub status: MentorStatus,
    pub name: String,
    pub organisation: String,
    pub role: String,
    pub email: String,
    pub phone: Option<String>,
    pub municipality: String,
    pub expertise: Vec<String>,
    pub sectors: Vec<String>,
    pub languages: Vec<String>,
    pub capacity: u32,
    /// Mentorships proposed, active or paused now.
    pub current: u32,
    /// ISO dates.
    pub available_from: Option<String>,
    pub available_to: Option<String>,
    pub introduction: String,
    /// ISO date of the sign-up.
    pub signed_up: String,
    pub decision_reason: Option<String>,
}

/// The contact's lists: sign-ups waiting for a decision, the scheme's mentors, and the
/// enterprises waiting for one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentorLists {
    pub waiting: Vec<MentorView>,
    pub mentors: Vec<MentorView>,
    /// Requests waiting for a mentor, the longest waiting first.
    pub requests: Vec<RequestItem>,
    /// Mentorships, open ones first, then the newest.
    pub mentorships: Vec<MentorshipItem>,
    /// The scheme's results per year, the newest first.
    pub results: Vec<YearResults>,
}

/// The mentor's private page: their entry and the availability form (as saved, or as
/// typed when a post without JavaScript came back).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyMentorPage {
    pub mentor: MentorView,
    pub availability: AvailabilityForm,
    /// Their mentorships, open ones first, each with its meetings.
    pub mentorships: Vec<MyMentorship>,
    /// A meeting form posted without JavaScript that came back: for which mentorship.
    pub meeting_form: Option<(i32, MeetingForm)>,
}

/// One of the mentor's mentorships as they see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyMentorship {
    pub item: MentorshipItem,
    pub goals: String,
    pub meetings: Vec<MeetingView>,
}

/// What the request form needs: the municipalities, and the form as it was (empty or
/// filled in from where the asker came, or posted without JavaScript and come back).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestFormData {
    pub municipalities: Vec<crate::registry::api::MunicipalityOption>,
    pub form: MentorRequestForm,
}

/// An enterprise's request for a mentor, as the contact's list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestItem {
    pub id: i32,
    pub name: String,
    pub company_name: Option<String>,
    pub cvr: Option<String>,
    pub municipality: String,
    pub needs: Vec<String>,
    /// ISO date it was asked.
    pub asked_on: String,
    /// Days it has waited for a mentor.
    pub waiting_days: i64,
}

/// A request with everything the contact needs to choose a mentor: what was asked, the
/// mentors suggested with the parts of each score, and those left out with why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestDetail {
    pub item: RequestItem,
    pub email: String,
    pub sector: Option<String>,
    pub language: Option<String>,
    pub details: String,
    pub source: String,
    pub suggestions: Vec<SuggestionView>,
    pub excluded: Vec<ExcludedView>,
    /// Still waiting for a mentor: the suggestions are for it.
    pub open: bool,
    /// The mentorships proposed for it.
    pub mentorships: Vec<MentorshipItem>,
    /// The proposal form: the top suggestion and today preselected, or as typed.
    pub proposal: ProposeForm,
}

/// A suggested mentor and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SuggestionView {
    pub mentor_id: i32,
    pub name: String,
    pub organisation: String,
    pub municipality: String,
    pub score: u32,
    pub parts: Vec<ScorePart>,
}

/// A mentor left out and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExcludedView {
    pub mentor_id: i32,
    pub name: String,
    pub reason: Exclusion,
}

/// A mentorship in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentorshipItem {
    pub id: i32,
    pub status: MentorshipStatus,
    pub mentor: String,
    /// The enterprise: its company name, else the asker's name.
    pub company: String,
    /// ISO dates.
    pub period_from: String,
    pub period_to: Option<String>,
    pub last_meeting: Option<String>,
}

/// A mentorship with everything the contact follows it by.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentorshipDetail {
    pub item: MentorshipItem,
    pub request_id: i32,
    pub mentor_email: String,
    pub asker: String,
    pub asker_email: String,
    pub goals: String,
    /// ISO dates each side agreed to confidentiality.
    pub mentor_agreed: Option<String>,
    pub enterprise_agreed: Option<String>,
    pub active_since: Option<String>,
    pub ended_on: Option<String>,
    pub cancel_reason: Option<String>,
    pub meetings: Vec<MeetingView>,
    /// Staff only: the sides' evaluations once asked for.
    pub evaluations: Vec<EvaluationView>,
    /// The meeting form: empty, or as typed when a post without JavaScript came back.
    pub meeting_form: MeetingForm,
    /// A cancellation's reason as typed when a post without JavaScript came back.
    pub cancel_reason_typed: String,
}

/// A cancellation as typed (kept for a post without JavaScript that came back).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CancelForm {
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingView {
    pub met_on: String,
    pub notes: String,
    pub next_step: Option<String>,
    /// Logged by the mentor through their link (else by staff).
    pub by_mentor: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvaluationView {
    pub side: Side,
    pub rating: Option<u8>,
    pub comment: Option<String>,
}

/// What a side reads behind its link before agreeing to confidentiality.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreementView {
    pub side: Side,
    pub status: MentorshipStatus,
    pub mentor: String,
    pub company: String,
    pub municipality: String,
    pub period_from: String,
    pub period_to: Option<String>,
    pub goals: String,
    /// This side has agreed.
    pub agreed: bool,
}

/// What a side reads behind its evaluation link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvaluationPage {
    pub side: Side,
    pub mentor: String,
    pub company: String,
    pub answered: bool,
    pub form: EvaluationForm,
}
