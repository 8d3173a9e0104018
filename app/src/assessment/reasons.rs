//! The rules' reasons as text: each reason's message with its figures written the reader's
//! way. Presentation, so it lives here and not in `domain`; the result page and the JSON
//! API both render through it.
use crate::domain::eligibility::Aim;
use crate::domain::eligibility::reasons::{Reason, ReturnFigures};
use crate::i18n::{Arg, Lang, Msg, purpose_msg};

/// The reason in the reader's language.
pub fn reason_text(reason: &Reason, lang: Lang) -> String {
    let (msg, args) = message(reason);
    let values: Vec<(&str, String)> = args
        .iter()
        .map(|(name, arg)| (*name, arg.format(lang)))
        .collect();
    let args: Vec<(&str, &dyn std::fmt::Display)> = values
        .iter()
        .map(|(name, value)| (*name, value as &dyn std::fmt::Display))
        .collect();
    lang.fill(msg, &args)
}

type Args = Vec<(&'static str, Arg)>;

/// The message of a reason and the values for its placeholders.
fn message(reason: &Reason) -> (Msg, Args) {
    let form = |form: crate::domain::company::LegalForm| {
        vec![("form", Arg::Text(form.abbreviation().to_owned()))]
    };
    match *reason {
        Reason::MissingAnswer => (Msg::ReasonMissingAnswer, vec![]),
        Reason::FormNotLegalPerson { form: f } => (Msg::ReasonFormNotLegalPerson, form(f)),
        Reason::FormIs => (Msg::ReasonFormIs, vec![]),
        Reason::FormEligible { form: f } => (Msg::ReasonFormEligible, form(f)),
        Reason::PurposeOther => (Msg::ReasonPurposeOther, vec![]),
        Reason::PurposeNotInStatutes => (Msg::ReasonPurposeNotInStatutes, vec![]),
        Reason::PurposeMet { aim } => (
            Msg::ReasonPurposeMet,
            vec![("aim", Arg::Word(aim_word(aim)))],
        ),
        Reason::CommercialNoSales => (Msg::ReasonCommercialNoSales, vec![]),
        Reason::CommercialSalesAboveTotal { sales, total } => (
            Msg::ReasonCommercialSalesAboveTotal,
            vec![("sales", Arg::Money(sales)), ("total", Arg::Money(total))],
        ),
        Reason::CommercialShareLow { share, guidance } => (
            Msg::ReasonCommercialShareLow,
            vec![
                ("share", Arg::Percent(share)),
                ("guidance", Arg::Percent(guidance)),
            ],
        ),
        Reason::CommercialShareMet {
            share,
            sales,
            total,
        } => (
            Msg::ReasonCommercialShareMet,
            vec![
                ("share", Arg::Percent(share)),
                ("sales", Arg::Money(sales)),
                ("total", Arg::Money(total)),
            ],
        ),
        Reason::PublicOwnership { pct } => (Msg::ReasonPublicOwnership, pct_arg(pct)),
        Reason::PublicBoard { pct } => (Msg::ReasonPublicBoard, pct_arg(pct)),
        Reason::PublicVotes { pct } => (Msg::ReasonPublicVotes, pct_arg(pct)),
        Reason::PublicControlOtherwise => (Msg::ReasonPublicControlOtherwise, vec![]),
        Reason::IndependenceMet => (Msg::ReasonIndependenceMet, vec![]),
        Reason::PublicCustomersFine => (Msg::ReasonPublicCustomersFine, vec![]),
        Reason::GovernanceNobody => (Msg::ReasonGovernanceNobody, vec![]),
        Reason::GovernanceNoGuidelines => (Msg::ReasonGovernanceNoGuidelines, vec![]),
        Reason::GovernanceMet { groups } => (
            Msg::ReasonGovernanceMet,
            vec![("count", Arg::Text(groups.to_string()))],
        ),
        Reason::NoDividend => (Msg::ReasonNoDividend, vec![]),
        Reason::DividendLossYear { dividend } => (
            Msg::ReasonDividendLossYear,
            vec![("dividend", Arg::Money(dividend))],
        ),
        Reason::DividendNoCapital { dividend } => (
            Msg::ReasonDividendNoCapital,
            vec![("dividend", Arg::Money(dividend))],
        ),
        Reason::ReturnAboveCap { figures, max } => {
            let mut args = return_args(figures);
            args.push(("max", Arg::Money(max)));
            (Msg::ReasonReturnAboveCap, args)
        }
        Reason::PayoutAboveCap { payout, cap, max } => (
            Msg::ReasonPayoutAboveCap,
            vec![
                ("payout", Arg::Percent(payout)),
                ("cap", Arg::Percent(cap)),
                ("max", Arg::Money(max)),
            ],
        ),
        Reason::RateUnknown { date } => (Msg::ReasonRateUnknown, vec![("date", Arg::Date(date))]),
        Reason::DividendWithinLimits {
            figures,
            payout,
            headroom,
        } => {
            let mut args = return_args(figures);
            args.push(("payout", Arg::Percent(payout)));
            args.push(("headroom", Arg::Money(headroom)));
            (Msg::ReasonDividendWithinLimits, args)
        }
        Reason::NotASafeHarbour => (Msg::ReasonNotASafeHarbour, vec![]),
        Reason::EarlierYearBreach { date, max } => (
            Msg::ReasonEarlierYearBreach,
            vec![("date", Arg::Date(date)), ("max", Arg::Money(max))],
        ),
        Reason::LifetimeWithin { total, lawful } => (
            Msg::ReasonLifetimeWithin,
            vec![("total", Arg::Money(total)), ("lawful", Arg::Money(lawful))],
        ),
        Reason::LifetimeAbove { total, lawful } => (
            Msg::ReasonLifetimeAbove,
            vec![("total", Arg::Money(total)), ("lawful", Arg::Money(lawful))],
        ),
    }
}

fn pct_arg(pct: crate::domain::eligibility::money::Percent) -> Args {
    vec![("pct", Arg::Percent(pct))]
}

/// The return, its cap, and the discount-rate row behind the cap.
fn return_args(figures: ReturnFigures) -> Args {
    vec![
        ("return", Arg::Percent(figures.return_pct)),
        ("cap", Arg::Percent(figures.cap)),
        ("rate", Arg::Percent(figures.rate)),
        ("from", Arg::Date(figures.rate_from)),
    ]
}

fn aim_word(aim: Aim) -> Msg {
    aim.purpose().map_or(Msg::PurposeOther, purpose_msg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::eligibility::Answers;
    use crate::domain::eligibility::examples::{commercial, dividend, good, independence, run};

    #[test]
    fn the_share_is_shown_in_the_reason() {
        let evaluation = run(&commercial(90_000_000, 100_000_000));
        let reason = &evaluation.criteria[2].reasons[0];
        assert_eq!(
            reason_text(reason, Lang::Da),
            "Salg udgør 90 % af omsætningen (900.000,00 kr. af 1.000.000,00 kr.)."
        );
        assert_eq!(
            reason_text(reason, Lang::En),
            "Sales make up 90% of revenue (DKK 900,000.00 of DKK 1,000,000.00)."
        );
    }

    #[test]
    fn the_breach_reason_names_both_limits_the_rate_row_and_the_largest_dividend() {
        let a = dividend(100_000, 1_000_000, 20_000, (2025, 9, 1));
        let evaluation = run(&a);
        let reason = &evaluation.criteria[5].reasons[0];
        assert_eq!(
            reason_text(reason, Lang::Da),
            "Afkastet på den indskudte kapital er 20 %, over grænsen på 16,6 % (diskontoen 1,6 % fra 6.6.2025 plus 15 procentpoint). Højst 16.600,00 kr. kan udbetales."
        );
        assert_eq!(
            reason_text(reason, Lang::En),
            "The return on paid-in capital is 20%, above the limit of 16.6% (the discount rate of 1.6% from 6 June 2025 plus 15 percentage points). At most DKK 16,600.00 can be paid."
        );
    }

    #[test]
    fn every_reason_fills_every_placeholder_in_both_languages() {
        let cases = [
            good(),
            Answers::default(),
            commercial(1, 1_000),
            commercial(2, 1),
            independence(600_000, 600_000, 600_000, true),
            dividend(100_000, 1_000, 90_000, (2025, 9, 1)),
            dividend(100_000, 100_000, 1, (2011, 1, 1)),
            dividend(0, -1, 1, (2025, 9, 1)),
        ];
        for answers in &cases {
            for criterion in run(answers).criteria {
                for reason in criterion.reasons {
                    for lang in [Lang::Da, Lang::En] {
                        let text = reason_text(&reason, lang);
                        assert!(
                            !text.contains('{'),
                            "{:?} left a placeholder: {text}",
                            message(&reason).0
                        );
                    }
                }
            }
        }
    }
}
