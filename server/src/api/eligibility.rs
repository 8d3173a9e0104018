//! `POST /api/v1/eligibility`: the same rules as the self-assessment wizard, as JSON.
use super::request::{FieldProblem, Rejection, RequestV1, parse};
use super::schema;
use crate::routes::AppState;
use app::assessment::reason_text;
use app::domain::eligibility::dividend::DividendResult;
use app::domain::eligibility::money::{Dkk, Percent};
use app::domain::eligibility::{Evaluation, Settings, evaluate};
use app::i18n::Lang;
use axum::{
    Json,
    body::Bytes,
    extract::{Query, State},
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};
use serde::Serialize;
use serde_json::{Number, Value, json};
use utoipa::{IntoParams, ToSchema};

/// `?lang=`: refused unless `da` or `en`, as the document says. Documentation only: the
/// handler reads the pairs itself, so a repeated or odd parameter gets the API's own error.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct Params {
    /// The language of the reasons; without it, an `Accept-Language` preferring English
    /// gives English, anything else Danish.
    #[param(schema_with = schema::lang)]
    lang: Option<String>,
}

/// Evaluate the criteria.
#[utoipa::path(
    post,
    path = "/api/v1/eligibility",
    tag = "eligibility",
    operation_id = "checkEligibility",
    params(Params),
    request_body(
        content = RequestV1,
        example = json!({
            "legal_form": "aps",
            "purpose": { "primary_aim": "social", "in_statutes": true },
            "commercial": { "sales_revenue": 900000, "total_revenue": 1000000 },
            "independence": { "public_ownership_pct": 0, "public_appointed_board_pct": 0, "public_votes_pct": 0, "public_control_otherwise": false },
            "governance": { "involves": ["employees", "customers"], "ethical_guidelines": true },
            "profit": { "paid_in_capital": 500000, "profit_after_tax": 200000, "dividend": 60000, "decided_on": "2025-09-01" }
        })
    ),
    responses(
        (status = 200, description = "The verdict per criterion and overall.", body = ResponseV1),
        (status = 400, description = "The body is not JSON, or `lang` is neither `da` nor `en`.", body = Errors),
        (status = 422, description = "Well-formed JSON with fields that fail validation: wrong types, unknown values or fields, negative amounts, percentages outside 0–100, impossible dates, sales above total revenue.", body = Errors),
        (status = 503, description = "The discount-rate table could not be read.", body = Errors),
    )
)]
pub async fn check(
    State(state): State<AppState>,
    Query(params): Query<Vec<(String, String)>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang: Vec<&str> = params
        .iter()
        .filter(|(k, _)| k == "lang")
        .map(|(_, v)| v.as_str())
        .collect();
    if lang.iter().any(|l| Lang::from_code(l).is_none()) {
        let problem = FieldProblem {
            field: "lang".into(),
            code: "wrong_type",
            message: "must be da or en".into(),
        };
        return errors(StatusCode::BAD_REQUEST, vec![problem]);
    }
    let answers = match parse(&body) {
        Ok(answers) => answers,
        Err(Rejection::Malformed(problem)) => {
            return errors(StatusCode::BAD_REQUEST, vec![problem]);
        }
        Err(Rejection::Invalid(problems)) => {
            return errors(StatusCode::UNPROCESSABLE_ENTITY, problems);
        }
    };
    let rates = match state.rates.get(&state.db).await {
        Ok(rates) => rates,
        Err(_) => {
            let problem = FieldProblem {
                field: String::new(),
                code: "unavailable",
                message: "the discount-rate table could not be read; try again".into(),
            };
            return errors(StatusCode::SERVICE_UNAVAILABLE, vec![problem]);
        }
    };
    let evaluation = evaluate(&answers, &rates, &Settings::default());
    Json(ResponseV1::new(
        &evaluation,
        language(lang.first().copied(), &headers),
    ))
    .into_response()
}

/// `?lang=en`, else an `Accept-Language` that prefers English, else Danish.
fn language(asked: Option<&str>, headers: &HeaderMap) -> Lang {
    if let Some(lang) = asked.and_then(Lang::from_code) {
        return lang;
    }
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if accept.trim_start().to_ascii_lowercase().starts_with("en") {
        Lang::En
    } else {
        Lang::Da
    }
}

fn errors(status: StatusCode, problems: Vec<FieldProblem>) -> Response {
    (status, Json(Errors { errors: problems })).into_response()
}

#[derive(Serialize, ToSchema)]
#[schema(as = EligibilityResponse)]
pub struct ResponseV1 {
    #[schema(schema_with = schema::overall)]
    overall: Value,
    criteria: Vec<CriterionV1>,
    /// Null when no profit section was sent.
    dividend: Option<DividendV1>,
}

