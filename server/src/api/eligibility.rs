//! `POST /api/v1/eligibility`: the same rules as the self-assessment wizard, as JSON.
use super::request::{FieldProblem, Rejection, parse};
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
use serde::{Deserialize, Serialize};
use serde_json::{Number, Value, json};

#[derive(Deserialize)]
pub struct Params {
    lang: Option<String>,
}

pub async fn check(
    State(state): State<AppState>,
    Query(params): Query<Params>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
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
    Json(ResponseV1::new(&evaluation, language(&params, &headers))).into_response()
}

/// `?lang=en`, else an `Accept-Language` that prefers English, else Danish.
fn language(params: &Params, headers: &HeaderMap) -> Lang {
    if let Some(lang) = params.lang.as_deref().and_then(Lang::from_code) {
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
    (status, Json(json!({ "errors": problems }))).into_response()
}

#[derive(Serialize)]
struct ResponseV1 {
    overall: Value,
    criteria: Vec<CriterionV1>,
    dividend: Option<DividendV1>,
}

#[derive(Serialize)]
struct HistoryV1 {
    total_paid: Number,
    lawful_total: Number,
    within: bool,
    years: Vec<Value>,
}

#[derive(Serialize)]
struct CriterionV1 {
    id: Value,
    status: Value,
    reasons: Vec<String>,
    reference: &'static str,
}

#[derive(Serialize)]
struct DividendV1 {
    discount_rate_pct: Option<Number>,
    rate_effective_from: Option<String>,
    rate_confidence: Option<Value>,
    rate_date_approximate: Option<bool>,
    return_pct: Option<Number>,
    return_cap_pct: Option<Number>,
    payout_pct: Option<Number>,
    payout_cap_pct: Number,
    max_dividend: Number,
    headroom: Number,
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
                        .map(|(day, r)| {
                            json!({
                                "decided_on": day.to_string(),
                                "passes": r.passes(),
                                "max_dividend": dkk(r.max_dividend),
                                "breaches": r.breaches,
                            })
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
