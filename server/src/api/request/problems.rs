//! The API's error shape, `{"field", "code", "message"}`: codes and messages are the
//! public contract, so every broken input rule maps to one fixed pair here.
use app::domain::eligibility::{InputError, Problem, ValueKind};
use serde::Serialize;

/// One problem with one field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct FieldProblem {
    /// Dotted path, e.g. `profit.dividend`; empty for the whole body.
    pub field: String,
    #[schema(schema_with = problem_code)]
    pub code: &'static str,
    pub message: String,
}

/// Every code a problem can have.
pub const CODES: [&str; 8] = [
    "malformed_json",
    "wrong_type",
    "negative",
    "too_many_decimals",
    OUT_OF_RANGE,
    "invalid_date",
    "above_total",
    "unavailable",
];

fn problem_code() -> utoipa::openapi::schema::Object {
    crate::api::schema::codes(CODES, "What is wrong.")
}

impl FieldProblem {
    pub(super) fn new(field: &str, code: &'static str, message: impl Into<String>) -> Self {
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

const OUT_OF_RANGE: &str = "out_of_range";
const PERCENT_RANGE: &str = "must be between 0 and 100";
const AMOUNT_RANGE: &str = "must be a number of DKK below one trillion";

impl From<&InputError> for FieldProblem {
    fn from(error: &InputError) -> Self {
        let kind = error.field.kind();
        let (code, message) = match error.problem {
            Problem::Negative => ("negative", "must not be negative".to_owned()),
            Problem::AboveTotal => (
                "above_total",
                "sales_revenue must not exceed total_revenue".to_owned(),
            ),
            Problem::TooManyDecimals { .. } if kind == ValueKind::Percent => {
                ("too_many_decimals", "at most four decimals".to_owned())
            }
            Problem::TooManyDecimals { .. } => {
                ("too_many_decimals", "at most two decimals (øre)".to_owned())
            }
            Problem::TooManyYears { max } => (OUT_OF_RANGE, format!("at most {max} earlier years")),
            Problem::OutOfRange { .. } => (OUT_OF_RANGE, PERCENT_RANGE.to_owned()),
            Problem::TooLarge { .. } => (OUT_OF_RANGE, AMOUNT_RANGE.to_owned()),
            // serde has already refused a missing field or an unknown choice; what is left
            // is a number or a date that cannot be read.
            Problem::Missing | Problem::Unreadable => match kind {
                ValueKind::Percent => (OUT_OF_RANGE, PERCENT_RANGE.to_owned()),
                ValueKind::Amount => (OUT_OF_RANGE, AMOUNT_RANGE.to_owned()),
                ValueKind::Date => (
                    "invalid_date",
                    "must be a real date written YYYY-MM-DD".to_owned(),
                ),
                ValueKind::Choice | ValueKind::List => {
                    ("wrong_type", "not a valid value".to_owned())
                }
            },
        };
        FieldProblem::new(&error.field.path(), code, message)
    }
}
