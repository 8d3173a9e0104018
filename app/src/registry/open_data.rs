//! The registry as open data: the CSV download's rows and the DCAT-AP description of the
//! dataset. The server streams and serves them (`server/src/open_data.rs`). Server only.
use super::api::CompanySummary;
use crate::domain::listing::ListingStatus;
use crate::entities::company;
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde_json::{Value, json};

/// The licence the data is published under; the DCAT description names it.
pub const LICENCE: &str = "https://creativecommons.org/licenses/by/4.0/";

pub const CSV_COLUMNS: [&str; 17] = [
    "cvr",
    "name",
    "legal_form",
    "purpose",
    "municipality",
    "city",
    "products",
    "target_groups",
    "employees",
    "target_group_employees",
    "rsv_status",
    "rsv_checked_on",
    "listed_on",
    "description_da",
    "description_en",
    "website",
    "profile_url",
];

/// CSV (RFC 4180: quoted where needed, CRLF line ends, UTF-8) of `rows`, the header row
/// first when `header`. `site` is the site's address, for each profile's link.
pub fn csv_rows(rows: &[CompanySummary], site: &str, header: bool) -> Result<Vec<u8>, AppError> {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::with_capacity(rows.len() * 400));
    let failed = |err: csv::Error| {
        tracing::error!(%err, "csv");
        AppError::Internal
    };
    if header {
        out.write_record(CSV_COLUMNS).map_err(failed)?;
    }
    for c in rows {
        let number = |n: Option<i32>| n.map(|n| n.to_string()).unwrap_or_default();
        let groups: Vec<&str> = c.target_groups.iter().map(|g| g.code()).collect();
        let record: [String; 17] = [
            c.cvr.clone(),
            cell(&c.name),
            c.legal_form.code().to_owned(),
            c.purpose.code().to_owned(),
            cell(&c.municipality),
            cell(&c.city),
            cell(&c.products),
            groups.join(";"),
            number(c.employees),
            number(c.target_group_employees),
            c.rsv_status.code().to_owned(),
            c.checked_on.clone().unwrap_or_default(),
            c.listed_on.clone().unwrap_or_default(),
            cell(&c.description_da),
            cell(c.description_en.as_deref().unwrap_or_default()),
            cell(c.website.as_deref().unwrap_or_default()),
            format!("{site}/registry/{}", c.cvr),
        ];
        out.write_record(&record).map_err(failed)?;
    }
    out.into_inner()
        .map_err(|err| failed(err.into_error().into()))
}

/// Text the public typed, made safe for spreadsheets: a cell starting with `=`, `+`, `-`,
/// `@` or a control character would be run as a formula, so it gets a leading apostrophe
/// (OWASP's advice for CSV injection).
fn cell(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    }
}

/// When a published entry last changed: the dataset's `modified`.
pub async fn last_modified(
    db: &impl ConnectionTrait,
) -> Result<Option<chrono::DateTime<chrono::Utc>>, AppError> {
    Ok(company::Entity::find()
        .filter(company::Column::Status.eq(ListingStatus::Published.code()))
        .order_by_desc(company::Column::UpdatedAt)
        .limit(1)
        .one(db)
        .await?
        .map(|c| c.updated_at))
}

/// The dataset's description in DCAT-AP (JSON-LD): what it is, who publishes it under which
/// licence, when it last changed, and its two distributions, the CSV file and the JSON API.
pub fn dataset(site: &str, modified: Option<chrono::DateTime<chrono::Utc>>) -> Value {
    let both = |msg: Msg| {
        json!([
            { "@value": Lang::Da.t(msg), "@language": "da" },
            { "@value": Lang::En.t(msg), "@language": "en" },
        ])
    };
    let mut dataset = json!({
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@id": format!("{site}/registry/dataset.jsonld#dataset"),
        "@type": "dcat:Dataset",
        "dct:title": both(Msg::RegistryHeading),
        "dct:description": both(Msg::DatasetDescription),
        "dct:publisher": {
            "@id": format!("{site}/#publisher"),
            "@type": "foaf:Agent",
            "foaf:name": Lang::Da.t(Msg::SiteName),
            "foaf:homepage": { "@id": format!("{site}/") },
        },
        "dct:license": { "@id": LICENCE },
        "dct:language": [
            { "@id": "http://publications.europa.eu/resource/authority/language/DAN" },
        ],
        "dcat:landingPage": { "@id": format!("{site}/registry") },
        "dcat:distribution": [
            {
                "@id": format!("{site}/registry.csv"),
                "@type": "dcat:Distribution",
                "dct:title": "CSV",
                "dcat:accessURL": { "@id": format!("{site}/registry.csv") },
                "dcat:downloadURL": { "@id": format!("{site}/registry.csv") },
                "dcat:mediaType": { "@id": "http://www.iana.org/assignments/media-types/text/csv" },
                "dct:license": { "@id": LICENCE },
            },
            {
                "@id": format!("{site}/api/v1/companies"),
                "@type": "dcat:Distribution",
                "dct:title": "JSON API",
                "dcat:accessURL": { "@id": format!("{site}/api/v1/companies") },
                "dcat:mediaType": { "@id": "http://www.iana.org/assignments/media-types/application/json" },
                "dct:conformsTo": { "@id": format!("{site}/api/openapi.json") },
                "dct:license": { "@id": LICENCE },
            },
        ],
    });
    if let Some(modified) = modified {
        dataset["dct:modified"] = json!({
            "@value": modified.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
            "@type": "xsd:dateTime",
        });
    }
    dataset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_not_run_by_spreadsheets() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("Café Ø"), "Café Ø");
    }

    #[test]
    fn the_dataset_names_both_distributions_and_its_licence() {
        let d = dataset("https://example.dk", None);
        assert_eq!(d["@type"], "dcat:Dataset");
        assert_eq!(d["dcat:distribution"].as_array().map(Vec::len), Some(2));
        assert_eq!(d["dct:license"]["@id"], LICENCE);
        assert!(d.get("dct:modified").is_none());
    }
}
