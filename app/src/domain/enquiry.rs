//! The vocabulary of enquiries: what a question is about and where it stands. Pure; the
//! words for each (Danish and English) are presentation and live in `i18n`.
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    StartingUp,
    CompanyForm,
    BusinessPlan,
    Registration,
    Funding,
    Recruiting,
    Procurement,
    Mentors,
    Events,
    Other,
}

impl Topic {
    pub const ALL: [Topic; 10] = [
        Topic::StartingUp,
        Topic::CompanyForm,
        Topic::BusinessPlan,
        Topic::Registration,
        Topic::Funding,
        Topic::Recruiting,
        Topic::Procurement,
        Topic::Mentors,
        Topic::Events,
        Topic::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Topic::StartingUp => "starting_up",
            Topic::CompanyForm => "company_form",
            Topic::BusinessPlan => "business_plan",
            Topic::Registration => "registration",
            Topic::Funding => "funding",
            Topic::Recruiting => "recruiting",
            Topic::Procurement => "procurement",
            Topic::Mentors => "mentors",
            Topic::Events => "events",
            Topic::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.code() == code)
    }
}

/// new → assigned → in progress → waiting for requester → answered → closed (reopen: back
/// to in progress).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EnquiryStatus {
    New,
    Assigned,
    InProgress,
    WaitingForRequester,
    Answered,
    Closed,
}

impl EnquiryStatus {
    pub const ALL: [EnquiryStatus; 6] = [
        Self::New,
        Self::Assigned,
        Self::InProgress,
        Self::WaitingForRequester,
        Self::Answered,
        Self::Closed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::New => "new",
            Self::Assigned => "assigned",
            Self::InProgress => "in_progress",
            Self::WaitingForRequester => "waiting_for_requester",
            Self::Answered => "answered",
            Self::Closed => "closed",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}
