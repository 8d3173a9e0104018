//! Reading the wizard's values, as typed, into the rules' one input: Danish or English
//! numbers ("500.000", "12,5 %", "-1.250,50 kr."), ISO or Danish dates, and the codes of the
//! choices. Only the format is handled here; what a value may be is decided by
//! `EligibilityInput::check`, for the wizard and the API alike.
use super::api::{DraftAnswers, Step};
use super::form::{AIMS, EARLIER_YEAR_FIELDS, STAKEHOLDERS, Values};
use crate::domain::company::LegalForm;
use crate::domain::eligibility::input::{
    CommercialInput, EarlierYearInput, EligibilityInput, Given, GovernanceInput, IndependenceInput,
    ProfitInput, PurposeInput,
};
use crate::domain::eligibility::money::{Dkk, Percent};

/// Every answered step becomes its section of the input; unanswered steps stay `None`.
pub(super) fn read_draft(draft: &DraftAnswers) -> EligibilityInput {
    let mut input = EligibilityInput::default();
    for (step, values) in &draft.steps {
        let read = Reader { values };
        match step {
            Step::LegalForm => input.legal_form = Some(read.legal_form()),
            Step::Purpose => input.purpose = Some(read.purpose()),
            Step::Commercial => input.commercial = Some(read.commercial()),
            Step::Independence => input.independence = Some(read.independence()),
            Step::Governance => input.governance = Some(read.governance()),
            Step::Profit => input.profit = Some(read.profit()),
        }
    }
    input
}

struct Reader<'a> {
    values: &'a Values,
}

impl Reader<'_> {
    fn text(&self, field: &str) -> Option<&str> {
        self.values
            .get(field)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// `Missing` for an empty field, else what `read` makes of the text.
    fn given<T>(&self, field: &str, read: impl FnOnce(&str) -> Given<T>) -> Given<T> {
        self.text(field).map_or(Given::Missing, read)
    }

    fn yes_no(&self, field: &str) -> Given<bool> {
        self.given(field, |text| {
            Given::read(match text {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            })
        })
    }

    /// "250.000", "250000,50", "-1.250,50 kr.": a trailing "kr." is allowed.
    fn amount(&self, field: &str) -> Given<Dkk> {
        self.given(field, |text| {
            let cleaned = text.trim_end_matches("kr.").trim_end_matches("kr").trim();
            Given::number(Dkk::parse(cleaned))
        })
    }

    fn percent(&self, field: &str) -> Given<Percent> {
        self.given(field, |text| Given::number(Percent::parse(text)))
    }

    /// ISO (what a date field sends) or Danish day.month.year.
    fn date(&self, field: &str) -> Given<chrono::NaiveDate> {
        self.given(field, |text| Given::read(crate::domain::dates::parse(text)))
    }

    fn legal_form(&self) -> Given<LegalForm> {
        self.given("legal_form", |code| Given::read(LegalForm::from_code(code)))
    }

    fn purpose(&self) -> PurposeInput {
        PurposeInput {
            primary_aim: self.given("primary_aim", |code| {
                Given::read(AIMS.iter().find(|(_, c)| *c == code).map(|(a, _)| *a))
            }),
            in_statutes: self.yes_no("in_statutes"),
        }
    }

    fn commercial(&self) -> CommercialInput {
        CommercialInput {
            sales_revenue: self.amount("sales_revenue"),
            total_revenue: self.amount("total_revenue"),
        }
    }

    fn independence(&self) -> IndependenceInput {
        IndependenceInput {
            public_ownership_pct: self.percent("public_ownership_pct"),
            public_appointed_board_pct: self.percent("public_appointed_board_pct"),
            public_votes_pct: self.percent("public_votes_pct"),
            public_control_otherwise: self.yes_no("public_control_otherwise"),
        }
    }

    /// The stakeholder checkboxes: any value means ticked.
    fn governance(&self) -> GovernanceInput {
        GovernanceInput {
            involves: STAKEHOLDERS
                .iter()
                .filter(|(_, code)| self.text(&format!("involves_{code}")).is_some())
                .map(|(s, _)| *s)
                .collect(),
            ethical_guidelines: self.yes_no("ethical_guidelines"),
        }
    }

    /// The current year and the form's rows of earlier years (an empty row is no year).
    fn profit(&self) -> ProfitInput {
        ProfitInput {
            paid_in_capital: self.amount("paid_in_capital"),
            profit_after_tax: self.amount("profit_after_tax"),
            dividend: self.amount("dividend"),
            decided_on: self.date("decided_on"),
            earlier_years: EARLIER_YEAR_FIELDS
                .iter()
                .map(|[profit, dividend, decided]| EarlierYearInput {
                    profit_after_tax: self.amount(profit),
                    dividend: self.amount(dividend),
                    decided_on: self.date(decided),
                })
                .collect(),
        }
    }
}
