//! Properties of the self-assessment over arbitrary inputs.
use app::assessment::reason_text;
use app::domain::company::LegalForm;
use app::domain::eligibility::answers::*;
use app::domain::eligibility::dividend::{Breach, DividendInput, check_dividend};
use app::domain::eligibility::money::Percent;
use app::domain::eligibility::money::{Dkk, MAX_DKK};
use app::domain::eligibility::rates::known_rates;
use app::domain::eligibility::{CriterionId, Overall, Status, evaluate};
use app::i18n::Lang;
use chrono::NaiveDate;
use proptest::prelude::*;

fn amount() -> impl Strategy<Value = Dkk> {
    prop_oneof![
        Just(Dkk::ZERO),
        (-MAX_DKK.0..=MAX_DKK.0).prop_map(Dkk),
        (-1_000_000_000i64..=1_000_000_000).prop_map(Dkk),
    ]
}

fn day() -> impl Strategy<Value = NaiveDate> {
    (2000i32..2040, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn never_panics_and_headroom_adds_up(
        paid_in in amount(), profit in amount(), dividend in amount(), decided_on in day()
    ) {
        let input = DividendInput { paid_in_capital: paid_in, profit_after_tax: profit, dividend, decided_on };
        let result = check_dividend(&input, &known_rates());
        prop_assert_eq!(result.headroom.0, result.max_dividend.0 - dividend.0);
        prop_assert!(result.max_dividend.0 >= 0);
    }

    #[test]
    fn the_largest_lawful_dividend_passes_and_one_ore_more_does_not(
        paid_in in amount(), profit in amount(), decided_on in day()
    ) {
        let rates = known_rates();
        let probe = DividendInput { paid_in_capital: paid_in, profit_after_tax: profit, dividend: Dkk::ZERO, decided_on };
        let max = check_dividend(&probe, &rates).max_dividend;
        let at_max = check_dividend(&DividendInput { dividend: max, ..probe.clone() }, &rates);
        prop_assert!(at_max.passes() || max == Dkk::ZERO, "{:?}", at_max);
        if paid_in.0 > 0 && profit.0 > 0 {
            let over = check_dividend(&DividendInput { dividend: Dkk(max.0 + 1), ..probe }, &rates);
            prop_assert!(!over.passes(), "one øre over {max:?} passed: {over:?}");
            prop_assert!(over.breaches.iter().all(|b| matches!(b, Breach::ReturnAboveCap | Breach::PayoutAboveCap)));
        }
    }
}

fn percent() -> impl Strategy<Value = Percent> {
    prop_oneof![
        (0i64..=1_000_000).prop_map(Percent),
        any::<i64>().prop_map(Percent)
    ]
}

fn answers() -> impl Strategy<Value = Answers> {
    let form = proptest::option::of(proptest::sample::select(LegalForm::ALL.to_vec()));
    let aim = proptest::sample::select(vec![
        Aim::Social,
        Aim::Employment,
        Aim::Health,
        Aim::Environmental,
        Aim::Cultural,
        Aim::Other,
    ]);
    let purpose =
        proptest::option::of((aim, any::<bool>()).prop_map(|(primary_aim, in_statutes)| {
            PurposeAnswers {
                primary_aim,
                in_statutes,
            }
        }));
    let commercial = proptest::option::of((amount(), amount()).prop_map(
        |(sales_revenue, total_revenue)| CommercialAnswers {
            sales_revenue,
            total_revenue,
        },
    ));
    let independence =
        proptest::option::of((percent(), percent(), percent(), any::<bool>()).prop_map(
            |(a, b, c, other)| IndependenceAnswers {
                public_ownership_pct: a,
                public_appointed_board_pct: b,
                public_votes_pct: c,
                public_control_otherwise: other,
            },
        ));
    let stakeholders = proptest::sample::subsequence(
        vec![
            Stakeholder::Employees,
            Stakeholder::Customers,
            Stakeholder::Partners,
            Stakeholder::Users,
            Stakeholder::Volunteers,
            Stakeholder::LocalCommunity,
        ],
        0..=6,
    );
    let governance = proptest::option::of((stakeholders, any::<bool>()).prop_map(
        |(involves, ethical_guidelines)| GovernanceAnswers {
            involves,
            ethical_guidelines,
        },
    ));
    let profit = proptest::option::of((amount(), amount(), amount(), day()).prop_map(
        |(paid_in_capital, profit_after_tax, dividend, decided_on)| DividendInput {
            paid_in_capital,
            profit_after_tax,
            dividend,
            decided_on,
        },
    ));
    (form, purpose, commercial, independence, governance, profit).prop_map(
        |(legal_form, purpose, commercial, independence, governance, profit)| Answers {
            legal_form,
            purpose,
            commercial,
            independence,
            governance,
            profit,
            earlier_years: Vec::new(),
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    #[test]
    fn evaluation_never_panics_and_the_overall_verdict_follows_the_criteria(a in answers()) {
        let evaluation = evaluate(&a, &known_rates(), &Settings::default());
        prop_assert_eq!(evaluation.criteria.len(), CriterionId::ALL.len());
        let statuses: Vec<Status> = evaluation.criteria.iter().map(|c| c.status).collect();
        let expected = if statuses.contains(&Status::NotMet) {
            Overall::NotEligible
        } else if statuses.iter().all(|s| *s == Status::Met) {
            Overall::Eligible
        } else {
            Overall::NeedsReview
        };
        prop_assert_eq!(evaluation.overall, expected);
        for criterion in &evaluation.criteria {
            prop_assert!(!criterion.reasons.is_empty());
            for reason in &criterion.reasons {
                for lang in [Lang::Da, Lang::En] {
                    let text = reason_text(reason, lang);
                    prop_assert!(!text.contains('{'), "placeholder left in {}", text);
                }
            }
        }
    }
}
