//! What the mentor scheme's pages and server functions exchange.
use super::form::{AvailabilityForm, MentorForm, MentorRequestForm};
use crate::domain::mentoring::matching::{Exclusion, MentorStatus, ScorePart};
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
}

/// The mentor's private page: their entry and the availability form (as saved, or as
/// typed when a post without JavaScript came back).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyMentorPage {
    pub mentor: MentorView,
    pub availability: AvailabilityForm,
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
