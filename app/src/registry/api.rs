//! What crosses the wire between the registry's pages and its server functions.
use crate::domain::company::{LegalForm, Purpose};
use crate::domain::listing::{RsvStatus, Step, TargetGroup};
#[cfg(feature = "ssr")]
use crate::form::chars;
use serde::{Deserialize, Serialize};

pub const PAGE_SIZE: u64 = 20;
pub const MAX_QUERY_CHARS: usize = 100;

/// Search and filters, as they appear in the list page's URL (`?q=…&municipality=…`).
// Validation runs on the server only: the browser needs no validator code for a search box.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(validator::Validate))]
pub struct CompanyQuery {
    /// Free text, matched against name, city and descriptions.
    #[cfg_attr(feature = "ssr", validate(length(max = chars(MAX_QUERY_CHARS))))]
    pub q: Option<String>,
    /// Municipality slug.
    pub municipality: Option<String>,
    pub purpose: Option<Purpose>,
    /// 1-based.
    #[cfg_attr(feature = "ssr", validate(range(min = 1, max = 10_000)))]
    pub page: u64,
}

impl CompanyQuery {
    /// Builds the query from URL parameters. Unknown or empty values mean "no filter", so a
    /// stale or hand-edited link still shows a list instead of an error.
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> Self {
        let non_empty = |key: &str| {
            get(key)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        Self {
            q: non_empty("q"),
            municipality: non_empty("municipality"),
            purpose: non_empty("purpose").and_then(|p| Purpose::from_code(&p)),
            page: non_empty("page")
                .and_then(|p| p.parse().ok())
                .filter(|p| *p >= 1)
                .unwrap_or(1),
        }
    }

    /// The URL of this query at another page, for the pagination links.
    pub fn href_for_page(&self, page: u64) -> String {
        let mut params: Vec<(&str, String)> = Vec::new();
        if let Some(q) = &self.q {
            params.push(("q", q.clone()));
        }
        if let Some(m) = &self.municipality {
            params.push(("municipality", m.clone()));
        }
        if let Some(p) = self.purpose {
            params.push(("purpose", p.code().to_owned()));
        }
        if page > 1 {
            params.push(("page", page.to_string()));
        }
        let query: Vec<String> = params
            .into_iter()
            .map(|(k, v)| format!("{k}={}", encode_component(&v)))
            .collect();
        if query.is_empty() {
            "/registry".to_owned()
        } else {
            format!("/registry?{}", query.join("&"))
        }
    }
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
fn encode_component(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
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
    pub rsv_status: RsvStatus,
    /// The municipality has checked the RSV status.
    pub checked: bool,
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn params(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| map.get(k).cloned()
    }

    #[test]
    fn empty_and_unknown_params_mean_no_filter() {
        let q = CompanyQuery::from_params(params(&[
            ("q", "  "),
            ("purpose", "astrology"),
            ("page", "-3"),
        ]));
        assert_eq!(
            q,
            CompanyQuery {
                page: 1,
                ..Default::default()
            }
        );
    }

    #[test]
    fn params_are_trimmed_and_parsed() {
        let q = CompanyQuery::from_params(params(&[
            ("q", " café "),
            ("municipality", "hjoerring"),
            ("purpose", "cultural"),
            ("page", "2"),
        ]));
        assert_eq!(q.q.as_deref(), Some("café"));
        assert_eq!(q.municipality.as_deref(), Some("hjoerring"));
        assert_eq!(q.purpose, Some(Purpose::Cultural));
        assert_eq!(q.page, 2);
    }

    #[test]
    fn page_links_keep_the_filters_and_encode_text() {
        let q = CompanyQuery {
            q: Some("grøn & ren".into()),
            purpose: Some(Purpose::Environmental),
            page: 1,
            ..Default::default()
        };
        assert_eq!(
            q.href_for_page(2),
            "/registry?q=gr%C3%B8n%20%26%20ren&purpose=environmental&page=2"
        );
        assert_eq!(CompanyQuery::default().href_for_page(1), "/registry");
    }
}
