//! The JSON API over HTTP on both databases.
mod common;

use common::TestApp;

use app::db_test;
use http::{StatusCode, header};
use sea_orm::DatabaseConnection;
use serde_json::{Value, json};

async fn post(db: &DatabaseConnection, path: &str, body: impl AsRef<str>) -> (StatusCode, Value) {
    let reply = TestApp::new(db).post_json(path, body).await;
    (reply.status, reply.json())
}

fn example() -> Value {
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

db_test!(the_documented_example_is_eligible_with_every_figure, |db| {
    let (status, body) = post(db, "/api/v1/eligibility", example().to_string()).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["overall"], "eligible");
    let ids: Vec<&str> = body["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "legal_form",
            "social_purpose",
            "commercial_activity",
            "independence",
            "governance",
            "profit_handling"
        ]
    );
    assert_eq!(
        body["criteria"][5]["reference"],
        "§ 5, stk. 1, nr. 5, og stk. 2"
    );
    assert!(
        body["criteria"][5]["reasons"][0]
            .as_str()
            .unwrap()
            .starts_with("Udbyttet er under begge grænser")
    );
    assert_eq!(
        body["dividend"],
        json!({
            "discount_rate_pct": 1.6, "rate_effective_from": "2025-06-06",
            "rate_confidence": "inferred", "rate_date_approximate": false,
            "return_pct": 12, "return_cap_pct": 16.6, "payout_pct": 30, "payout_cap_pct": 35,
            "max_dividend": 70000.0, "headroom": 10000.0, "breaches": []
        })
    );
});

db_test!(reasons_come_in_english_when_asked, |db| {
    let (_, body) = post(db, "/api/v1/eligibility?lang=en", example().to_string()).await;
    assert!(
        body["criteria"][0]["reasons"][0]
            .as_str()
            .unwrap()
            .contains("can be registered")
    );
});

db_test!(exactly_35_percent_passes_and_35_0001_fails, |db| {
    let mut request = example();
    request["profit"] = json!({"paid_in_capital": 10000000, "profit_after_tax": 1000000,
                               "dividend": 350000, "decided_on": "2025-09-01"});
    let (_, body) = post(db, "/api/v1/eligibility", request.to_string()).await;
    assert_eq!(body["criteria"][5]["status"], "met");
    request["profit"]["dividend"] = json!(350001);
    let (_, body) = post(db, "/api/v1/eligibility", request.to_string()).await;
    assert_eq!(body["criteria"][5]["status"], "not_met");
    assert_eq!(body["overall"], "not_eligible");
    assert_eq!(body["dividend"]["payout_pct"], 35.0001);
    assert_eq!(body["dividend"]["breaches"], json!(["payout_above_cap"]));
});

db_test!(an_empty_object_needs_review, |db| {
    let (status, body) = post(db, "/api/v1/eligibility", "{}").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["overall"], "needs_review");
    assert_eq!(body["dividend"], Value::Null);
});

