//! The input rules, one at a time, as the wizard and the API both meet them.
use super::check::*;
use super::input::*;
use super::money::{Dkk, MAX_DKK, Percent};
use chrono::NaiveDate;

fn profit(paid_in: Given<Dkk>, profit: Given<Dkk>, dividend: Given<Dkk>) -> ProfitInput {
    ProfitInput {
        paid_in_capital: paid_in,
        profit_after_tax: profit,
        dividend,
        decided_on: Given::Value(NaiveDate::from_ymd_opt(2025, 9, 1).unwrap()),
        earlier_years: Vec::new(),
    }
}

fn errors(input: EligibilityInput) -> Vec<(Field, Problem)> {
    input
        .check()
        .errors
        .into_iter()
        .map(|e| (e.field, e.problem))
        .collect()
}

#[test]
fn a_loss_is_allowed_but_no_other_amount_is_negative() {
    let input = EligibilityInput {
        profit: Some(profit(
            Given::Value(Dkk(-1)),
            Given::Value(Dkk(-1)),
            Given::Value(Dkk(0)),
        )),
        ..Default::default()
    };
    assert_eq!(errors(input), [(Field::PaidInCapital, Problem::Negative)]);
}

#[test]
fn numbers_keep_to_their_decimals_and_caps_and_percentages_to_0_to_100() {
    let input = EligibilityInput {
        commercial: Some(CommercialInput {
            sales_revenue: Given::TooManyDecimals,
            total_revenue: Given::TooLarge,
        }),
        independence: Some(IndependenceInput {
            public_ownership_pct: Given::Value(Percent::from_points(101)),
            public_appointed_board_pct: Given::TooManyDecimals,
            public_votes_pct: Given::TooLarge,
            public_control_otherwise: Given::Missing,
        }),
        ..Default::default()
    };
    let range = Problem::OutOfRange {
        min: Percent(0),
        max: Percent::from_points(100),
    };
    assert_eq!(
        errors(input),
        [
            (Field::SalesRevenue, Problem::TooManyDecimals { max: 2 }),
            (Field::TotalRevenue, Problem::TooLarge { max: MAX_DKK }),
            (Field::PublicOwnershipPct, range),
            (
                Field::PublicAppointedBoardPct,
                Problem::TooManyDecimals { max: 4 }
            ),
            (Field::PublicVotesPct, range),
            (Field::PublicControlOtherwise, Problem::Missing),
        ]
    );
}

#[test]
fn sales_may_equal_but_not_exceed_total_revenue() {
    let commercial = |sales, total| EligibilityInput {
        commercial: Some(CommercialInput {
            sales_revenue: Given::Value(Dkk(sales)),
            total_revenue: Given::Value(Dkk(total)),
        }),
        ..Default::default()
    };
    assert!(commercial(100, 100).check().errors.is_empty());
    let checked = commercial(101, 100).check();
    assert_eq!(checked.answers.commercial, None);
    assert_eq!(
        checked.errors,
        [InputError {
            field: Field::SalesRevenue,
            problem: Problem::AboveTotal
        }]
    );
}

#[test]
fn earlier_years_are_bounded_and_empty_ones_skipped() {
    let year = |dividend| EarlierYearInput {
        profit_after_tax: Given::Value(Dkk(100)),
        dividend,
        decided_on: Given::Value(NaiveDate::from_ymd_opt(2024, 9, 1).unwrap()),
    };
    let empty = EarlierYearInput {
        profit_after_tax: Given::Missing,
        dividend: Given::Missing,
        decided_on: Given::Missing,
    };
    let mut p = profit(Given::Missing, Given::Value(Dkk(1)), Given::Value(Dkk(0)));
    p.earlier_years = vec![
        empty,
        year(Given::Value(Dkk(-1))),
        year(Given::Value(Dkk(1))),
    ];
    let checked = EligibilityInput {
        profit: Some(p.clone()),
        ..Default::default()
    }
    .check();
    assert_eq!(checked.answers.profit, None);
    assert_eq!(checked.answers.earlier_years.len(), 1);
    let fields: Vec<Field> = checked.errors.iter().map(|e| e.field).collect();
    assert_eq!(
        fields,
        [
            Field::PaidInCapital,
            Field::EarlierYear(1, YearField::Dividend)
        ]
    );
    p.earlier_years = vec![year(Given::Value(Dkk(1))); MAX_EARLIER_YEARS + 1];
    let checked = EligibilityInput {
        profit: Some(p),
        ..Default::default()
    }
    .check();
    assert_eq!(checked.errors[1].field, Field::EarlierYears);
    assert_eq!(checked.answers.earlier_years.len(), MAX_EARLIER_YEARS);
}

#[test]
fn sections_become_answers_only_when_every_field_is_valid() {
    let input = EligibilityInput {
        legal_form: Some(Given::Unreadable),
        purpose: Some(PurposeInput {
            primary_aim: Given::Value(crate::domain::eligibility::Aim::Social),
            in_statutes: Given::Missing,
        }),
        governance: Some(GovernanceInput {
            involves: Vec::new(),
            ethical_guidelines: Given::Value(true),
        }),
        ..Default::default()
    };
    let checked = input.check();
    assert_eq!(checked.answers.legal_form, None);
    assert_eq!(checked.answers.purpose, None);
    assert!(checked.answers.governance.is_some());
    assert_eq!(
        errors(input),
        [
            (Field::LegalForm, Problem::Unreadable),
            (Field::InStatutes, Problem::Missing)
        ]
    );
}

#[test]
fn paths_name_the_section_and_the_year() {
    assert_eq!(Field::SalesRevenue.path(), "commercial.sales_revenue");
    assert_eq!(Field::LegalForm.path(), "legal_form");
    assert_eq!(Field::EarlierYears.path(), "profit.earlier_years");
    assert_eq!(
        Field::EarlierYear(2, YearField::DecidedOn).path(),
        "profit.earlier_years[2].decided_on"
    );
}
