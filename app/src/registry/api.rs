//! What crosses the wire between the registry's pages and its server functions.
use crate::domain::company::{LegalForm, Purpose};
use crate::domain::listing::{RsvStatus, Step, TargetGroup};
use crate::domain::text::url_encode;
#[cfg(feature = "ssr")]
use crate::form::chars;
use serde::{Deserialize, Serialize};

pub const PAGE_SIZE: u64 = 20;
pub const MAX_QUERY_CHARS: usize = 100;

/// Search, filters and order, as they appear in the list page's URL (`?q=…&municipality=…`),
/// and the same for the JSON list and the CSV download.
// Validation runs on the server only: the browser needs no validator code for a search box.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(validator::Validate))]
// A call that leaves a field out means its default, as a link that leaves it out does.
#[serde(default)]
pub struct CompanyQuery {
    /// Free text: every word, or the start of it, in the name, city, products or purpose.
    #[cfg_attr(feature = "ssr", validate(length(max = chars(MAX_QUERY_CHARS))))]
    pub q: Option<String>,
    /// Municipality slug.
    pub municipality: Option<String>,
    pub purpose: Option<Purpose>,
    pub legal_form: Option<LegalForm>,
    /// Employs people from this target group.
    pub target_group: Option<TargetGroup>,
    /// Only entries whose RSV status the municipality has checked.
    pub checked: bool,
    /// Only companies with employees from the target groups.
    pub employs: bool,
    pub sort: Sort,
    /// 1-based.
    #[cfg_attr(feature = "ssr", validate(range(min = 1, max = MAX_PAGE)))]
    pub page: u64,
}

pub const MAX_PAGE: u64 = 10_000;

/// The list's order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    /// Danish alphabetical order (æ, ø, å last).
    #[default]
    Name,
    /// First listed most recently.
    Newest,
    /// RSV status checked most recently; never checked last.
    Checked,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Name, Sort::Newest, Sort::Checked];

    pub fn code(self) -> &'static str {
        match self {
            Sort::Name => "name",
            Sort::Newest => "newest",
            Sort::Checked => "checked",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// The URL parameters, in the order links write them.
pub const QUERY_PARAMS: [&str; 9] = [
    "q",
    "municipality",
    "purpose",
    "legal_form",
    "target_group",
    "checked",
    "employs",
    "sort",
    "page",
];

impl CompanyQuery {
    /// Builds the query from URL parameters. Unknown or empty values mean "no filter", so a
    /// stale or hand-edited link still shows a list instead of an error.
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> Self {
        Self::parse(get).0
    }

    /// As [`Self::from_params`], with the names of the parameters whose value was not
    /// understood: the page ignores them, the JSON API refuses them.
    pub fn parse(get: impl Fn(&str) -> Option<String>) -> (Self, Vec<&'static str>) {
        let mut unread = Vec::new();
        let mut read = |key: &'static str, parse: &dyn Fn(&str) -> bool| {
            let value = get(key)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty());
            if let Some(v) = &value
                && !parse(v)
            {
                unread.push(key);
            }
            value
        };
        let q = read("q", &|_| true);
        let municipality = read("municipality", &|_| true);
        let purpose = read("purpose", &|v| Purpose::from_code(v).is_some());
        let legal_form = read("legal_form", &|v| LegalForm::from_code(v).is_some());
        let target_group = read("target_group", &|v| TargetGroup::from_code(v).is_some());
        let checked = read("checked", &|v| flag(v).is_some());
        let employs = read("employs", &|v| flag(v).is_some());
        let sort = read("sort", &|v| Sort::from_code(v).is_some());
        let page = read("page", &|v| v.parse::<u64>().is_ok_and(|p| p >= 1));
        let query = Self {
            q,
            municipality,
            purpose: purpose.and_then(|p| Purpose::from_code(&p)),
            legal_form: legal_form.and_then(|l| LegalForm::from_code(&l)),
            target_group: target_group.and_then(|g| TargetGroup::from_code(&g)),
            checked: checked.and_then(|v| flag(&v)).unwrap_or(false),
            employs: employs.and_then(|v| flag(&v)).unwrap_or(false),
            sort: sort.and_then(|s| Sort::from_code(&s)).unwrap_or_default(),
            page: page
                .and_then(|p| p.parse().ok())
                .filter(|p| *p >= 1)
                .unwrap_or(1),
        };
        (query, unread)
    }

    /// The parameters of this query at another page, empty ones left out.
    pub fn params_for_page(&self, page: u64) -> Vec<(&'static str, String)> {
        let mut params: Vec<(&'static str, String)> = Vec::new();
        let mut push = |key, value: Option<String>| {
            if let Some(value) = value {
                params.push((key, value));
            }
        };
        push("q", self.q.clone());
        push("municipality", self.municipality.clone());
        push("purpose", self.purpose.map(|p| p.code().to_owned()));
        push("legal_form", self.legal_form.map(|l| l.code().to_owned()));
        push(
            "target_group",
            self.target_group.map(|g| g.code().to_owned()),
        );
        push("checked", self.checked.then(|| "true".to_owned()));
        push("employs", self.employs.then(|| "true".to_owned()));
        push(
            "sort",
            (self.sort != Sort::Name).then(|| self.sort.code().to_owned()),
        );
        push("page", (page > 1).then(|| page.to_string()));
        params
    }

    /// `path` with this query at another page, for the pagination links and downloads.
    pub fn href(&self, path: &str, page: u64) -> String {
        let query: Vec<String> = self
            .params_for_page(page)
            .into_iter()
            .map(|(k, v)| format!("{k}={}", url_encode(&v)))
            .collect();
        if query.is_empty() {
            path.to_owned()
        } else {
            format!("{path}?{}", query.join("&"))
        }
    }

    /// The URL of this query at another page of the list.
    pub fn href_for_page(&self, page: u64) -> String {
        self.href("/registry", page)
    }
}