db_test!(bad_input_is_always_a_4xx_with_field_errors, |db| {
    let mut cases: Vec<(String, StatusCode, &str)> = vec![
        ("{\"legal_form\": ".into(), StatusCode::BAD_REQUEST, ""),
        ("".into(), StatusCode::BAD_REQUEST, ""),
        ("not json at all".into(), StatusCode::BAD_REQUEST, ""),
        ("[]".into(), StatusCode::UNPROCESSABLE_ENTITY, ""),
        ("null".into(), StatusCode::UNPROCESSABLE_ENTITY, ""),
    ];
    let edits: Vec<(&str, &str, Value, &str)> = vec![
        ("legal_form", "", json!("gmbh"), "legal_form"),
        (
            "purpose",
            "primary_aim",
            json!("fun"),
            "purpose.primary_aim",
        ),
        (
            "purpose",
            "in_statutes",
            json!("yes"),
            "purpose.in_statutes",
        ),
        (
            "commercial",
            "sales_revenue",
            json!(-1),
            "commercial.sales_revenue",
        ),
        (
            "commercial",
            "sales_revenue",
            json!(2000000),
            "commercial.sales_revenue",
        ),
        (
            "commercial",
            "total_revenue",
            json!("1000"),
            "commercial.total_revenue",
        ),
        (
            "independence",
            "public_votes_pct",
            json!(101),
            "independence.public_votes_pct",
        ),
        (
            "independence",
            "public_ownership_pct",
            json!(-0.5),
            "independence.public_ownership_pct",
        ),
        (
            "governance",
            "involves",
            json!("employees"),
            "governance.involves",
        ),
        ("profit", "dividend", json!(-5), "profit.dividend"),
        ("profit", "dividend", json!(0.001), "profit.dividend"),
        (
            "profit",
            "paid_in_capital",
            json!(1e300),
            "profit.paid_in_capital",
        ),
        (
            "profit",
            "decided_on",
            json!("2025-02-29"),
            "profit.decided_on",
        ),
        ("profit", "decided_on", json!(20250901), "profit.decided_on"),
    ];
    for (section, field, value, path) in edits {
        let mut request = example();
        if field.is_empty() {
            request[section] = value;
        } else {
            request[section][field] = value;
        }
        cases.push((request.to_string(), StatusCode::UNPROCESSABLE_ENTITY, path));
    }
    for (body, expected, path) in cases {
        let (status, response) = post(db, "/api/v1/eligibility", body.clone()).await;
        assert_eq!(status, expected, "{body} → {response}");
        let errors = response["errors"]
            .as_array()
            .unwrap_or_else(|| panic!("{body} → {response}"));
        assert!(!errors.is_empty());
        if !path.is_empty() {
            assert_eq!(errors[0]["field"], path, "{body} → {response}");
        }
    }
});

db_test!(the_openapi_document_describes_the_api, |db| {
    let response = TestApp::new(db).get("/api/openapi.json").await;
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(response.headers[header::CONTENT_TYPE], "application/json");
    let doc: Value = serde_json::from_str(&response.body).unwrap();
    let operation = &doc["paths"]["/api/v1/eligibility"]["post"];
    // The document's own example is a valid request that the API accepts.
    let example = &operation["requestBody"]["content"]["application/json"]["example"];
    assert_eq!(example, &example_from_issue());
    let (status, _) = post(db, "/api/v1/eligibility", example.to_string()).await;
    assert_eq!(status, StatusCode::OK);
    for code in ["200", "400", "422"] {
        assert!(operation["responses"][code].is_object(), "{code}");
    }
});

fn example_from_issue() -> Value {
    example()
}

db_test!(earlier_years_are_tested_each_at_its_own_rate, |db| {
    let mut request = example();
    request["profit"]["earlier_years"] = json!([
        // 180 000 on 500 000 paid in is 36 %: above the cap of 18.6 % (3.60 % in force on
        // 2024-05-01, plus 15).
        {"profit_after_tax": 1000000, "dividend": 180000, "decided_on": "2024-05-01"},
        {"profit_after_tax": 100000, "dividend": 0, "decided_on": "2023-05-01"}
    ]);
    let (status, body) = post(db, "/api/v1/eligibility?lang=en", request.to_string()).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["criteria"][5]["status"], "not_met");
    let reasons = body["criteria"][5]["reasons"].to_string();
    assert!(
        reasons.contains("decided on 1 May 2024 was above"),
        "{reasons}"
    );
    let history = &body["dividend"]["history"];
    assert_eq!(history["total_paid"], 240000.0);
    // 500 000 paid in + each year's lawful return on it: 17.6 % in 2023 (2.60 % + 15),
    // 18.6 % in 2024, 16.6 % in 2025 = 500 000 + 88 000 + 93 000 + 83 000.
    assert_eq!(history["lawful_total"], 764000.0);
    assert_eq!(history["within"], true);
    let years: Vec<&str> = history["years"]
        .as_array()
        .unwrap()
        .iter()
        .map(|y| y["decided_on"].as_str().unwrap())
        .collect();
    assert_eq!(years, ["2023-05-01", "2024-05-01", "2025-09-01"]);
    assert_eq!(history["years"][1]["passes"], false);
});
