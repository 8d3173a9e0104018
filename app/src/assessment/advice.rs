//! What the result page says per criterion beyond the rules' reasons: where it was asked,
//! what to change, and what the registration on virk.dk will ask for.
use super::api::Step;
use crate::domain::eligibility::evaluate::{CriterionId, Overall, Status};
use crate::i18n::Msg;

pub fn step_of(criterion: CriterionId) -> Step {
    match criterion {
        CriterionId::LegalForm => Step::LegalForm,
        CriterionId::SocialPurpose => Step::Purpose,
        CriterionId::CommercialActivity => Step::Commercial,
        CriterionId::Independence => Step::Independence,
        CriterionId::Governance => Step::Governance,
        CriterionId::ProfitHandling => Step::Profit,
    }
}

pub fn what_to_change(criterion: CriterionId) -> Msg {
    match criterion {
        CriterionId::LegalForm => Msg::AdviceLegalForm,
        CriterionId::SocialPurpose => Msg::AdvicePurpose,
        CriterionId::CommercialActivity => Msg::AdviceCommercial,
        CriterionId::Independence => Msg::AdviceIndependence,
        CriterionId::Governance => Msg::AdviceGovernance,
        CriterionId::ProfitHandling => Msg::AdviceProfit,
    }
}

pub fn documents(criterion: CriterionId) -> Msg {
    match criterion {
        CriterionId::LegalForm => Msg::DocsLegalForm,
        CriterionId::SocialPurpose => Msg::DocsPurpose,
        CriterionId::CommercialActivity => Msg::DocsCommercial,
        CriterionId::Independence => Msg::DocsIndependence,
        CriterionId::Governance => Msg::DocsGovernance,
        CriterionId::ProfitHandling => Msg::DocsProfit,
    }
}

pub fn status_label(status: Status) -> Msg {
    match status {
        Status::Met => Msg::StatusMet,
        Status::NotMet => Msg::StatusNotMet,
        Status::NeedsReview => Msg::StatusNeedsReview,
    }
}

/// CSS class suffix and the JSON word, the same.
pub fn status_code(status: Status) -> &'static str {
    match status {
        Status::Met => "met",
        Status::NotMet => "not-met",
        Status::NeedsReview => "needs-review",
    }
}

pub fn overall_texts(overall: Overall) -> (Msg, Msg, &'static str) {
    match overall {
        Overall::Eligible => (Msg::OverallEligible, Msg::OverallEligibleText, "met"),
        Overall::NotEligible => (
            Msg::OverallNotEligible,
            Msg::OverallNotEligibleText,
            "not-met",
        ),
        Overall::NeedsReview => (
            Msg::OverallNeedsReview,
            Msg::OverallNeedsReviewText,
            "needs-review",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_criterion_has_its_own_step_advice_and_documents() {
        let steps: std::collections::BTreeSet<_> = CriterionId::ALL.map(step_of).into();
        assert_eq!(steps.len(), 6);
        let advice: std::collections::HashSet<_> = CriterionId::ALL.map(what_to_change).into();
        assert_eq!(advice.len(), 6);
        let docs: std::collections::HashSet<_> = CriterionId::ALL.map(documents).into();
        assert_eq!(docs.len(), 6);
    }
}
