//! The verdict, criterion by criterion, with reasons a person can act on and the section of
//! the Act each rests on.
use super::answers::{
    Aim, Answers, CommercialAnswers, GovernanceAnswers, IndependenceAnswers, PurposeAnswers,
    Settings,
};
use super::dividend::{
    Breach, DividendInput, DividendResult, History, PAYOUT_CAP, check_dividend, check_history,
};
use super::money::{Dkk, Percent};
use super::rates::DiscountRate;
use crate::domain::company::LegalForm;
use crate::i18n::{Lang, Msg, purpose_msg};
use chrono::NaiveDate;
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Overall {
    Eligible,
    NotEligible,
    NeedsReview,
}

/// A value in a reason, formatted for the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Arg {
    Money(Dkk),
    Percent(Percent),
    Date(NaiveDate),
    Text(String),
    Word(Msg),
}

impl Arg {
    pub fn format(&self, lang: Lang) -> String {
        let danish = lang == Lang::Da;
        match self {
            Arg::Money(amount) if danish => format!("{} kr.", amount.format(true)),
            Arg::Money(amount) => format!("DKK {}", amount.format(false)),
            Arg::Percent(pct) if danish => format!("{} %", pct.format(true, 2)),
            Arg::Percent(pct) => format!("{}%", pct.format(false, 2)),
            Arg::Date(day) if danish => crate::domain::dates::format_danish(*day),
            Arg::Date(day) => crate::domain::dates::format_english(*day),
            Arg::Text(text) => text.clone(),
            Arg::Word(msg) => lang.t(*msg).to_owned(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    pub msg: Msg,
    pub args: Vec<(String, Arg)>,
}

impl Reason {
    fn new(msg: Msg) -> Self {
        Self {
            msg,
            args: Vec::new(),
        }
    }

    fn with(mut self, name: &str, arg: Arg) -> Self {
        self.args.push((name.to_owned(), arg));
        self
    }

    pub fn text(&self, lang: Lang) -> String {
        let values: Vec<(&str, String)> = self
            .args
            .iter()
            .map(|(name, arg)| (name.as_str(), arg.format(lang)))
            .collect();
        let args: Vec<(&str, &dyn std::fmt::Display)> = values
            .iter()
            .map(|(name, value)| (*name, value as &dyn std::fmt::Display))
            .collect();
        lang.fill(self.msg, &args)
    }
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
        result(CriterionId::LegalForm, answers.legal_form.map(legal_form)),
        result(
            CriterionId::SocialPurpose,
            answers.purpose.as_ref().map(purpose),
        ),
        result(
            CriterionId::CommercialActivity,
            answers.commercial.as_ref().map(|c| commercial(c, settings)),
        ),
        result(
            CriterionId::Independence,
            answers.independence.as_ref().map(independence),
        ),
        result(
            CriterionId::Governance,
            answers.governance.as_ref().map(governance),
        ),
        result(
            CriterionId::ProfitHandling,
            answers
                .profit
                .as_ref()
                .zip(dividend.as_ref())
                .map(|(i, r)| with_history(profit(i, r), history.as_ref())),
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

fn result(id: CriterionId, verdict: Option<(Status, Vec<Reason>)>) -> CriterionResult {
    let (status, reasons) = verdict.unwrap_or_else(|| {
        (
            Status::NeedsReview,
            vec![Reason::new(Msg::ReasonMissingAnswer)],
        )
    });
    CriterionResult {
        id,
        status,
        reasons,
    }
}

fn legal_form(form: LegalForm) -> (Status, Vec<Reason>) {
    let name = Arg::Text(form.abbreviation().to_owned());
    match form {
        LegalForm::Enkeltmandsvirksomhed | LegalForm::Pmv | LegalForm::Sameje => (
            Status::NotMet,
            vec![Reason::new(Msg::ReasonFormNotLegalPerson).with("form", name)],
        ),
        LegalForm::Is => (Status::NeedsReview, vec![Reason::new(Msg::ReasonFormIs)]),
        _ => (
            Status::Met,
            vec![Reason::new(Msg::ReasonFormEligible).with("form", name)],
        ),
    }
}

fn aim_word(aim: Aim) -> Msg {
    aim.purpose().map_or(Msg::PurposeOther, purpose_msg)
}

fn purpose(answers: &PurposeAnswers) -> (Status, Vec<Reason>) {
    let mut reasons = Vec::new();
    if answers.primary_aim == Aim::Other {
        reasons.push(Reason::new(Msg::ReasonPurposeOther));
    }
    if !answers.in_statutes {
        reasons.push(Reason::new(Msg::ReasonPurposeNotInStatutes));
    }
    if reasons.is_empty() {
        let aim = Arg::Word(aim_word(answers.primary_aim));
        (
            Status::Met,
            vec![Reason::new(Msg::ReasonPurposeMet).with("aim", aim)],
        )
    } else {
        (Status::NotMet, reasons)
    }
}

fn commercial(answers: &CommercialAnswers, settings: &Settings) -> (Status, Vec<Reason>) {
    let CommercialAnswers {
        sales_revenue: sales,
        total_revenue: total,
    } = *answers;
    if !sales.is_positive() {
        return (
            Status::NotMet,
            vec![Reason::new(Msg::ReasonCommercialNoSales)],
        );
    }
    if sales > total {
        let reason = Reason::new(Msg::ReasonCommercialSalesAboveTotal)
            .with("sales", Arg::Money(sales))
            .with("total", Arg::Money(total));
        return (Status::NeedsReview, vec![reason]);
    }
    let share = Percent::ratio(sales, total).unwrap_or_default();
    let guidance = settings.commercial_share_guidance;
    let below = guidance.cmp_share(sales, total) == std::cmp::Ordering::Less;
    if below {
        let reason = Reason::new(Msg::ReasonCommercialShareLow)
            .with("share", Arg::Percent(share))
            .with("guidance", Arg::Percent(guidance));
        (Status::NeedsReview, vec![reason])
    } else {
        let reason = Reason::new(Msg::ReasonCommercialShareMet)
            .with("share", Arg::Percent(share))
            .with("sales", Arg::Money(sales))
            .with("total", Arg::Money(total));
        (Status::Met, vec![reason])
    }
}

const HALF: Percent = Percent(50 * Percent::SCALE);

fn independence(answers: &IndependenceAnswers) -> (Status, Vec<Reason>) {
    let mut reasons = Vec::new();
    for (pct, msg) in [
        (answers.public_ownership_pct, Msg::ReasonPublicOwnership),
        (answers.public_appointed_board_pct, Msg::ReasonPublicBoard),
        (answers.public_votes_pct, Msg::ReasonPublicVotes),
    ] {
        if pct >= HALF {
            reasons.push(Reason::new(msg).with("pct", Arg::Percent(pct)));
        }
    }
    if answers.public_control_otherwise {
        reasons.push(Reason::new(Msg::ReasonPublicControlOtherwise));
    }
    if reasons.is_empty() {
        (
            Status::Met,
            vec![
                Reason::new(Msg::ReasonIndependenceMet),
                Reason::new(Msg::ReasonPublicCustomersFine),
            ],
        )
    } else {
        (Status::NotMet, reasons)
    }
}

fn governance(answers: &GovernanceAnswers) -> (Status, Vec<Reason>) {
    if answers.involves.is_empty() {
        return (
            Status::NotMet,
            vec![Reason::new(Msg::ReasonGovernanceNobody)],
        );
    }
    if !answers.ethical_guidelines {
        return (
            Status::NeedsReview,
            vec![Reason::new(Msg::ReasonGovernanceNoGuidelines)],
        );
    }
    let mut groups = answers.involves.clone();
    groups.sort();
    groups.dedup();
    let count = Arg::Text(groups.len().to_string());
    (
        Status::Met,
        vec![Reason::new(Msg::ReasonGovernanceMet).with("count", count)],
    )
}

fn profit(input: &DividendInput, result: &DividendResult) -> (Status, Vec<Reason>) {
    if !input.dividend.is_positive() {
        return (Status::Met, vec![Reason::new(Msg::ReasonNoDividend)]);
    }
    let max = Arg::Money(result.max_dividend);
    let mut reasons: Vec<Reason> = result
        .breaches
        .iter()
        .map(|breach| match breach {
            Breach::LossYear => Reason::new(Msg::ReasonDividendLossYear)
                .with("dividend", Arg::Money(input.dividend)),
            Breach::NoPaidInCapital => Reason::new(Msg::ReasonDividendNoCapital)
                .with("dividend", Arg::Money(input.dividend)),
            Breach::ReturnAboveCap => {
                return_figures(Reason::new(Msg::ReasonReturnAboveCap), input, result)
                    .with("max", max.clone())
            }
            Breach::PayoutAboveCap => Reason::new(Msg::ReasonPayoutAboveCap)
                .with(
                    "payout",
                    Arg::Percent(result.payout_pct.unwrap_or_default()),
                )
                .with("cap", Arg::Percent(PAYOUT_CAP))
                .with("max", max.clone()),
        })
        .collect();
    if !reasons.is_empty() {
        return (Status::NotMet, reasons);
    }
    if result.rate.is_none() {
        reasons.push(Reason::new(Msg::ReasonRateUnknown).with("date", Arg::Date(input.decided_on)));
        return (Status::NeedsReview, reasons);
    }
    let within = return_figures(Reason::new(Msg::ReasonDividendWithinLimits), input, result)
        .with(
            "payout",
            Arg::Percent(result.payout_pct.unwrap_or_default()),
        )
        .with("headroom", Arg::Money(result.headroom));
    (
        Status::Met,
        vec![within, Reason::new(Msg::ReasonNotASafeHarbour)],
    )
}

/// Adds the earlier years to the current year's verdict: a breach in any year, or more
/// paid out in total than capital plus lawful returns, fails the criterion.
fn with_history(
    (mut status, mut reasons): (Status, Vec<Reason>),
    history: Option<&History>,
) -> (Status, Vec<Reason>) {
    let Some(history) = history else {
        return (status, reasons);
    };
    let earlier = &history.years[..history.years.len().saturating_sub(1)];
    for (day, result) in earlier.iter().filter(|(_, r)| !r.passes()) {
        status = Status::NotMet;
        reasons.push(
            Reason::new(Msg::ReasonEarlierYearBreach)
                .with("date", Arg::Date(*day))
                .with("max", Arg::Money(result.max_dividend)),
        );
    }
    let totals = |msg| {
        Reason::new(msg)
            .with("total", Arg::Money(history.total_paid))
            .with("lawful", Arg::Money(history.lawful_total))
    };
    if history.within() {
        reasons.push(totals(Msg::ReasonLifetimeWithin));
    } else {
        status = Status::NotMet;
        reasons.push(totals(Msg::ReasonLifetimeAbove));
    }
    (status, reasons)
}

/// The return, its cap, and the discount-rate row behind the cap.
fn return_figures(reason: Reason, input: &DividendInput, result: &DividendResult) -> Reason {
    let rate = result.rate.as_ref();
    reason
        .with(
            "return",
            Arg::Percent(result.return_pct.unwrap_or_default()),
        )
        .with(
            "cap",
            Arg::Percent(result.return_cap_pct.unwrap_or_default()),
        )
        .with(
            "rate",
            Arg::Percent(rate.map(|r| r.rate).unwrap_or_default()),
        )
        .with(
            "from",
            Arg::Date(rate.map_or(input.decided_on, |r| r.effective_from)),
        )
}
