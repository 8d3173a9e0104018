//! The verdict: one result per criterion, in the Act's order, each with its reasons and the
//! section of the Act it rests on, and the overall verdict that follows from them. How each
//! criterion is judged is in `criteria.rs`.
use super::answers::{Answers, Settings};
use super::criteria;
use super::dividend::{DividendResult, History, check_dividend, check_history};
use super::rates::DiscountRate;
use super::reasons::Reason;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CriterionId {
    LegalForm,
    SocialPurpose,
    CommercialActivity,
    Independence,
    Governance,
    ProfitHandling,
}

impl CriterionId {
    pub const ALL: [CriterionId; 6] = [
        Self::LegalForm,
        Self::SocialPurpose,
        Self::CommercialActivity,
        Self::Independence,
        Self::Governance,
        Self::ProfitHandling,
    ];

    /// The section of Act no. 711 of 25 June 2014 the criterion rests on.
    pub fn reference(self) -> &'static str {
        match self {
            Self::LegalForm => "§ 4",
            Self::SocialPurpose => "§ 5, stk. 1, nr. 1",
            Self::CommercialActivity => "§ 5, stk. 1, nr. 2",
            Self::Independence => "§ 5, stk. 1, nr. 3",
            Self::Governance => "§ 5, stk. 1, nr. 4",
            Self::ProfitHandling => "§ 5, stk. 1, nr. 5, og stk. 2",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    NotMet,
    /// The law leaves it to the authority, or an answer is missing.
    NeedsReview,
}

impl Status {
    /// Every value, for the API's document.
    pub const ALL: [Status; 3] = [Status::Met, Status::NotMet, Status::NeedsReview];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Overall {
    Eligible,
    NotEligible,
    NeedsReview,
}

impl Overall {
    /// Every value, for the API's document.
    pub const ALL: [Overall; 3] = [
        Overall::Eligible,
        Overall::NotEligible,
        Overall::NeedsReview,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CriterionResult {
    pub id: CriterionId,
    pub status: Status,
    pub reasons: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evaluation {
    pub overall: Overall,
    pub criteria: Vec<CriterionResult>,
    /// The dividend figures, when the profit section was answered.
    pub dividend: Option<DividendResult>,
    /// Every year and the totals, when earlier years were given.
    pub history: Option<History>,
}

pub fn evaluate(answers: &Answers, rates: &[DiscountRate], settings: &Settings) -> Evaluation {
    let dividend = answers.profit.as_ref().map(|p| check_dividend(p, rates));
    let history = answers
        .profit
        .as_ref()
        .filter(|_| !answers.earlier_years.is_empty())
        .map(|p| check_history(p, &answers.earlier_years, rates));
    let criteria = vec![
        result(
            CriterionId::LegalForm,
            answers.legal_form.map(criteria::legal_form),
        ),
        result(
            CriterionId::SocialPurpose,
            answers.purpose.as_ref().map(criteria::purpose),
        ),
        result(
            CriterionId::CommercialActivity,
            answers
                .commercial
                .as_ref()
                .map(|c| criteria::commercial(c, settings)),
        ),
        result(
            CriterionId::Independence,
            answers.independence.as_ref().map(criteria::independence),
        ),
        result(
            CriterionId::Governance,
            answers.governance.as_ref().map(criteria::governance),
        ),
        result(
            CriterionId::ProfitHandling,
            answers
                .profit
                .as_ref()
                .zip(dividend.as_ref())
                .map(|(i, r)| criteria::with_history(criteria::profit(i, r), history.as_ref())),
        ),
    ];
    let overall = if criteria.iter().any(|c| c.status == Status::NotMet) {
        Overall::NotEligible
    } else if criteria.iter().all(|c| c.status == Status::Met) {
        Overall::Eligible
    } else {
        Overall::NeedsReview
    };
    Evaluation {
        overall,
        criteria,
        dividend,
        history,
    }
}

/// An unanswered criterion needs review.
fn result(id: CriterionId, verdict: Option<(Status, Vec<Reason>)>) -> CriterionResult {
    let (status, reasons) =
        verdict.unwrap_or_else(|| (Status::NeedsReview, vec![Reason::MissingAnswer]));
    CriterionResult {
        id,
        status,
        reasons,
    }
}
