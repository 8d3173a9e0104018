//! Each criterion judged on its own answers: a status and the reasons for it, with the
//! figures a person needs to act on them.
use super::answers::{
    Aim, CommercialAnswers, GovernanceAnswers, IndependenceAnswers, PurposeAnswers, Settings,
};
use super::dividend::{Breach, DividendInput, DividendResult, History, PAYOUT_CAP};
use super::evaluate::Status;
use super::money::Percent;
use super::reasons::{Reason, ReturnFigures};
use crate::domain::company::LegalForm;

pub(super) type Verdict = (Status, Vec<Reason>);

pub(super) fn legal_form(form: LegalForm) -> Verdict {
    match form {
        LegalForm::Enkeltmandsvirksomhed | LegalForm::Pmv | LegalForm::Sameje => {
            (Status::NotMet, vec![Reason::FormNotLegalPerson { form }])
        }
        LegalForm::Is => (Status::NeedsReview, vec![Reason::FormIs]),
        _ => (Status::Met, vec![Reason::FormEligible { form }]),
    }
}

pub(super) fn purpose(answers: &PurposeAnswers) -> Verdict {
    let mut reasons = Vec::new();
    if answers.primary_aim == Aim::Other {
        reasons.push(Reason::PurposeOther);
    }
    if !answers.in_statutes {
        reasons.push(Reason::PurposeNotInStatutes);
    }
    if reasons.is_empty() {
        let aim = answers.primary_aim;
        (Status::Met, vec![Reason::PurposeMet { aim }])
    } else {
        (Status::NotMet, reasons)
    }
}

pub(super) fn commercial(answers: &CommercialAnswers, settings: &Settings) -> Verdict {
    let CommercialAnswers {
        sales_revenue: sales,
        total_revenue: total,
    } = *answers;
    if !sales.is_positive() {
        return (Status::NotMet, vec![Reason::CommercialNoSales]);
    }
    if sales > total {
        let reason = Reason::CommercialSalesAboveTotal { sales, total };
        return (Status::NeedsReview, vec![reason]);
    }
    let share = Percent::ratio(sales, total).unwrap_or_default();
    let guidance = settings.commercial_share_guidance;
    let below = guidance.cmp_share(sales, total) == std::cmp::Ordering::Less;
    if below {
        let reason = Reason::CommercialShareLow { share, guidance };
        (Status::NeedsReview, vec![reason])
    } else {
        let reason = Reason::CommercialShareMet {
            share,
            sales,
            total,
        };
        (Status::Met, vec![reason])
    }
}

const HALF: Percent = Percent(50 * Percent::SCALE);

/// A public share of ownership, board or votes, and the reason it gives at half or more.
type Share = (Percent, fn(Percent) -> Reason);

pub(super) fn independence(answers: &IndependenceAnswers) -> Verdict {
    let shares: [Share; 3] = [
        (answers.public_ownership_pct, |pct| {
            Reason::PublicOwnership { pct }
        }),
        (answers.public_appointed_board_pct, |pct| {
            Reason::PublicBoard { pct }
        }),
        (answers.public_votes_pct, |pct| Reason::PublicVotes { pct }),
    ];
    let mut reasons: Vec<Reason> = shares
        .into_iter()
        .filter(|(pct, _)| *pct >= HALF)
        .map(|(pct, reason)| reason(pct))
        .collect();
    if answers.public_control_otherwise {
        reasons.push(Reason::PublicControlOtherwise);
    }
    if reasons.is_empty() {
        (
            Status::Met,
            vec![Reason::IndependenceMet, Reason::PublicCustomersFine],
        )
    } else {
        (Status::NotMet, reasons)
    }
}

pub(super) fn governance(answers: &GovernanceAnswers) -> Verdict {
    if answers.involves.is_empty() {
        return (Status::NotMet, vec![Reason::GovernanceNobody]);
    }
    if !answers.ethical_guidelines {
        return (Status::NeedsReview, vec![Reason::GovernanceNoGuidelines]);
    }
    let mut groups = answers.involves.clone();
    groups.sort();
    groups.dedup();
    (
        Status::Met,
        vec![Reason::GovernanceMet {
            groups: groups.len(),
        }],
    )
}

pub(super) fn profit(input: &DividendInput, result: &DividendResult) -> Verdict {
    if !input.dividend.is_positive() {
        return (Status::Met, vec![Reason::NoDividend]);
    }
    let max = result.max_dividend;
    let payout = result.payout_pct.unwrap_or_default();
    let mut reasons: Vec<Reason> = result
        .breaches
        .iter()
        .map(|breach| match breach {
            Breach::LossYear => Reason::DividendLossYear {
                dividend: input.dividend,
            },
            Breach::NoPaidInCapital => Reason::DividendNoCapital {
                dividend: input.dividend,
            },
            Breach::ReturnAboveCap => Reason::ReturnAboveCap {
                figures: return_figures(input, result),
                max,
            },
            Breach::PayoutAboveCap => Reason::PayoutAboveCap {
                payout,
                cap: PAYOUT_CAP,
                max,
            },
        })
        .collect();
    if !reasons.is_empty() {
        return (Status::NotMet, reasons);
    }
    if result.rate.is_none() {
        reasons.push(Reason::RateUnknown {
            date: input.decided_on,
        });
        return (Status::NeedsReview, reasons);
    }
    let within = Reason::DividendWithinLimits {
        figures: return_figures(input, result),
        payout,
        headroom: result.headroom,
    };
    (Status::Met, vec![within, Reason::NotASafeHarbour])
}

/// Adds the earlier years to the current year's verdict: a breach in any year, or more
/// paid out in total than capital plus lawful returns, fails the criterion.
pub(super) fn with_history(
    (mut status, mut reasons): Verdict,
    history: Option<&History>,
) -> Verdict {
    let Some(history) = history else {
        return (status, reasons);
    };
    let earlier = &history.years[..history.years.len().saturating_sub(1)];
    for (day, result) in earlier.iter().filter(|(_, r)| !r.passes()) {
        status = Status::NotMet;
        reasons.push(Reason::EarlierYearBreach {
            date: *day,
            max: result.max_dividend,
        });
    }
    let (total, lawful) = (history.total_paid, history.lawful_total);
    if history.within() {
        reasons.push(Reason::LifetimeWithin { total, lawful });
    } else {
        status = Status::NotMet;
        reasons.push(Reason::LifetimeAbove { total, lawful });
    }
    (status, reasons)
}

fn return_figures(input: &DividendInput, result: &DividendResult) -> ReturnFigures {
    let rate = result.rate.as_ref();
    ReturnFigures {
        return_pct: result.return_pct.unwrap_or_default(),
        cap: result.return_cap_pct.unwrap_or_default(),
        rate: rate.map(|r| r.rate).unwrap_or_default(),
        rate_from: rate.map_or(input.decided_on, |r| r.effective_from),
    }
}
