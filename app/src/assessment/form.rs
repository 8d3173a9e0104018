//! From the wizard's form values, as typed, to the rules' `Answers`, with a message per bad
//! field. Pure: the browser runs it for the live calculator, the server on every save.
use super::api::{DraftAnswers, Step};
use crate::domain::company::LegalForm;
use crate::domain::eligibility::answers::{
    Aim, Answers, CommercialAnswers, GovernanceAnswers, IndependenceAnswers, PurposeAnswers,
    Stakeholder,
};
use crate::domain::eligibility::dividend::{DividendInput, EarlierYear};
use crate::domain::eligibility::money::{Dkk, Percent};
use crate::error::FieldError;
use crate::i18n::Msg;
use chrono::NaiveDate;
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
    let mut parsed = Parsed::default();
    for (step, values) in &draft.steps {
        let mut fields = Fields {
            values,
            errors: Vec::new(),
        };
        match step {
            Step::LegalForm => parsed.answers.legal_form = fields.legal_form(),
            Step::Purpose => parsed.answers.purpose = fields.purpose(),
            Step::Commercial => parsed.answers.commercial = fields.commercial(),
            Step::Independence => parsed.answers.independence = fields.independence(),
            Step::Governance => parsed.answers.governance = fields.governance(),
            Step::Profit => {
                parsed.answers.profit = fields.profit();
                parsed.answers.earlier_years = fields.earlier_years();
            }
        }
        if !fields.errors.is_empty() {
            parsed.errors.insert(*step, fields.errors);
        }
    }
    parsed
}

struct Fields<'a> {
    values: &'a Values,
    errors: Vec<FieldError>,
}

impl Fields<'_> {
    fn error(&mut self, field: &str, message: Msg) {
        self.errors.push(FieldError::new(field, message));
    }

    fn text(&self, field: &str) -> Option<&str> {
        self.values
            .get(field)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
    }

    fn required(&mut self, field: &str) -> Option<String> {
        let value = self.text(field).map(str::to_owned);
        if value.is_none() {
            self.error(field, Msg::ErrorRequired);
        }
        value
    }

    fn yes_no(&mut self, field: &str) -> Option<bool> {
        match self.required(field)?.as_str() {
            "yes" => Some(true),
            "no" => Some(false),
            _ => {
                self.error(field, Msg::ErrorChoose);
                None
            }
        }
    }

    fn amount(&mut self, field: &str, may_be_negative: bool) -> Option<Dkk> {
        let text = self.required(field)?;
        let cleaned = text.trim_end_matches("kr.").trim_end_matches("kr").trim();
        match Dkk::parse(cleaned) {
            Ok(amount) if amount.0 < 0 && !may_be_negative => {
                self.error(field, Msg::ErrorAmountNegative);
                None
            }
            Ok(amount) => Some(amount),
            Err(_) => {
                self.error(field, Msg::ErrorAmount);
                None
            }
        }
    }

    fn percent(&mut self, field: &str) -> Option<Percent> {
        let text = self.required(field)?;
        match Percent::parse(&text) {
            Ok(pct) if pct >= Percent(0) && pct <= Percent::from_points(100) => Some(pct),
            _ => {
                self.error(field, Msg::ErrorPercent);
                None
            }
        }
    }

    /// ISO (what a date field sends) or Danish day.month.year.
    fn date(&mut self, field: &str) -> Option<NaiveDate> {
        let text = self.required(field)?;
        let parsed = crate::domain::dates::parse(&text);
        if parsed.is_none() {
            self.error(field, Msg::ErrorDate);
        }
        parsed
    }

    fn legal_form(&mut self) -> Option<LegalForm> {
        let code = self.required("legal_form")?;
        let form = LegalForm::from_code(&code);
        if form.is_none() {
            self.error("legal_form", Msg::ErrorChoose);
        }
        form
    }

    fn purpose(&mut self) -> Option<PurposeAnswers> {
        let aim = self.required("primary_aim").and_then(|code| {
            let aim = AIMS.iter().find(|(_, c)| *c == code).map(|(a, _)| *a);
            if aim.is_none() {
                self.error("primary_aim", Msg::ErrorChoose);
            }
            aim
        });
        let in_statutes = self.yes_no("in_statutes");
        Some(PurposeAnswers {
            primary_aim: aim?,
            in_statutes: in_statutes?,
        })
    }

    fn commercial(&mut self) -> Option<CommercialAnswers> {
        let sales = self.amount("sales_revenue", false);
        let total = self.amount("total_revenue", false);
        let (sales, total) = (sales?, total?);
        if sales > total {
            self.error("sales_revenue", Msg::ErrorSalesAboveTotal);
            return None;
        }
        Some(CommercialAnswers {
            sales_revenue: sales,
            total_revenue: total,
        })
    }

    fn independence(&mut self) -> Option<IndependenceAnswers> {
        let own = self.percent("public_ownership_pct");
        let board = self.percent("public_appointed_board_pct");
        let votes = self.percent("public_votes_pct");
        let other = self.yes_no("public_control_otherwise");
        Some(IndependenceAnswers {
            public_ownership_pct: own?,
            public_appointed_board_pct: board?,
            public_votes_pct: votes?,
            public_control_otherwise: other?,
        })
    }

    fn governance(&mut self) -> Option<GovernanceAnswers> {
        let involves = STAKEHOLDERS
            .iter()
            .filter(|(_, code)| self.text(&format!("involves_{code}")).is_some())
            .map(|(s, _)| *s)
            .collect();
        let ethical_guidelines = self.yes_no("ethical_guidelines")?;
        Some(GovernanceAnswers {
            involves,
            ethical_guidelines,
        })
    }

    fn profit(&mut self) -> Option<DividendInput> {
        let paid_in = self.amount("paid_in_capital", false);
        let profit = self.amount("profit_after_tax", true);
        let dividend = self.amount("dividend", false);
        let decided_on = self.date("decided_on");
        Some(DividendInput {
            paid_in_capital: paid_in?,
            profit_after_tax: profit?,
            dividend: dividend?,
            decided_on: decided_on?,
        })
    }

    /// The optional earlier years: a row counts once any of its fields is filled, and then
    /// needs all three.
    fn earlier_years(&mut self) -> Vec<EarlierYear> {
        let mut years = Vec::new();
        for [profit, dividend, decided] in EARLIER_YEAR_FIELDS {
            if [profit, dividend, decided]
                .iter()
                .all(|f| self.text(f).is_none())
            {
                continue;
            }
            let p = self.amount(profit, true);
            let d = self.amount(dividend, false);
            let day = self.date(decided);
            if let (Some(profit_after_tax), Some(dividend), Some(decided_on)) = (p, d, day) {
                years.push(EarlierYear {
                    profit_after_tax,
                    dividend,
                    decided_on,
                });
            }
        }
        years
    }
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
