//! `GET /api/v1/companies` and `GET /api/v1/companies/{cvr}`: the public registry as JSON,
//! with the list page's query parameters. Unlike the page, which treats a value it does not
//! understand as "no filter", the API refuses it (422), as its document says.
use super::schema;
use crate::routes::AppState;
use app::error::AppError;
use app::registry::api::{
    CompanyDetail, CompanyQuery, CompanySummary, MAX_PAGE, MAX_QUERY_CHARS, PAGE_SIZE, QUERY_PARAMS,
};
use axum::{
    Json,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use serde::Serialize;
use serde_json::json;
use utoipa::{IntoParams, ToSchema};

/// The query parameters, as documented. The handler reads them with `CompanyQuery::parse`,
/// the page's own parser; a test checks the two name the same parameters.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct ListParams {
    /// Free text: every word, or the start of one, in the name, city, products or purpose.
    /// Danish letters match their spellings (å = aa, æ = ae, ø = oe).
    #[param(max_length = 100)]
    q: Option<String>,
    /// A municipality's slug, e.g. `hjoerring`; an unknown one matches nothing.
    municipality: Option<String>,
    #[param(schema_with = schema::purpose)]
    purpose: Option<String>,
    #[param(schema_with = schema::legal_form)]
    legal_form: Option<String>,
    /// Employs people from this target group.
    #[param(schema_with = schema::target_group)]
    target_group: Option<String>,
    /// Only entries whose RSV status the municipality has checked.
    checked: Option<bool>,
    /// Only companies with employees from the target groups.
    employs: Option<bool>,
    #[param(schema_with = schema::sort)]
    sort: Option<String>,
    /// 1-based; 20 companies a page.
    #[param(minimum = 1, maximum = 10000)]
    page: Option<u64>,
}

#[derive(Serialize, ToSchema)]
pub struct CompanyListV1 {
    items: Vec<CompanyV1>,
    /// How many companies match, on every page.
    total: u64,
    page: u64,
    page_count: u64,
    per_page: u64,
}

/// A published company.
#[derive(Serialize, ToSchema)]
pub struct CompanyV1 {
    #[schema(schema_with = schema::cvr)]
    cvr: String,
    name: String,
    #[schema(schema_with = schema::legal_form)]
    legal_form: &'static str,
    #[schema(schema_with = schema::purpose)]
    purpose: &'static str,
    /// The purpose in the company's words, in Danish.
    description_da: String,
    description_en: Option<String>,
    products: String,
    city: String,
    municipality: String,
    website: Option<String>,
    #[schema(schema_with = schema::target_groups)]
    target_groups: Vec<&'static str>,
    employees: Option<i32>,
    target_group_employees: Option<i32>,
    #[schema(schema_with = schema::rsv_status)]
    rsv_status: &'static str,
    /// When the municipality last checked the RSV status in the CVR register.
    #[schema(schema_with = schema::optional_date)]
    rsv_checked_on: Option<String>,
    #[schema(schema_with = schema::optional_date)]
    listed_on: Option<String>,
    /// The public profile.
    profile_url: String,
}

