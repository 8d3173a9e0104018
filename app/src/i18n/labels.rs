//! Words for the domain's vocabulary, shared by pages, reasons and emails. The domain's
//! types stay free of presentation; this is where each gets its message.
use super::Msg;
use crate::domain::company::Purpose;
use crate::domain::enquiry::{EnquiryStatus, Topic};

/// A domain value's name for people: `i18n.t(topic.label())`.
pub trait Labelled {
    fn label(self) -> Msg;
}

pub fn purpose_msg(purpose: Purpose) -> Msg {
    match purpose {
        Purpose::Social => Msg::PurposeSocial,
        Purpose::Employment => Msg::PurposeEmployment,
        Purpose::Health => Msg::PurposeHealth,
        Purpose::Environmental => Msg::PurposeEnvironmental,
        Purpose::Cultural => Msg::PurposeCultural,
    }
}

impl Labelled for Topic {
    fn label(self) -> Msg {
        match self {
            Topic::StartingUp => Msg::TopicStartingUp,
            Topic::CompanyForm => Msg::TopicCompanyForm,
            Topic::BusinessPlan => Msg::TopicBusinessPlan,
            Topic::Registration => Msg::TopicRegistration,
            Topic::Funding => Msg::TopicFunding,
            Topic::Recruiting => Msg::TopicRecruiting,
            Topic::Procurement => Msg::TopicProcurement,
            Topic::Mentors => Msg::TopicMentors,
            Topic::Events => Msg::TopicEvents,
            Topic::Other => Msg::TopicOther,
        }
    }
}

impl Labelled for EnquiryStatus {
    fn label(self) -> Msg {
        match self {
            EnquiryStatus::New => Msg::StatusNew,
            EnquiryStatus::Assigned => Msg::StatusAssigned,
            EnquiryStatus::InProgress => Msg::StatusInProgress,
            EnquiryStatus::WaitingForRequester => Msg::StatusWaiting,
            EnquiryStatus::Answered => Msg::StatusAnswered,
            EnquiryStatus::Closed => Msg::StatusClosed,
        }
    }
}