/// A ticked box: `true` (the form and the API), `on` or `1`; `false` or `0` is unticked.
fn flag(value: &str) -> Option<bool> {
    match value {
        "true" | "on" | "1" => Some(true),
        "false" | "0" => Some(false),
        _ => None,
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MunicipalityOption {
    pub slug: String,
    pub name: String,
}

/// One row of the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanySummary {
    pub cvr: String,
    pub name: String,
    pub legal_form: LegalForm,
    pub purpose: Purpose,
    pub city: String,
    pub municipality: String,
    pub description_da: String,
    pub description_en: Option<String>,
    pub products: String,
    pub website: Option<String>,
    pub target_groups: Vec<TargetGroup>,
    pub employees: Option<i32>,
    pub target_group_employees: Option<i32>,
    pub rsv_status: RsvStatus,
    /// ISO date (YYYY-MM-DD) of the municipality's last check of the RSV status.
    pub checked_on: Option<String>,
    /// ISO date (YYYY-MM-DD) the company was first listed.
    pub listed_on: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyPage {
    pub items: Vec<CompanySummary>,
    pub total: u64,
    pub page: u64,
    pub page_count: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyDetail {
    pub cvr: String,
    pub name: String,
    pub legal_form: LegalForm,
    pub purpose: Purpose,
    pub description_da: String,
    pub description_en: Option<String>,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub municipality: String,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub founded_year: Option<i32>,
    pub employees: Option<i32>,
    pub products: String,
    pub target_groups: Vec<TargetGroup>,
    /// How many of the employees are from the target groups.
    pub target_group_employees: Option<i32>,
    pub rsv_status: RsvStatus,
    /// The municipality's last check of the RSV status.
    pub check: Option<RsvCheck>,
    /// ISO date (YYYY-MM-DD) the company was first listed.
    pub listed_on: Option<String>,
    /// What changed the public entry, newest first.
    pub history: Vec<PublicEvent>,
    /// The site's address (`PUBLIC_URL`), for the badge's embed code.
    pub site_url: String,
    /// The logo's path on this site (`/logo/{cvr}.png?v=…`, the version changing with the
    /// picture, so it may be cached long); none without a logo.
    pub logo: Option<String>,
}

impl CompanyDetail {
    /// The list's row for this company.
    pub fn summary(&self) -> CompanySummary {
        CompanySummary {
            cvr: self.cvr.clone(),
            name: self.name.clone(),
            legal_form: self.legal_form,
            purpose: self.purpose,
            city: self.city.clone(),
            municipality: self.municipality.clone(),
            description_da: self.description_da.clone(),
            description_en: self.description_en.clone(),
            products: self.products.clone(),
            website: self.website.clone(),
            target_groups: self.target_groups.clone(),
            employees: self.employees,
            target_group_employees: self.target_group_employees,
            rsv_status: self.rsv_status,
            checked_on: self.check.as_ref().map(|c| c.on.clone()),
            listed_on: self.listed_on.clone(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RsvCheck {
    /// ISO date (YYYY-MM-DD).
    pub on: String,
    /// Where staff looked, e.g. `cvr` (the CVR register).
    pub source: Option<String>,
    /// Older than 12 months: shown as "last checked on …".
    pub stale: bool,
}

/// One public change of a listing: when (ISO date), which step, and the reason given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicEvent {
    pub on: String,
    pub step: Step,
    pub reason: Option<String>,
}

/// The registry's figures (`/registry/statistics`): published companies only.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statistics {
    pub total: u64,
    /// By purpose code, every purpose.
    pub by_purpose: Vec<Count>,
    /// By municipality name, every municipality.
    pub by_municipality: Vec<Count>,
    /// By company form code, the forms some company has.
    pub by_legal_form: Vec<Count>,
    /// Companies employing people from each target group (code).
    pub by_target_group: Vec<Count>,
    pub employees: u64,
    pub target_group_employees: u64,
    /// Listed per calendar year (`2025`), oldest first.
    pub per_year: Vec<Count>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    pub key: String,
    pub count: u64,
}

#[cfg(test)]
#[path = "api_tests.rs"]
mod tests;
