//! Answers for the tests of the rules and of their rendered reasons: the example,
//! eligible on every count, and variations of one section at a time.
use super::answers::*;
use super::dividend::DividendInput;
use super::evaluate::{Evaluation, evaluate};
use super::money::{Dkk, Percent};
use super::rates::known_rates;
use crate::domain::company::LegalForm;
use chrono::NaiveDate;

/// The example from the issue: eligible on every count.
pub fn good() -> Answers {
    Answers {
        legal_form: Some(LegalForm::Aps),
        purpose: Some(PurposeAnswers {
            primary_aim: Aim::Social,
            in_statutes: true,
        }),
        commercial: Some(CommercialAnswers {
            sales_revenue: Dkk::from_kroner(900_000),
            total_revenue: Dkk::from_kroner(1_000_000),
        }),
        independence: Some(IndependenceAnswers {
            public_ownership_pct: Percent(0),
            public_appointed_board_pct: Percent(0),
            public_votes_pct: Percent(0),
            public_control_otherwise: false,
        }),
        governance: Some(GovernanceAnswers {
            involves: vec![Stakeholder::Employees, Stakeholder::Customers],
            ethical_guidelines: true,
        }),
        profit: Some(DividendInput {
            paid_in_capital: Dkk::from_kroner(500_000),
            profit_after_tax: Dkk::from_kroner(200_000),
            dividend: Dkk::from_kroner(60_000),
            decided_on: NaiveDate::from_ymd_opt(2025, 9, 1).unwrap(),
        }),
        earlier_years: Vec::new(),
    }
}

pub fn run(answers: &Answers) -> Evaluation {
    evaluate(answers, &known_rates(), &Settings::default())
}

pub fn commercial(sales: i64, total: i64) -> Answers {
    Answers {
        commercial: Some(CommercialAnswers {
            sales_revenue: Dkk(sales),
            total_revenue: Dkk(total),
        }),
        ..good()
    }
}

pub fn independence(own: i64, board: i64, votes: i64, other: bool) -> Answers {
    Answers {
        independence: Some(IndependenceAnswers {
            public_ownership_pct: Percent(own),
            public_appointed_board_pct: Percent(board),
            public_votes_pct: Percent(votes),
            public_control_otherwise: other,
        }),
        ..good()
    }
}

pub fn dividend(paid_in: i64, profit: i64, dividend: i64, decided_on: (i32, u32, u32)) -> Answers {
    Answers {
        profit: Some(DividendInput {
            paid_in_capital: Dkk::from_kroner(paid_in),
            profit_after_tax: Dkk::from_kroner(profit),
            dividend: Dkk::from_kroner(dividend),
            decided_on: NaiveDate::from_ymd_opt(decided_on.0, decided_on.1, decided_on.2).unwrap(),
        }),
        ..good()
    }
}
