//! The dividend calculator on the profit step. It runs the same pure rules as the server
//! (`check_dividend`) on the values as typed: in the browser it follows every keystroke;
//! without JavaScript the server renders it from the saved values and the "Calculate"
//! button saves and reloads the step.
use super::api::{DraftAnswers, Step};
use super::form::{Values, parse_draft};
use crate::domain::eligibility::dividend::{DividendResult, check_dividend};
use crate::domain::eligibility::rates::{Confidence, DiscountRate};
use crate::i18n::{Arg, Lang, Msg, use_i18n};
use leptos::prelude::*;

/// The calculation for the profit step's values, `None` until all four are valid.
pub fn calculate(values: &Values, rates: &[DiscountRate]) -> Option<DividendResult> {
    let mut draft = DraftAnswers::default();
    draft.steps.insert(Step::Profit, values.clone());
    let input = parse_draft(&draft).answers.profit?;
    Some(check_dividend(&input, rates))
}

#[component]
pub fn DividendCalculator(values: RwSignal<Values>, rates: Vec<DiscountRate>) -> impl IntoView {
    let i18n = use_i18n();
    let result = Memo::new(move |_| values.with(|v| calculate(v, &rates)));
    view! {
        <section class="calculator" aria-labelledby="calculator-heading">
            <h2 id="calculator-heading">{i18n.t(Msg::CalcHeading)}</h2>
            <p class="help js-only">{i18n.t(Msg::CalcLive)}</p>
            <div aria-live="polite">
                {move || match result.get() {
                    None => view! { <p class="calc-incomplete">{i18n.t(Msg::CalcIncomplete)}</p> }.into_any(),
                    Some(result) => view! { <Figures result/> }.into_any(),
                }}
            </div>
        </section>
    }
}

/// A figure's value in the reader's language.
type FigureText = Box<dyn Fn(Lang) -> String + Send + Sync>;

/// The figures as a definition list; also used on the result page.
#[component]
pub fn Figures(result: DividendResult) -> impl IntoView {
    let i18n = use_i18n();
    let pct = move |value: Option<crate::domain::eligibility::money::Percent>, lang: Lang| {
        value.map_or_else(
            || lang.t(Msg::CalcNotApplicable).to_owned(),
            |p| Arg::Percent(p).format(lang),
        )
    };
    let r = result;
    let rate = r.rate.clone();
    let rows: Vec<(Msg, FigureText, &'static str)> = vec![
        (
            Msg::CalcReturn,
            Box::new(move |lang| pct(r.return_pct, lang)),
            "return",
        ),
        (
            Msg::CalcRate,
            Box::new(move |lang| rate_text(rate.as_ref(), lang)),
            "rate",
        ),
        (
            Msg::CalcReturnCap,
            Box::new(move |lang| pct(r.return_cap_pct, lang)),
            "return-cap",
        ),
        (
            Msg::CalcPayout,
            Box::new(move |lang| pct(r.payout_pct, lang)),
            "payout",
        ),
        (
            Msg::CalcPayoutCap,
            Box::new(move |lang| pct(Some(r.payout_cap_pct), lang)),
            "payout-cap",
        ),
        (
            Msg::CalcMaxDividend,
            Box::new(move |lang| Arg::Money(r.max_dividend).format(lang)),
            "max-dividend",
        ),
        (
            Msg::CalcHeadroom,
            Box::new(move |lang| Arg::Money(r.headroom).format(lang)),
            "headroom",
        ),
    ];
    let passes = r.passes();
    view! {
        <dl class="figures" class:figures-breach=!passes>
            {rows
                .into_iter()
                .map(|(label, value, key)| view! {
                    <div class="figure" data-figure=key>
                        <dt>{i18n.t(label)}</dt>
                        <dd>{move || value(i18n.lang())}</dd>
                    </div>
                })
                .collect_view()}
        </dl>
    }
}

fn rate_text(rate: Option<&DiscountRate>, lang: Lang) -> String {
    let Some(rate) = rate else {
        return lang.t(Msg::CalcRateMissing).to_owned();
    };
    let mut text = lang.fill(
        Msg::CalcRateRow,
        &[
            ("rate", &Arg::Percent(rate.rate).format(lang)),
            ("from", &Arg::Date(rate.effective_from).format(lang)),
        ],
    );
    let mut notes = vec![lang.t(match rate.confidence {
        Confidence::Confirmed => Msg::ConfidenceConfirmed,
        Confidence::Inferred => Msg::ConfidenceInferred,
    })];
    if rate.date_approximate {
        notes.push(lang.t(Msg::DateApproximate));
    }
    text.push_str(&format!(" ({})", notes.join(", ")));
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::eligibility::rates::known_rates;

    fn values(pairs: &[(&str, &str)]) -> Values {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn the_calculator_waits_for_four_valid_values_then_applies_the_caps() {
        let rates = known_rates();
        assert!(calculate(&values(&[("paid_in_capital", "500.000")]), &rates).is_none());
        let result = calculate(
            &values(&[
                ("paid_in_capital", "500.000"),
                ("profit_after_tax", "200.000"),
                ("dividend", "60.000"),
                ("decided_on", "2025-09-01"),
            ]),
            &rates,
        )
        .unwrap();
        // 1.60 % in force since 6 June 2025: cap 16.60 % of 500 000 = 83 000; 35 % of
        // 200 000 = 70 000; the lower wins.
        assert_eq!(result.max_dividend.0, 70_000 * 100);
        assert_eq!(result.headroom.0, 10_000 * 100);
        assert!(result.passes());
        assert_eq!(
            rate_text(result.rate.as_ref(), Lang::Da),
            "1,6 % fra 6.6.2025 (udledt, ikke bekræftet)"
        );
    }
}
