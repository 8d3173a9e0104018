//! From the wizard's form values, as typed, to the rules' `Answers`, with a message per bad
//! field. Pure: the browser runs it for the live calculator, the server on every save. The
//! values are read into the rules' one input (`form_read.rs`), checked once by the domain
//! (the same check as the JSON API's), and each broken rule becomes the wizard's message
//! next to its field.
use super::api::{DraftAnswers, Step};
use super::form_read::read_draft;
use crate::domain::eligibility::answers::{Aim, Answers, Stakeholder};
use crate::domain::eligibility::input::{Field, InputError, Problem, ValueKind, YearField};
use crate::error::FieldError;
use crate::i18n::Msg;
use std::collections::BTreeMap;

pub type Values = BTreeMap<String, String>;

/// The stakeholder checkboxes are named `involves_<code>`.
pub const STAKEHOLDERS: [(Stakeholder, &str); 6] = [
    (Stakeholder::Employees, "employees"),
    (Stakeholder::Customers, "customers"),
    (Stakeholder::Partners, "partners"),
    (Stakeholder::Users, "users"),
    (Stakeholder::Volunteers, "volunteers"),
    (Stakeholder::LocalCommunity, "local_community"),
];

pub const AIMS: [(Aim, &str); 6] = [
    (Aim::Social, "social"),
    (Aim::Employment, "employment"),
    (Aim::Health, "health"),
    (Aim::Environmental, "environmental"),
    (Aim::Cultural, "cultural"),
    (Aim::Other, "other"),
];

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    /// Each section is present only when its step was answered and every field is valid.
    pub answers: Answers,
    /// The problems of each answered step.
    pub errors: BTreeMap<Step, Vec<FieldError>>,
}

impl Parsed {
    pub fn step_errors(&self, step: Step) -> &[FieldError] {
        self.errors.get(&step).map_or(&[], Vec::as_slice)
    }
}

pub fn parse_draft(draft: &DraftAnswers) -> Parsed {
    let checked = read_draft(draft).check();
    let mut errors: BTreeMap<Step, Vec<FieldError>> = BTreeMap::new();
    for error in &checked.errors {
        errors
            .entry(step_of(error.field))
            .or_default()
            .push(field_error(error));
    }
    Parsed {
        answers: checked.answers,
        errors,
    }
}

fn step_of(field: Field) -> Step {
    match field {
        Field::LegalForm => Step::LegalForm,
        Field::PrimaryAim | Field::InStatutes => Step::Purpose,
        Field::SalesRevenue | Field::TotalRevenue => Step::Commercial,
        Field::PublicOwnershipPct
        | Field::PublicAppointedBoardPct
        | Field::PublicVotesPct
        | Field::PublicControlOtherwise => Step::Independence,
        Field::EthicalGuidelines => Step::Governance,
        Field::PaidInCapital
        | Field::ProfitAfterTax
        | Field::Dividend
        | Field::DecidedOn
        | Field::EarlierYears
        | Field::EarlierYear(..) => Step::Profit,
    }
}

/// The broken rule as the wizard says it, under the form field's name.
fn field_error(error: &InputError) -> FieldError {
    let name = match error.field {
        Field::EarlierYear(row, field) => {
            let column = match field {
                YearField::ProfitAfterTax => 0,
                YearField::Dividend => 1,
                YearField::DecidedOn => 2,
            };
            EARLIER_YEAR_FIELDS[row][column]
        }
        field => field.name(),
    };
    let message = match error.problem {
        Problem::Missing => Msg::ErrorRequired,
        Problem::Negative => Msg::ErrorAmountNegative,
        Problem::AboveTotal => Msg::ErrorSalesAboveTotal,
        Problem::OutOfRange { .. } => Msg::ErrorPercent,
        // The form has a fixed number of rows, fewer than the rules allow.
        Problem::TooManyYears { max } => {
            return FieldError {
                min: Some(0),
                max: Some(max as i64),
                ..FieldError::new(name, Msg::ErrorOutOfRange)
            };
        }
        Problem::Unreadable | Problem::TooManyDecimals { .. } | Problem::TooLarge { .. } => {
            match error.field.kind() {
                ValueKind::Choice | ValueKind::List => Msg::ErrorChoose,
                ValueKind::Amount => Msg::ErrorAmount,
                ValueKind::Percent => Msg::ErrorPercent,
                ValueKind::Date => Msg::ErrorDate,
            }
        }
    };
    FieldError::new(name, message)
}

