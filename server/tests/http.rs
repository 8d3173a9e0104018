//! The whole router on both databases: probes, server-rendered pages, the no-JavaScript form
//! post of the language switch, and the response hardening.
mod common;

use app::db::testing::{Backend, TestDb};
use app::db_test;
use app::seed::{demo_cvr, seed_demo_if_empty};
use axum::{Router, body::Body};
use http::{Request, StatusCode, header};
use sea_orm::DatabaseConnection;
use tower::ServiceExt;

fn app(db: &DatabaseConnection, cookie_secure: bool) -> Router {
    common::test_app(db, cookie_secure)
}

async fn send(app: Router, request: Request<Body>) -> (StatusCode, http::HeaderMap, String) {
    let response = app.oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), 4 * 1024 * 1024)
        .await
        .unwrap();
    (
        status,
        headers,
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

fn get(path: &str) -> Request<Body> {
    Request::get(path).body(Body::empty()).unwrap()
}

db_test!(probes_answer_when_ready, |db| {
    let (status, _, body) = send(app(db, false), get("/healthz")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("ok"));
    let (status, _, body) = send(app(db, false), get("/readyz")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
});

#[tokio::test]
async fn readiness_fails_while_migrations_are_pending_on_sqlite() {
    readiness_fails_while_migrations_are_pending(Backend::Sqlite).await;
}

#[tokio::test]
async fn readiness_fails_while_migrations_are_pending_on_postgres() {
    readiness_fails_while_migrations_are_pending(Backend::Postgres).await;
}

async fn readiness_fails_while_migrations_are_pending(backend: Backend) {
    let test_db = TestDb::unmigrated(backend).await;
    let (status, _, body) = send(app(&test_db.db, false), get("/readyz")).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(body.contains("migrations"), "{body}");
    let (status, _, _) = send(app(&test_db.db, false), get("/healthz")).await;
    assert_eq!(status, StatusCode::OK, "alive even when not ready");
    test_db.close().await;
}

db_test!(
    pages_are_rendered_on_the_server_in_danish_by_default,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let (status, headers, body) = send(app(db, false), get("/registry")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            body.contains(r#"<html lang="da""#),
            "{}",
            &body[..200.min(body.len())]
        );
        // The data is in the HTML itself: no JavaScript needed to see it.
        assert!(body.contains("Aalborg Lydbibliotek"));
        assert!(body.contains("Viser 1–20 af 36"));
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert_eq!(headers[header::X_FRAME_OPTIONS], "DENY");
    }
);

db_test!(
    the_language_cookie_switches_the_rendering_to_english,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let request = Request::get("/registry")
            .header(header::COOKIE, "lang=en")
            .body(Body::empty())
            .unwrap();
        let (_, _, body) = send(app(db, false), request).await;
        assert!(body.contains(r#"<html lang="en""#));
        assert!(body.contains("Showing 1–20 of 36"));
    }
);

db_test!(profiles_render_and_unknown_ones_are_404, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let (status, _, body) = send(app(db, false), get(&format!("/registry/{}", demo_cvr(0)))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Kystens Genbrugsværksted"));
    let (status, _, body) = send(app(db, false), get("/registry/13748136")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("Ikke fundet"));
    let (status, _, _) = send(app(db, false), get("/no/such/page")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
});

db_test!(an_overlong_search_in_the_url_is_422_not_500, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let (status, _, body) = send(
        app(db, false),
        get(&format!("/registry?q={}", "a".repeat(150))),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("Teksten er for lang: højst 100 tegn."));
    // The filter keeps its choices.
    assert!(body.contains("Hjørring Kommune"));
});

db_test!(the_language_form_works_without_javascript, |db| {
    // What a browser without JavaScript sends when the switch is pressed.
    let request = Request::post("/api/set_language")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "text/html,application/xhtml+xml")
        .header(header::REFERER, "http://127.0.0.1:3000/registry?q=kaffe")
        .body(Body::from("lang=en"))
        .unwrap();
    let (status, headers, _) = send(app(db, false), request).await;
    assert_eq!(status, StatusCode::FOUND);
    assert_eq!(
        headers[header::LOCATION],
        "http://127.0.0.1:3000/registry?q=kaffe"
    );
    let cookie = headers[header::SET_COOKIE].to_str().unwrap();
    assert!(cookie.starts_with("lang=en;"), "{cookie}");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
    assert!(!cookie.contains("Secure"), "plain http in development");
});

db_test!(cookies_are_secure_when_served_over_https, |db| {
    let request = Request::post("/api/set_language")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("lang=da"))
        .unwrap();
    let (status, headers, _) = send(app(db, true), request).await;
    assert!(status.is_success(), "{status}");
    let cookie = headers[header::SET_COOKIE].to_str().unwrap();
    assert!(cookie.ends_with("; Secure"), "{cookie}");
});

db_test!(bad_server_function_input_is_a_client_error, |db| {
    for body in ["lang=klingon", "", "nonsense"] {
        let request = Request::post("/api/set_language")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap();
        let (status, _, text) = send(app(db, false), request).await;
        assert!(status.is_client_error(), "{body:?} gave {status}: {text}");
    }
});

db_test!(server_functions_reach_the_database_over_http, |db| {
    seed_demo_if_empty(db).await.unwrap();
    // How the browser calls `list_companies` after hydration.
    let request = Request::post("/api/registry/list_companies")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "application/json")
        .body(Body::from("query[q]=bageri&query[page]=1"))
        .unwrap();
    let (status, _, body) = send(app(db, false), request).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let page: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(page["total"], 1);
    assert_eq!(page["items"][0]["name"], "Sæby Socialøkonomiske Bageri");

    let request = Request::post("/api/registry/list_companies")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "application/json")
        .body(Body::from("query[page]=0"))
        .unwrap();
    let (status, _, body) = send(app(db, false), request).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("ErrorOutOfRange"), "{body}");
});
