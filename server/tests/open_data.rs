//! The registry as open data over HTTP on both databases: the JSON API with the page's
//! filters, the CSV download read back with a CSV parser, the DCAT description, and the
//! OpenAPI document generated from the code.
mod common;

use common::TestApp;

use app::db_test;
use app::domain::company::LegalForm;
use app::registry::api::QUERY_PARAMS;
use app::registry::open_data::CSV_COLUMNS;
use app::seed::{DEMO_COMPANIES, DEMO_LISTED, DEMO_MUNICIPALITIES, demo_cvr, seed_demo_if_empty};
use http::{StatusCode, header};
use serde_json::Value;

async fn json(app: &TestApp<'_>, path: &str) -> (StatusCode, Value) {
    let reply = app.get(path).await;
    (reply.status, reply.json())
}

/// The CSV's rows, header first, read by the `csv` crate.
fn csv_rows(body: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

db_test!(
    the_json_list_pages_with_the_total_and_the_pages_filters,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let app = TestApp::new(db);
        let (status, all) = json(&app, "/api/v1/companies").await;
        assert_eq!(status, StatusCode::OK, "{all}");
        assert_eq!(all["total"], DEMO_LISTED);
        assert_eq!(all["per_page"], 20);
        assert_eq!(all["items"].as_array().unwrap().len(), 20);
        assert_eq!(all["items"][0]["name"], "Aalborg Lydbibliotek");
        let (_, second) = json(&app, "/api/v1/companies?page=2").await;
        assert_eq!(second["items"].as_array().unwrap().len(), DEMO_LISTED - 20);

        // The same search as the page: Danish letters either way, word starts, filters.
        let (_, found) = json(&app, "/api/v1/companies?q=%C3%A5lborg%20lyd").await;
        assert_eq!(found["total"], 1);
        assert_eq!(found["items"][0]["name"], "Aalborg Lydbibliotek");
        let item = &found["items"][0];
        assert!(
            item["profile_url"]
                .as_str()
                .unwrap()
                .ends_with(&format!("/registry/{}", item["cvr"].as_str().unwrap()))
        );
        let (_, aps) = json(
            &app,
            "/api/v1/companies?legal_form=aps&checked=true&sort=newest",
        )
        .await;
        for c in aps["items"].as_array().unwrap() {
            assert_eq!(c["legal_form"], "aps");
            assert!(c["rsv_checked_on"].is_string(), "{c}");
        }
        assert!(aps["total"].as_u64().unwrap() > 0);
    }
);

db_test!(
    the_json_list_refuses_what_its_document_does_not_allow,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let app = TestApp::new(db);
        for (query, field) in [
            ("sort=price", "sort"),
            ("legal_form=ltd", "legal_form"),
            ("checked=on", "checked"),
            ("employs=", "employs"),
            ("purpose=", "purpose"),
            ("page=0", "page"),
            ("page=10001", "page"),
            ("page=x", "page"),
            ("target_group=%20flex_job", "target_group"),
        ] {
            let (status, body) = json(&app, &format!("/api/v1/companies?{query}")).await;
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{query}: {body}");
            assert_eq!(body["errors"][0]["field"], field, "{query}: {body}");
        }
        let long = "a".repeat(101);
        let (status, _) = json(&app, &format!("/api/v1/companies?q={long}")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        // An unknown municipality is a valid question with no answers.
        let (status, none) = json(&app, "/api/v1/companies?municipality=atlantis").await;
        assert_eq!((status, none["total"].as_u64()), (StatusCode::OK, Some(0)));
        // The eligibility API's language is one of two.
        let reply = app.post_json("/api/v1/eligibility?lang=AAA", "{}").await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.body);
    }
);

db_test!(
    one_company_as_json_and_404_for_unknown_or_unpublished,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let app = TestApp::new(db);
        let cvr = demo_cvr(0).to_string();
        let (status, company) = json(&app, &format!("/api/v1/companies/{cvr}")).await;
        assert_eq!(status, StatusCode::OK, "{company}");
        assert_eq!(company["name"], DEMO_COMPANIES[0].name);
        assert_eq!(company["cvr"], cvr);
        assert!(
            company["history"].as_array().is_some_and(|h| !h.is_empty()),
            "{company}"
        );
        // The last Frederikshavn company is deregistered in the demo.
        let closed = DEMO_COMPANIES
            .iter()
            .rposition(|c| c.municipality_code == DEMO_MUNICIPALITIES[0].0)
            .unwrap();
        let gone = demo_cvr(closed).to_string();
        for path in [
            format!("/api/v1/companies/{gone}"),
            "/api/v1/companies/12345678".into(),
            "/api/v1/companies/abc".into(),
        ] {
            let (status, _) = json(&app, &path).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        }
    }
);

