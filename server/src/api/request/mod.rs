//! The eligibility request as sent (`POST /api/v1/eligibility`), read into the rules' one
//! input and checked by the same rules as the wizard's. Amounts are DKK as JSON numbers with
//! at most two decimals; percentages 0–100 with at most four; dates ISO `YYYY-MM-DD`. Only
//! the JSON format is handled here (`wire.rs`); the codes and messages of the errors are in
//! `problems.rs`.
mod problems;
mod wire;

pub use problems::{FieldProblem, Rejection};

use app::domain::eligibility::Answers;
use app::domain::eligibility::input::{
    CommercialInput, EarlierYearInput, EligibilityInput, Given, GovernanceInput, IndependenceInput,
    ProfitInput, PurposeInput,
};
use app::domain::eligibility::money::{Dkk, Percent};
use chrono::NaiveDate;
use serde_json::Number;
pub(crate) use wire::RequestV1;
use wire::{EarlierYearV1, ProfitV1};

pub fn parse(body: &[u8]) -> Result<Answers, Rejection> {
    let value: serde_json::Value = serde_json::from_slice(body).map_err(|e| {
        Rejection::Malformed(FieldProblem::new(
            "",
            "malformed_json",
            format!("not valid JSON: {e}"),
        ))
    })?;
    let request: RequestV1 = serde_path_to_error::deserialize(value).map_err(|e| {
        let field = e.path().to_string();
        let field = if field == "." { String::new() } else { field };
        Rejection::Invalid(vec![FieldProblem::new(
            &field,
            "wrong_type",
            e.into_inner().to_string(),
        )])
    })?;
    let checked = input(request).check();
    if !checked.errors.is_empty() {
        return Err(Rejection::Invalid(
            checked.errors.iter().map(FieldProblem::from).collect(),
        ));
    }
    Ok(checked.answers)
}

fn input(request: RequestV1) -> EligibilityInput {
    EligibilityInput {
        legal_form: request.legal_form.map(Given::Value),
        purpose: request.purpose.map(|p| PurposeInput {
            primary_aim: Given::Value(p.primary_aim),
            in_statutes: Given::Value(p.in_statutes),
        }),
        commercial: request.commercial.map(|c| CommercialInput {
            sales_revenue: amount(&c.sales_revenue),
            total_revenue: amount(&c.total_revenue),
        }),
        independence: request.independence.map(|i| IndependenceInput {
            public_ownership_pct: percent(&i.public_ownership_pct),
            public_appointed_board_pct: percent(&i.public_appointed_board_pct),
            public_votes_pct: percent(&i.public_votes_pct),
            public_control_otherwise: Given::Value(i.public_control_otherwise),
        }),
        governance: request.governance.map(|g| GovernanceInput {
            involves: g.involves,
            ethical_guidelines: Given::Value(g.ethical_guidelines),
        }),
        profit: request.profit.map(profit),
    }
}

fn profit(p: ProfitV1) -> ProfitInput {
    ProfitInput {
        paid_in_capital: amount(&p.paid_in_capital),
        profit_after_tax: amount(&p.profit_after_tax),
        dividend: amount(&p.dividend),
        decided_on: date(&p.decided_on),
        earlier_years: p
            .earlier_years
            .iter()
            .map(|year: &EarlierYearV1| EarlierYearInput {
                profit_after_tax: amount(&year.profit_after_tax),
                dividend: amount(&year.dividend),
                decided_on: date(&year.decided_on),
            })
            .collect(),
    }
}

/// serde_json keeps a decimal as f64 and prints it in the shortest form that reads back the
/// same ("60000.5"), so the text is the number the client wrote; parsing that text keeps
/// the amount exact.
fn amount(number: &Number) -> Given<Dkk> {
    Given::number(Dkk::parse_plain(&plain(number)))
}

fn percent(number: &Number) -> Given<Percent> {
    Given::number(Percent::parse(&plain(number)))
}

/// The number without an exponent: serde_json prints a very small or very large one as
/// `6.77e-298`, which is still a number the document allows or refuses by its value (here,
/// too many decimals), not text that cannot be read.
fn plain(number: &Number) -> String {
    let text = number.to_string();
    let Some((mantissa, exponent)) = text.split_once(['e', 'E']) else {
        return text;
    };
    let Ok(exponent) = exponent.parse::<i32>() else {
        return text;
    };
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", mantissa),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{whole}{fraction}");
    // Where the decimal point falls in `digits`; f64's exponent stays within ±400.
    let point = whole.len() as i32 + exponent.clamp(-400, 400);
    let text = if point <= 0 {
        format!("0.{}{digits}", "0".repeat(point.unsigned_abs() as usize))
    } else if point as usize >= digits.len() {
        format!("{digits}{}", "0".repeat(point as usize - digits.len()))
    } else {
        let (int, frac) = digits.split_at(point as usize);
        format!("{int}.{frac}")
    };
    format!("{sign}{text}")
}

/// Strictly `YYYY-MM-DD`.
fn date(text: &str) -> Given<NaiveDate> {
    Given::read(
        (text.len() == 10)
            .then(|| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok())
            .flatten(),
    )
}

#[cfg(test)]
mod tests;
