//! The eligibility request as sent (`POST /api/v1/eligibility`), checked field by field into
//! the rules' `Answers`. Amounts are DKK as JSON numbers with at most two decimals;
//! percentages 0–100 with at most four; dates ISO `YYYY-MM-DD`.
use app::domain::company::LegalForm;
use app::domain::eligibility::answers::{
    Aim, Answers, CommercialAnswers, GovernanceAnswers, IndependenceAnswers, PurposeAnswers,
    Stakeholder,
};
use app::domain::eligibility::dividend::{DividendInput, EarlierYear};
use app::domain::eligibility::money::{Dkk, NumberError, Percent};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Number;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestV1 {
    legal_form: Option<LegalForm>,
    purpose: Option<PurposeV1>,
    commercial: Option<CommercialV1>,
    independence: Option<IndependenceV1>,
    governance: Option<GovernanceV1>,
    profit: Option<ProfitV1>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PurposeV1 {
    primary_aim: Aim,
    in_statutes: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CommercialV1 {
    sales_revenue: Number,
    total_revenue: Number,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct IndependenceV1 {
    public_ownership_pct: Number,
    public_appointed_board_pct: Number,
    public_votes_pct: Number,
    public_control_otherwise: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GovernanceV1 {
    involves: Vec<Stakeholder>,
    ethical_guidelines: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProfitV1 {
    paid_in_capital: Number,
    profit_after_tax: Number,
    dividend: Number,
    decided_on: String,
    #[serde(default)]
    earlier_years: Vec<EarlierYearV1>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EarlierYearV1 {
    profit_after_tax: Number,
    dividend: Number,
    decided_on: String,
}

/// More years than any enterprise has existed under the Act.
const MAX_EARLIER_YEARS: usize = 50;

/// One problem with one field; `field` is a dotted path such as `profit.dividend`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldProblem {
    pub field: String,
    pub code: &'static str,
    pub message: String,
}

impl FieldProblem {
    fn new(field: &str, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            field: field.to_owned(),
            code,
            message: message.into(),
        }
    }
}

/// Why a request could not be read at all (400), or which fields are wrong (422).
#[derive(Debug, PartialEq, Eq)]
pub enum Rejection {
    Malformed(FieldProblem),
    Invalid(Vec<FieldProblem>),
}

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
    request.validate()
}

impl RequestV1 {
    fn validate(self) -> Result<Answers, Rejection> {
        let mut problems = Vec::new();
        let mut check = Checker {
            problems: &mut problems,
        };

        let commercial = self.commercial.and_then(|c| {
            let sales = check.amount("commercial.sales_revenue", &c.sales_revenue, false);
            let total = check.amount("commercial.total_revenue", &c.total_revenue, false);
            let (sales, total) = (sales?, total?);
            if sales > total {
                check.problem(
                    "commercial.sales_revenue",
                    "above_total",
                    "sales_revenue must not exceed total_revenue",
                );
                return None;
            }
            Some(CommercialAnswers {
                sales_revenue: sales,
                total_revenue: total,
            })
        });
        let independence = self.independence.and_then(|i| {
            let own = check.percent("independence.public_ownership_pct", &i.public_ownership_pct);
            let board = check.percent(
                "independence.public_appointed_board_pct",
                &i.public_appointed_board_pct,
            );
            let votes = check.percent("independence.public_votes_pct", &i.public_votes_pct);
            Some(IndependenceAnswers {
                public_ownership_pct: own?,
                public_appointed_board_pct: board?,
                public_votes_pct: votes?,
                public_control_otherwise: i.public_control_otherwise,
            })
        });
        let mut earlier_years = Vec::new();
        let profit = self.profit.and_then(|p| {
            if p.earlier_years.len() > MAX_EARLIER_YEARS {
                check.problem(
                    "profit.earlier_years",
                    "out_of_range",
                    "at most 50 earlier years",
                );
            }
            for (i, year) in p.earlier_years.iter().take(MAX_EARLIER_YEARS).enumerate() {
                let field = |name: &str| format!("profit.earlier_years[{i}].{name}");
                let profit = check.amount(&field("profit_after_tax"), &year.profit_after_tax, true);
                let dividend = check.amount(&field("dividend"), &year.dividend, false);
                let decided_on = check.date(&field("decided_on"), &year.decided_on);
                if let (Some(profit_after_tax), Some(dividend), Some(decided_on)) =
                    (profit, dividend, decided_on)
                {
                    earlier_years.push(EarlierYear {
                        profit_after_tax,
                        dividend,
                        decided_on,
                    });
                }
            }
            let paid_in = check.amount("profit.paid_in_capital", &p.paid_in_capital, false);
            // A loss is a negative profit: allowed.
            let profit = check.amount("profit.profit_after_tax", &p.profit_after_tax, true);
            let dividend = check.amount("profit.dividend", &p.dividend, false);
            let decided_on = check.date("profit.decided_on", &p.decided_on);
            Some(DividendInput {
                paid_in_capital: paid_in?,
                profit_after_tax: profit?,
                dividend: dividend?,
                decided_on: decided_on?,
            })
        });

        if !problems.is_empty() {
            return Err(Rejection::Invalid(problems));
        }
        Ok(Answers {
            legal_form: self.legal_form,
            purpose: self.purpose.map(|p| PurposeAnswers {
                primary_aim: p.primary_aim,
                in_statutes: p.in_statutes,
            }),
            commercial,
            independence,
            governance: self.governance.map(|g| GovernanceAnswers {
                involves: g.involves,
                ethical_guidelines: g.ethical_guidelines,
            }),
            profit,
            earlier_years,
        })
    }
}

struct Checker<'a> {
    problems: &'a mut Vec<FieldProblem>,
}

impl Checker<'_> {
    fn problem(&mut self, field: &str, code: &'static str, message: &str) {
        self.problems.push(FieldProblem::new(field, code, message));
    }

    /// serde_json keeps a decimal as f64 and prints it in the shortest form that reads back
    /// the same ("60000.5"), so the text is the number the client wrote; parsing that text
    /// keeps the amount exact.
    fn amount(&mut self, field: &str, number: &Number, may_be_negative: bool) -> Option<Dkk> {
        match Dkk::parse_plain(&number.to_string()) {
            Ok(amount) if amount.0 < 0 && !may_be_negative => {
                self.problem(field, "negative", "must not be negative");
                None
            }
            Ok(amount) => Some(amount),
            Err(NumberError::TooManyDecimals) => {
                self.problem(field, "too_many_decimals", "at most two decimals (øre)");
                None
            }
            Err(_) => {
                self.problem(
                    field,
                    "out_of_range",
                    "must be a number of DKK below one trillion",
                );
                None
            }
        }
    }

    fn percent(&mut self, field: &str, number: &Number) -> Option<Percent> {
        match Percent::parse(&number.to_string()) {
            Ok(pct) if pct < Percent(0) || pct > Percent::from_points(100) => {
                self.problem(field, "out_of_range", "must be between 0 and 100");
                None
            }
            Ok(pct) => Some(pct),
            Err(NumberError::TooManyDecimals) => {
                self.problem(field, "too_many_decimals", "at most four decimals");
                None
            }
            Err(_) => {
                self.problem(field, "out_of_range", "must be between 0 and 100");
                None
            }
        }
    }

    fn date(&mut self, field: &str, text: &str) -> Option<NaiveDate> {
        let parsed = (text.len() == 10)
            .then(|| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok())
            .flatten();
        if parsed.is_none() {
            self.problem(
                field,
                "invalid_date",
                "must be a real date written YYYY-MM-DD",
            );
        }
        parsed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn full() -> serde_json::Value {
        json!({
            "legal_form": "aps",
            "purpose": {"primary_aim": "social", "in_statutes": true},
            "commercial": {"sales_revenue": 900000, "total_revenue": 1000000},
            "independence": {"public_ownership_pct": 0, "public_appointed_board_pct": 0,
                             "public_votes_pct": 0, "public_control_otherwise": false},
            "governance": {"involves": ["employees", "customers"], "ethical_guidelines": true},
            "profit": {"paid_in_capital": 500000, "profit_after_tax": 200000,
                       "dividend": 60000, "decided_on": "2025-09-01"}
        })
    }

    fn parse_value(value: serde_json::Value) -> Result<Answers, Rejection> {
        parse(value.to_string().as_bytes())
    }

    fn problems(value: serde_json::Value) -> Vec<(String, &'static str)> {
        match parse_value(value) {
            Err(Rejection::Invalid(problems)) => {
                problems.into_iter().map(|p| (p.field, p.code)).collect()
            }
            other => panic!("expected field problems, got {other:?}"),
        }
    }

    #[test]
    fn the_documented_example_reads_exactly() {
        let answers = parse_value(full()).unwrap();
        assert_eq!(answers.legal_form, Some(LegalForm::Aps));
        let profit = answers.profit.unwrap();
        assert_eq!(profit.dividend, Dkk::from_kroner(60_000));
        assert_eq!(
            profit.decided_on,
            NaiveDate::from_ymd_opt(2025, 9, 1).unwrap()
        );
    }

    #[test]
    fn decimals_stay_exact() {
        let mut v = full();
        v["profit"]["dividend"] = json!(60000.1);
        v["independence"]["public_ownership_pct"] = json!(49.9999);
        let answers = parse_value(v).unwrap();
        assert_eq!(answers.profit.unwrap().dividend, Dkk(6_000_010));
        assert_eq!(
            answers.independence.unwrap().public_ownership_pct,
            Percent(499_999)
        );
    }

    #[test]
    fn sections_may_be_left_out() {
        let answers = parse_value(json!({"legal_form": "forening"})).unwrap();
        assert!(answers.profit.is_none() && answers.purpose.is_none());
    }

    #[test]
    fn malformed_json_is_its_own_rejection() {
        assert!(matches!(
            parse(b"{\"legal_form\": "),
            Err(Rejection::Malformed(_))
        ));
        assert!(matches!(parse(b""), Err(Rejection::Malformed(_))));
    }

    #[test]
    fn wrong_types_and_unknown_values_name_the_field() {
        let mut v = full();
        v["legal_form"] = json!("gmbh");
        assert_eq!(problems(v), [("legal_form".to_owned(), "wrong_type")]);
        let mut v = full();
        v["profit"]["dividend"] = json!("lots");
        assert_eq!(problems(v), [("profit.dividend".to_owned(), "wrong_type")]);
        let mut v = full();
        v["governance"]["involves"] = json!(["aliens"]);
        assert_eq!(problems(v)[0].0, "governance.involves[0]");
        let mut v = full();
        v["surprise"] = json!(1);
        assert_eq!(problems(v)[0].1, "wrong_type");
        assert_eq!(problems(json!([1, 2]))[0].1, "wrong_type");
    }

    #[test]
    fn every_bad_value_is_listed_at_once() {
        let mut v = full();
        v["commercial"]["total_revenue"] = json!(-1);
        v["independence"]["public_votes_pct"] = json!(100.5);
        v["independence"]["public_ownership_pct"] = json!(-3);
        v["profit"]["dividend"] = json!(10.001);
        v["profit"]["decided_on"] = json!("2025-02-30");
        v["profit"]["paid_in_capital"] = json!(1e15);
        assert_eq!(
            problems(v),
            [
                ("commercial.total_revenue".to_owned(), "negative"),
                (
                    "independence.public_ownership_pct".to_owned(),
                    "out_of_range"
                ),
                ("independence.public_votes_pct".to_owned(), "out_of_range"),
                ("profit.paid_in_capital".to_owned(), "out_of_range"),
                ("profit.dividend".to_owned(), "too_many_decimals"),
                ("profit.decided_on".to_owned(), "invalid_date"),
            ]
        );
    }

    #[test]
    fn sales_above_total_and_odd_dates_are_refused() {
        let mut v = full();
        v["commercial"]["sales_revenue"] = json!(1000001);
        assert_eq!(
            problems(v),
            [("commercial.sales_revenue".to_owned(), "above_total")]
        );
        for bad in ["2025-9-1", "01-09-2025", "2025-13-01", "tomorrow", ""] {
            let mut v = full();
            v["profit"]["decided_on"] = json!(bad);
            assert_eq!(
                problems(v),
                [("profit.decided_on".to_owned(), "invalid_date")],
                "{bad}"
            );
        }
    }

    #[test]
    fn earlier_years_are_read_and_checked_field_by_field() {
        let mut v = full();
        v["profit"]["earlier_years"] = json!([
            {"profit_after_tax": 100000, "dividend": 10000, "decided_on": "2024-05-01"},
            {"profit_after_tax": -5, "dividend": -1, "decided_on": "2024-02-30"}
        ]);
        assert_eq!(
            problems(v.clone()),
            [
                ("profit.earlier_years[1].dividend".to_owned(), "negative"),
                (
                    "profit.earlier_years[1].decided_on".to_owned(),
                    "invalid_date"
                ),
            ]
        );
        v["profit"]["earlier_years"].as_array_mut().unwrap().pop();
        assert_eq!(parse_value(v).unwrap().earlier_years.len(), 1);
    }

    #[test]
    fn a_loss_is_a_negative_profit_not_an_error() {
        let mut v = full();
        v["profit"]["profit_after_tax"] = json!(-25000.5);
        assert_eq!(
            parse_value(v).unwrap().profit.unwrap().profit_after_tax,
            Dkk(-2_500_050)
        );
    }
}