db_test!(the_csv_holds_exactly_the_filters_rows, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let app = TestApp::new(db);
    let reply = app.get("/registry.csv").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(
        reply.headers[header::CONTENT_TYPE],
        "text/csv; charset=utf-8; header=present"
    );
    assert!(
        reply.headers[header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    assert!(reply.body.contains("\r\n"), "RFC 4180 line ends");
    let rows = csv_rows(&reply.body);
    assert_eq!(rows[0], CSV_COLUMNS);
    // Every published company, not a page of them.
    assert_eq!(rows.len() - 1, DEMO_LISTED);
    assert_eq!(rows[1][1], "Aalborg Lydbibliotek");

    // A filter gives the same rows as the JSON list of the same query.
    let query = "legal_form=aps&q=&municipality=";
    let filtered = csv_rows(&app.get(&format!("/registry.csv?{query}")).await.body);
    let (_, listed) = json(&app, "/api/v1/companies?legal_form=aps").await;
    assert_eq!(filtered.len() as u64 - 1, listed["total"].as_u64().unwrap());
    assert!(filtered[1..].iter().all(|r| r[2] == LegalForm::Aps.code()));
    let none = csv_rows(&app.get("/registry.csv?q=zzzzqqq").await.body);
    assert_eq!(none, vec![CSV_COLUMNS.map(str::to_owned).to_vec()]);
    // Compressed, as browsers ask for it: the whole file (a compressing body polls the
    // stream once more after its end; that once killed the connection).
    for encoding in ["gzip"] {
        let reply = app
            .with_header(header::ACCEPT_ENCODING, encoding)
            .get("/registry.csv?legal_form=aps")
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{encoding}");
        assert_eq!(reply.headers[header::CONTENT_ENCODING], encoding);
    }
});

db_test!(the_dataset_is_described_in_dcat_ap, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let reply = TestApp::new(db).get("/registry/dataset.jsonld").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.headers[header::CONTENT_TYPE], "application/ld+json");
    let doc: Value = serde_json::from_str(&reply.body).unwrap();
    assert_eq!(doc["@type"], "dcat:Dataset");
    assert_eq!(doc["@context"]["dcat"], "http://www.w3.org/ns/dcat#");
    assert!(
        doc["dct:modified"]["@value"]
            .as_str()
            .is_some_and(|d| d.len() == 20)
    );
    let urls: Vec<&str> = doc["dcat:distribution"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["dcat:accessURL"]["@id"].as_str().unwrap())
        .collect();
    assert!(
        urls[0].ends_with("/registry.csv") && urls[1].ends_with("/api/v1/companies"),
        "{urls:?}"
    );
    // The registry page links to it.
    let page = TestApp::new(db).get("/registry").await;
    assert!(page.body.contains("href=\"/registry/dataset.jsonld\""));
    assert!(page.body.contains("href=\"/registry.csv\""));
});

db_test!(
    the_openapi_document_is_generated_and_covers_every_route,
    |db| {
        let reply = TestApp::new(db).get("/api/openapi.json").await;
        let doc: Value = serde_json::from_str(&reply.body).unwrap();
        let paths: Vec<&String> = doc["paths"].as_object().unwrap().keys().collect();
        // Every `/api/v1` path the server's source registers is in the document.
        for path in api_paths_in_source() {
            assert!(
                paths.iter().any(|p| **p == path),
                "{path} is missing from {paths:?}"
            );
        }
        // The list's parameters are the page's, each with its constraint.
        let params = doc["paths"]["/api/v1/companies"]["get"]["parameters"]
            .as_array()
            .unwrap();
        let names: Vec<&str> = params.iter().map(|p| p["name"].as_str().unwrap()).collect();
        assert_eq!(names, QUERY_PARAMS);
        let schema = |name: &str| &params.iter().find(|p| p["name"] == name).unwrap()["schema"];
        let forms: Vec<&str> = schema("legal_form")["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(forms, LegalForm::ALL.map(LegalForm::code));
        assert_eq!(schema("page")["maximum"], 10000);
        assert_eq!(schema("q")["maxLength"], 100);
        // The eligibility request states its limits.
        let request = &doc["components"]["schemas"]["EligibilityRequest"];
        assert_eq!(request["additionalProperties"], false, "{request}");
        let amount = &doc["components"]["schemas"]["CommercialV1"]["properties"]["sales_revenue"];
        assert_eq!(amount["multipleOf"], 0.01, "{amount}");
        assert_eq!(amount["minimum"], 0.0, "{amount}");
    }
);

/// The `/api/v1/…` paths written in the server's source, in axum's `{param}` form: a route
/// registered without its documentation still shows up here.
fn api_paths_in_source() -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for part in text.split("\"/api/v1/").skip(1) {
                    let rest: String = part.chars().take_while(|c| *c != '"').collect();
                    // `"/api/v1/"` alone is a prefix test, not a route.
                    if !rest.is_empty() {
                        found.push(format!("/api/v1/{rest}"));
                    }
                }
            }
        }
    }
    found.sort();
    found.dedup();
    assert!(found.len() >= 3, "{found:?}");
    found
}

db_test!(the_statistics_page_draws_each_chart_with_its_table, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let reply = TestApp::new(db).get("/registry/statistics").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(
        reply.body.contains("<title>Registret i tal"),
        "the page's title"
    );
    assert_eq!(
        reply.body.matches("<svg").count() - reply.body.matches("<svg class=\"icon").count(),
        5
    );
    assert_eq!(reply.body.matches("class=\"chart-data\"").count(), 5);
    assert!(reply.body.contains(&format!(
        "{DEMO_LISTED} virksomheder er optaget i registret"
    )));
});