/// What was wrong with the request.
#[derive(Serialize, ToSchema)]
pub struct Errors {
    errors: Vec<FieldProblem>,
}

/// Earlier years with this one: present when `earlier_years` were sent.
#[derive(Serialize, ToSchema)]
#[schema(as = DividendHistory)]
pub struct HistoryV1 {
    #[schema(schema_with = schema::decimal)]
    total_paid: Number,
    #[schema(schema_with = schema::decimal)]
    lawful_total: Number,
    within: bool,
    years: Vec<YearV1>,
}

#[derive(Serialize, ToSchema)]
pub struct YearV1 {
    #[schema(schema_with = schema::date)]
    decided_on: String,
    passes: bool,
    #[schema(schema_with = schema::decimal)]
    max_dividend: Number,
    #[schema(schema_with = schema::breaches)]
    breaches: Value,
}

#[derive(Serialize, ToSchema)]
pub struct CriterionV1 {
    #[schema(schema_with = schema::criterion)]
    id: Value,
    #[schema(schema_with = schema::status)]
    status: Value,
    reasons: Vec<String>,
    /// The paragraph of the Act, e.g. "§ 5, stk. 2".
    reference: &'static str,
}

#[derive(Serialize, ToSchema)]
pub struct DividendV1 {
    #[schema(schema_with = schema::optional_decimal)]
    discount_rate_pct: Option<Number>,
    #[schema(schema_with = schema::optional_date)]
    rate_effective_from: Option<String>,
    #[schema(schema_with = schema::confidence)]
    rate_confidence: Option<Value>,
    rate_date_approximate: Option<bool>,
    #[schema(schema_with = schema::optional_decimal)]
    return_pct: Option<Number>,
    #[schema(schema_with = schema::optional_decimal)]
    return_cap_pct: Option<Number>,
    #[schema(schema_with = schema::optional_decimal)]
    payout_pct: Option<Number>,
    #[schema(schema_with = schema::decimal)]
    payout_cap_pct: Number,
    #[schema(schema_with = schema::decimal)]
    max_dividend: Number,
    /// max_dividend − dividend; negative when over.
    #[schema(schema_with = schema::decimal)]
    headroom: Number,
    #[schema(schema_with = schema::breaches)]
    breaches: Value,
    /// Present when earlier years were sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    history: Option<HistoryV1>,
}

impl ResponseV1 {
    fn new(evaluation: &Evaluation, lang: Lang) -> Self {
        Self {
            overall: json!(evaluation.overall),
            criteria: evaluation
                .criteria
                .iter()
                .map(|c| CriterionV1 {
                    id: json!(c.id),
                    status: json!(c.status),
                    reasons: c.reasons.iter().map(|r| reason_text(r, lang)).collect(),
                    reference: c.id.reference(),
                })
                .collect(),
            dividend: evaluation.dividend.as_ref().map(|d| {
                let mut dividend = DividendV1::new(d);
                dividend.history = evaluation.history.as_ref().map(|h| HistoryV1 {
                    total_paid: dkk(h.total_paid),
                    lawful_total: dkk(h.lawful_total),
                    within: h.within(),
                    years: h
                        .years
                        .iter()
                        .map(|(day, r)| YearV1 {
                            decided_on: day.to_string(),
                            passes: r.passes(),
                            max_dividend: dkk(r.max_dividend),
                            breaches: json!(r.breaches),
                        })
                        .collect(),
                });
                dividend
            }),
        }
    }
}

impl DividendV1 {
    fn new(d: &DividendResult) -> Self {
        Self {
            discount_rate_pct: d.rate.as_ref().map(|r| pct(r.rate)),
            rate_effective_from: d.rate.as_ref().map(|r| r.effective_from.to_string()),
            rate_confidence: d.rate.as_ref().map(|r| json!(r.confidence)),
            rate_date_approximate: d.rate.as_ref().map(|r| r.date_approximate),
            return_pct: d.return_pct.map(pct),
            return_cap_pct: d.return_cap_pct.map(pct),
            payout_pct: d.payout_pct.map(pct),
            payout_cap_pct: pct(d.payout_cap_pct),
            max_dividend: dkk(d.max_dividend),
            headroom: dkk(d.headroom),
            breaches: json!(d.breaches),
            history: None,
        }
    }
}

/// JSON numbers from the exact decimal text ("16.6", "70000.00" → 70000.0).
fn pct(p: Percent) -> Number {
    p.to_decimal_string()
        .parse()
        .unwrap_or_else(|_| Number::from(0))
}

fn dkk(amount: Dkk) -> Number {
    amount
        .to_decimal_string()
        .parse()
        .unwrap_or_else(|_| Number::from(0))
}
