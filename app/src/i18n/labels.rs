//! Words for the domain's vocabulary, shared by pages, reasons and emails. The domain's
//! types stay free of presentation; this is where each gets its message.
use super::Msg;
use crate::domain::company::Purpose;
use crate::domain::enquiry::{EnquiryStatus, Topic};
use crate::domain::listing::{ListingStatus, RsvStatus, Step, TargetGroup};

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

impl Labelled for Step {
    fn label(self) -> Msg {
        match self {
            Step::Apply => Msg::StepApply,
            Step::Confirm => Msg::StepConfirm,
            Step::RequestChanges => Msg::StepRequestChanges,
            Step::Answer => Msg::StepAnswer,
            Step::Approve => Msg::StepApprove,
            Step::Reject => Msg::StepReject,
            Step::Unpublish => Msg::StepUnpublish,
            Step::Republish => Msg::StepRepublish,
            Step::Deregister => Msg::StepDeregister,
            Step::Reverify => Msg::StepReverify,
            Step::Reapply => Msg::StepReapply,
            Step::ReportReceived => Msg::StepReportReceived,
            Step::Edit => Msg::StepEdit,
        }
    }
}

impl Labelled for TargetGroup {
    fn label(self) -> Msg {
        match self {
            TargetGroup::EarlyRetirement => Msg::TargetGroupEarlyRetirement,
            TargetGroup::ResourceProgramme => Msg::TargetGroupResourceProgramme,
            TargetGroup::FlexJob => Msg::TargetGroupFlexJob,
            TargetGroup::CashBenefit => Msg::TargetGroupCashBenefit,
            TargetGroup::Vulnerable => Msg::TargetGroupVulnerable,
        }
    }
}

/// The badge's words for what a company states, and whether the municipality checked it.
pub fn rsv_msg(status: RsvStatus, checked: bool) -> Msg {
    match (status, checked) {
        (RsvStatus::Registered, true) => Msg::RsvVerified,
        (RsvStatus::Registered, false) => Msg::RsvClaimed,
        (RsvStatus::Applied, _) => Msg::RsvApplied,
        (RsvStatus::NotRegistered, _) => Msg::RsvNone,
    }
}

impl Labelled for ListingStatus {
    fn label(self) -> Msg {
        match self {
            ListingStatus::AwaitingConfirmation => Msg::ListingAwaitingConfirmation,
            ListingStatus::Submitted => Msg::ListingSubmitted,
            ListingStatus::ChangesRequested => Msg::ListingChangesRequested,
            ListingStatus::Published => Msg::ListingPublished,
            ListingStatus::Rejected => Msg::ListingRejected,
            ListingStatus::Unpublished => Msg::ListingUnpublished,
            ListingStatus::Deregistered => Msg::ListingDeregistered,
        }
    }
}

impl Labelled for crate::domain::mentoring::Expertise {
    fn label(self) -> Msg {
        use crate::domain::mentoring::Expertise as E;
        match self {
            E::BusinessPlanning => Msg::ExpertiseBusinessPlanning,
            E::MarketingSales => Msg::ExpertiseMarketingSales,
            E::FinanceFunding => Msg::ExpertiseFinanceFunding,
            E::LegalCompanyForm => Msg::ExpertiseLegalCompanyForm,
            E::LocalNetwork => Msg::ExpertiseLocalNetwork,
            E::ManagementHr => Msg::ExpertiseManagementHr,
            E::ProductionOperations => Msg::ExpertiseProductionOperations,
        }
    }
}

impl Labelled for crate::domain::mentoring::Sector {
    fn label(self) -> Msg {
        use crate::domain::mentoring::Sector as S;
        match self {
            S::FoodHospitality => Msg::SectorFoodHospitality,
            S::RetailSecondHand => Msg::SectorRetailSecondHand,
            S::CraftsProduction => Msg::SectorCraftsProduction,
            S::CareHealth => Msg::SectorCareHealth,
            S::CultureLeisure => Msg::SectorCultureLeisure,
            S::GreenRecycling => Msg::SectorGreenRecycling,
            S::ServicesDigital => Msg::SectorServicesDigital,
            S::Other => Msg::SectorOther,
        }
    }
}

impl Labelled for crate::domain::mentoring::matching::MentorStatus {
    fn label(self) -> Msg {
        use crate::domain::mentoring::matching::MentorStatus as M;
        match self {
            M::Unconfirmed => Msg::MentorStatusUnconfirmed,
            M::Pending => Msg::MentorStatusPending,
            M::Approved => Msg::MentorStatusApproved,
            M::Paused => Msg::MentorStatusPaused,
            M::Declined => Msg::MentorStatusDeclined,
            M::Left => Msg::MentorStatusLeft,
        }
    }
}

impl Labelled for crate::domain::mentoring::matching::Factor {
    fn label(self) -> Msg {
        use crate::domain::mentoring::matching::Factor as F;
        match self {
            F::Needs => Msg::FactorNeeds,
            F::Sector => Msg::FactorSector,
            F::Language => Msg::FactorLanguage,
            F::Availability => Msg::FactorAvailability,
            F::Capacity => Msg::FactorCapacity,
            F::Municipality => Msg::FactorMunicipality,
        }
    }
}

impl Labelled for crate::domain::mentoring::matching::Exclusion {
    fn label(self) -> Msg {
        use crate::domain::mentoring::matching::Exclusion as E;
        match self {
            E::NotApproved => Msg::ExclusionNotApproved,
            E::Paused => Msg::ExclusionPaused,
            E::Full => Msg::ExclusionFull,
            E::Unavailable => Msg::ExclusionUnavailable,
        }
    }
}

impl Labelled for crate::domain::mentoring::mentorship::MentorshipStatus {
    fn label(self) -> Msg {
        use crate::domain::mentoring::mentorship::MentorshipStatus as S;
        match self {
            S::Proposed => Msg::MentorshipProposed,
            S::Active => Msg::MentorshipActive,
            S::Paused => Msg::MentorshipPaused,
            S::Completed => Msg::MentorshipCompleted,
            S::Cancelled => Msg::MentorshipCancelled,
        }
    }
}

impl Labelled for crate::domain::mentoring::mentorship::Side {
    fn label(self) -> Msg {
        match self {
            crate::domain::mentoring::mentorship::Side::Mentor => Msg::SideMentor,
            crate::domain::mentoring::mentorship::Side::Enterprise => Msg::SideEnterprise,
        }
    }
}