/// The field names of the earlier years the wizard asks about: profit after tax,
/// dividend, date decided.
pub const EARLIER_YEAR_FIELDS: [[&str; 3]; 3] = [
    [
        "earlier_1_profit_after_tax",
        "earlier_1_dividend",
        "earlier_1_decided_on",
    ],
    [
        "earlier_2_profit_after_tax",
        "earlier_2_dividend",
        "earlier_2_decided_on",
    ],
    [
        "earlier_3_profit_after_tax",
        "earlier_3_dividend",
        "earlier_3_decided_on",
    ],
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::eligibility::answers::PurposeAnswers;
    use crate::domain::eligibility::money::Dkk;
    use chrono::NaiveDate;

    fn draft(step: Step, pairs: &[(&str, &str)]) -> DraftAnswers {
        let mut draft = DraftAnswers::default();
        draft.steps.insert(
            step,
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        );
        draft
    }

    fn problems(step: Step, pairs: &[(&str, &str)]) -> Vec<(String, Msg)> {
        parse_draft(&draft(step, pairs))
            .step_errors(step)
            .iter()
            .map(|e| (e.field.clone(), e.message))
            .collect()
    }

    #[test]
    fn danish_amounts_and_dates_are_understood() {
        let parsed = parse_draft(&draft(
            Step::Profit,
            &[
                ("paid_in_capital", "500.000"),
                ("profit_after_tax", "-12.500,50 kr."),
                ("dividend", "0"),
                ("decided_on", "1.9.2025"),
            ],
        ));
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        let profit = parsed.answers.profit.unwrap();
        assert_eq!(profit.paid_in_capital, Dkk::from_kroner(500_000));
        assert_eq!(profit.profit_after_tax, Dkk(-1_250_050));
        assert_eq!(
            profit.decided_on,
            NaiveDate::from_ymd_opt(2025, 9, 1).unwrap()
        );
    }

    #[test]
    fn every_bad_field_gets_its_own_message() {
        assert_eq!(
            problems(
                Step::Profit,
                &[
                    ("paid_in_capital", "lots"),
                    ("dividend", "-5"),
                    ("decided_on", "31.2.2025")
                ]
            ),
            [
                ("paid_in_capital".to_owned(), Msg::ErrorAmount),
                ("profit_after_tax".to_owned(), Msg::ErrorRequired),
                ("dividend".to_owned(), Msg::ErrorAmountNegative),
                ("decided_on".to_owned(), Msg::ErrorDate),
            ]
        );
        assert_eq!(
            problems(
                Step::Commercial,
                &[("sales_revenue", "2000"), ("total_revenue", "1000")]
            ),
            [("sales_revenue".to_owned(), Msg::ErrorSalesAboveTotal)]
        );
        assert_eq!(
            problems(
                Step::Independence,
                &[
                    ("public_ownership_pct", "120"),
                    ("public_appointed_board_pct", "0"),
                    ("public_votes_pct", "12,5"),
                    ("public_control_otherwise", "maybe"),
                ]
            ),
            [
                ("public_ownership_pct".to_owned(), Msg::ErrorPercent),
                ("public_control_otherwise".to_owned(), Msg::ErrorChoose),
            ]
        );
        assert_eq!(
            problems(Step::LegalForm, &[("legal_form", "gmbh")]),
            [("legal_form".to_owned(), Msg::ErrorChoose)]
        );
    }

    #[test]
    fn checkboxes_and_choices_become_answers() {
        let parsed = parse_draft(&draft(
            Step::Governance,
            &[
                ("involves_employees", "on"),
                ("involves_local_community", "on"),
                ("ethical_guidelines", "no"),
            ],
        ));
        let governance = parsed.answers.governance.unwrap();
        assert_eq!(
            governance.involves,
            [Stakeholder::Employees, Stakeholder::LocalCommunity]
        );
        assert!(!governance.ethical_guidelines);
        let parsed = parse_draft(&draft(
            Step::Purpose,
            &[("primary_aim", "cultural"), ("in_statutes", "yes")],
        ));
        assert_eq!(
            parsed.answers.purpose,
            Some(PurposeAnswers {
                primary_aim: Aim::Cultural,
                in_statutes: true
            })
        );
    }

    #[test]
    fn earlier_years_count_when_filled_and_need_all_three_fields() {
        let parsed = parse_draft(&draft(
            Step::Profit,
            &[
                ("paid_in_capital", "100.000"),
                ("profit_after_tax", "50.000"),
                ("dividend", "0"),
                ("decided_on", "2025-09-01"),
                ("earlier_1_profit_after_tax", "80.000"),
                ("earlier_1_dividend", "20.000"),
                ("earlier_1_decided_on", "2024-09-01"),
                ("earlier_2_dividend", "5.000"),
            ],
        ));
        assert_eq!(parsed.answers.earlier_years.len(), 1);
        assert_eq!(
            parsed.answers.earlier_years[0].dividend,
            Dkk::from_kroner(20_000)
        );
        let fields: Vec<&str> = parsed
            .step_errors(Step::Profit)
            .iter()
            .map(|e| e.field.as_str())
            .collect();
        assert_eq!(
            fields,
            ["earlier_2_profit_after_tax", "earlier_2_decided_on"]
        );
    }

    #[test]
    fn unanswered_steps_stay_unanswered_without_errors() {
        let parsed = parse_draft(&DraftAnswers::default());
        assert_eq!(parsed.answers, Answers::default());
        assert!(parsed.errors.is_empty());
    }
}
