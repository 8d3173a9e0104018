//! What keeps one client from taking the server: request bodies are capped, password
//! hashing runs beside the request threads one per core, and past `MAX_REQUESTS_IN_FLIGHT`
//! requests are answered 503 at once. Both databases.
mod common;

use common::{TestApp, config, form, send};

use app::db_test;
use app::seed::seed_demo_if_empty;
use axum::Router;
use http::{Method, StatusCode, header};
use server::routes::MAX_BODY_BYTES;
use std::time::{Duration, Instant};
use tokio::task::JoinSet;

db_test!(a_body_over_64_kib_is_refused_with_413, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let client = TestApp::new(db);
    let big = form(&[("form[message]", &"x".repeat(MAX_BODY_BYTES))]);
    // As browsers send it, with its length…
    let sized = client.with_header(header::CONTENT_LENGTH, &big.len().to_string());
    let reply = sized.post("/api/enquiry/submit", &big).await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    // …and streamed without one.
    let reply = client.post("/api/enquiry/submit", &big).await;
    assert_eq!(
        reply.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        reply.body
    );
    let reply = client.post("/api/v1/eligibility", &big).await;
    assert_eq!(
        reply.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        reply.body
    );
});

/// `count` sign-ins with a wrong password, all at once, each a hash to compute.
fn flood_of_sign_ins(client: &TestApp<'_>, router: &Router, count: usize) -> JoinSet<StatusCode> {
    let mut flood = JoinSet::new();
    for n in 0..count {
        let email = format!("nobody{n}@example.dk");
        let body = form(&[("email", &email), ("password", "wrong password 123")]);
        let request = client.request(Method::POST, "/api/staff/sign_in", body);
        let router = router.clone();
        flood.spawn(async move { send(router, request).await.status });
    }
    flood
}

db_test!(a_flood_of_sign_ins_leaves_healthz_answering, |db| {
    let client = TestApp::new(db);
    let router = client.router();
    let mut flood = flood_of_sign_ins(&client, &router, 40);
    tokio::time::sleep(Duration::from_millis(50)).await;
    for _ in 0..3 {
        let asked = Instant::now();
        let health = send(router.clone(), client.request(Method::GET, "/healthz", "")).await;
        assert_eq!(health.status, StatusCode::OK);
        assert!(
            asked.elapsed() < Duration::from_millis(250),
            "{:?}",
            asked.elapsed()
        );
    }
    assert!(!flood.is_empty(), "the flood was still going");
    while let Some(status) = flood.join_next().await {
        assert_eq!(status.unwrap(), StatusCode::UNAUTHORIZED);
    }
});

db_test!(past_the_limit_in_flight_requests_get_503_at_once, |db| {
    let client = TestApp::configured(db, &config(&[("MAX_REQUESTS_IN_FLIGHT", "2")]));
    let router = client.router();
    let mut flood = flood_of_sign_ins(&client, &router, 12);
    let mut statuses = Vec::new();
    while let Some(status) = flood.join_next().await {
        statuses.push(status.unwrap());
    }
    let refused = statuses
        .iter()
        .filter(|s| **s == StatusCode::SERVICE_UNAVAILABLE)
        .count();
    assert!(refused >= 1, "{statuses:?}");
    assert!(
        statuses
            .iter()
            .all(|s| [StatusCode::SERVICE_UNAVAILABLE, StatusCode::UNAUTHORIZED].contains(s)),
        "{statuses:?}"
    );
    // The probes are not counted.
    let health = send(router, client.request(Method::GET, "/healthz", "")).await;
    assert_eq!(health.status, StatusCode::OK);
});