/// A published company with its address, contact and public history.
#[derive(Serialize, ToSchema)]
pub struct CompanyDetailV1 {
    #[serde(flatten)]
    company: CompanyV1,
    street: String,
    postcode: String,
    email: Option<String>,
    phone: Option<String>,
    founded_year: Option<i32>,
    /// Where the RSV check was made, e.g. `cvr`.
    rsv_check_source: Option<String>,
    /// The check is older than 12 months.
    rsv_check_stale: bool,
    /// Newest first.
    history: Vec<HistoryV1>,
    /// The company's logo (PNG), when it has one.
    logo_url: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct HistoryV1 {
    #[schema(format = Date)]
    on: String,
    #[schema(schema_with = schema::step)]
    step: &'static str,
    reason: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ParameterError {
    /// The query parameter.
    field: String,
    message: String,
}

#[derive(Serialize, ToSchema)]
pub struct ParameterErrors {
    errors: Vec<ParameterError>,
}

/// Search the published companies.
#[utoipa::path(
    get,
    path = "/api/v1/companies",
    tag = "registry",
    operation_id = "listCompanies",
    params(ListParams),
    responses(
        (status = 200, description = "A page of companies and the total.", body = CompanyListV1),
        (status = 422, description = "A parameter with a value the API does not know.", body = ParameterErrors),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    let (query, problems) = read(&pairs);
    if !problems.is_empty() {
        let errors: Vec<_> = problems
            .into_iter()
            .map(|field| ParameterError {
                field: field.to_owned(),
                message: "not a value this parameter takes; see /api/openapi.json".to_owned(),
            })
            .collect();
        return (
            StatusCode::UNPROCESSABLE_ENTITY,
            Json(ParameterErrors { errors }),
        )
            .into_response();
    }
    let site = state.settings.site_url.0.clone();
    match app::registry::list_companies(&state.db, &query).await {
        Ok(page) => Json(CompanyListV1 {
            items: page
                .items
                .into_iter()
                .map(|c| CompanyV1::new(c, &site))
                .collect(),
            total: page.total,
            page: page.page,
            page_count: page.page_count,
            per_page: PAGE_SIZE,
        })
        .into_response(),
        Err(err) => failed(err),
    }
}

/// One published company.
#[utoipa::path(
    get,
    path = "/api/v1/companies/{cvr}",
    tag = "registry",
    operation_id = "getCompany",
    params(("cvr" = String, Path, description = "The CVR number: eight digits.", pattern = "^[0-9]{8}$", example = "39120003")),
    responses(
        (status = 200, description = "The company.", body = CompanyDetailV1),
        (status = 404, description = "No published company has this CVR number."),
    )
)]
pub async fn get(State(state): State<AppState>, Path(cvr): Path<String>) -> Response {
    if cvr.len() != 8 || !cvr.bytes().all(|b| b.is_ascii_digit()) {
        return not_found();
    }
    let site = state.settings.site_url.0.clone();
    match app::registry::get_company(&state.db, &cvr).await {
        Ok(detail) => Json(CompanyDetailV1::new(detail, &site)).into_response(),
        Err(AppError::NotFound) => not_found(),
        Err(err) => failed(err),
    }
}

/// The query, and the parameters whose value the document does not allow. The page reads
/// an empty or padded value, or `on`, leniently; the API holds to its document.
fn read(pairs: &[(String, String)]) -> (CompanyQuery, Vec<&'static str>) {
    let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
    let (query, mut problems) = CompanyQuery::parse(get);
    for (key, value) in pairs {
        let Some(name) = QUERY_PARAMS.iter().find(|p| *p == key) else {
            continue;
        };
        let refused = match *name {
            "q" => value.chars().count() > MAX_QUERY_CHARS,
            "municipality" => false,
            "checked" | "employs" => !matches!(value.as_str(), "true" | "false"),
            "page" => {
                value.is_empty()
                    || value.trim() != value
                    || value.parse::<u64>().is_ok_and(|p| p > MAX_PAGE)
            }
            _ => value.is_empty() || value.trim() != value,
        };
        if refused {
            problems.push(name);
        }
    }
    problems.sort_unstable();
    problems.dedup();
    (query, problems)
}

fn not_found() -> Response {
    (StatusCode::NOT_FOUND, Json(json!({ "errors": [{ "field": "cvr", "message": "no published company has this CVR number" }] }))).into_response()
}

fn failed(err: AppError) -> Response {
    match err {
        AppError::Invalid(_) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            Json(json!({ "errors": [] })),
        )
            .into_response(),
        err => {
            tracing::error!(%err, "registry api");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

impl CompanyV1 {
    fn new(c: CompanySummary, site: &str) -> Self {
        Self {
            profile_url: format!("{site}/registry/{}", c.cvr),
            legal_form: c.legal_form.code(),
            purpose: c.purpose.code(),
            rsv_status: c.rsv_status.code(),
            target_groups: c.target_groups.iter().map(|g| g.code()).collect(),
            rsv_checked_on: c.checked_on,
            cvr: c.cvr,
            name: c.name,
            description_da: c.description_da,
            description_en: c.description_en,
            products: c.products,
            city: c.city,
            municipality: c.municipality,
            website: c.website,
            employees: c.employees,
            target_group_employees: c.target_group_employees,
            listed_on: c.listed_on,
        }
    }
}

impl CompanyDetailV1 {
    fn new(d: CompanyDetail, site: &str) -> Self {
        Self {
            company: CompanyV1::new(d.summary(), site),
            street: d.street,
            postcode: d.postcode,
            email: d.email,
            phone: d.phone,
            founded_year: d.founded_year,
            rsv_check_source: d.check.as_ref().and_then(|c| c.source.clone()),
            rsv_check_stale: d.check.as_ref().is_some_and(|c| c.stale),
            logo_url: d.logo.as_ref().map(|path| format!("{site}{path}")),
            history: d
                .history
                .into_iter()
                .map(|e| HistoryV1 {
                    on: e.on,
                    step: e.step.code(),
                    reason: e.reason,
                })
                .collect(),
        }
    }
}
