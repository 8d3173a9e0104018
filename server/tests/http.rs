//! The whole router on both databases: probes, server-rendered pages, the no-JavaScript form
//! post of the language switch, and the response hardening.
mod common;

use common::{Reply, TestApp};

use app::db::testing::{Backend, TestDb};
use app::db_test;
use app::i18n::{Lang, Msg};
use app::registry::api::MAX_QUERY_CHARS;
use app::seed::{demo_cvr, seed_demo_if_empty};
use http::{StatusCode, header};

db_test!(probes_answer_when_ready, |db| {
    let client = TestApp::new(db);
    let Reply { status, body, .. } = client.get("/healthz").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("ok"));
    let Reply { status, body, .. } = client.get("/readyz").await;
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
    let client = TestApp::new(&test_db.db);
    let Reply { status, body, .. } = client.get("/readyz").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(body.contains("migrations"), "{body}");
    let Reply { status, .. } = client.get("/healthz").await;
    assert_eq!(status, StatusCode::OK, "alive even when not ready");
    test_db.close().await;
}

db_test!(
    pages_are_rendered_on_the_server_in_danish_by_default,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let Reply {
            status,
            headers,
            body,
            ..
        } = TestApp::new(db).get("/registry").await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            body.contains(r#"<html lang="da""#),
            "{}",
            &body[..200.min(body.len())]
        );
        // The data is in the HTML itself: no JavaScript needed to see it.
        assert!(body.contains("Aalborg Lydbibliotek"));
        assert!(body.contains(&format!("Viser 1–20 af {}", app::seed::DEMO_LISTED)));
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert_eq!(headers[header::X_FRAME_OPTIONS], "DENY");
    }
);

db_test!(
    the_language_cookie_switches_the_rendering_to_english,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let Reply { body, .. } = TestApp::new(db)
            .with_header(header::COOKIE, "lang=en")
            .get("/registry")
            .await;
        assert!(body.contains(r#"<html lang="en""#));
        assert!(body.contains(&format!("Showing 1–20 of {}", app::seed::DEMO_LISTED)));
    }
);

db_test!(profiles_render_and_unknown_ones_are_404, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let client = TestApp::new(db);
    let Reply { status, body, .. } = client.get(&format!("/registry/{}", demo_cvr(0))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Kystens Genbrugsværksted"));
    let Reply { status, body, .. } = client.get("/registry/13748136").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("Ikke fundet"));
    let Reply { status, .. } = client.get("/no/such/page").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
});

db_test!(an_overlong_search_in_the_url_is_422_not_500, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let over = "a".repeat(MAX_QUERY_CHARS + 1);
    let Reply { status, body, .. } = TestApp::new(db).get(&format!("/registry?q={over}")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let limit = Lang::Da.fill(Msg::ErrorTooLong, &[("max", &MAX_QUERY_CHARS)]);
    assert!(body.contains(&limit), "{limit}");
    // The filter keeps its choices.
    assert!(body.contains("Hjørring Kommune"));
});

db_test!(the_language_form_works_without_javascript, |db| {
    // What a browser without JavaScript sends when the switch is pressed.
    let Reply {
        status, headers, ..
    } = TestApp::new(db)
        .as_plain_form("/registry?q=kaffe")
        .post("/api/set_language", "lang=en")
        .await;
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
    let Reply {
        status, headers, ..
    } = TestApp::new(db)
        .over_https()
        .post("/api/set_language", "lang=da")
        .await;
    assert!(status.is_success(), "{status}");
    let cookie = headers[header::SET_COOKIE].to_str().unwrap();
    assert!(cookie.ends_with("; Secure"), "{cookie}");
});

db_test!(bad_server_function_input_is_a_client_error, |db| {
    for body in ["lang=klingon", "", "nonsense"] {
        let Reply {
            status, body: text, ..
        } = TestApp::new(db).post("/api/set_language", body).await;
        assert!(status.is_client_error(), "{body:?} gave {status}: {text}");
    }
});

db_test!(server_functions_reach_the_database_over_http, |db| {
    seed_demo_if_empty(db).await.unwrap();
    // How the browser calls `list_companies` after hydration.
    let client = TestApp::new(db).with_header(header::ACCEPT, "application/json");
    let Reply { status, body, .. } = client
        .post(
            "/api/registry/list_companies",
            "query[q]=bageri&query[page]=1",
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let page: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(page["total"], 1);
    assert_eq!(page["items"][0]["name"], "Sæby Socialøkonomiske Bageri");

    let Reply { status, body, .. } = client
        .post("/api/registry/list_companies", "query[page]=0")
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("ErrorOutOfRange"), "{body}");
});

/// Many pages rendered at once on a multi-threaded runtime, as a server serves them. The
/// page title was once read after rendering, outside the request's reactive arena, and
/// about one request in a hundred panicked there and lost its connection.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn pages_rendered_at_once_all_answer() {
    let test_db = TestDb::new(Backend::Sqlite).await;
    seed_demo_if_empty(&test_db.db).await.unwrap();
    let router = TestApp::new(&test_db.db)
        .with_header(header::ACCEPT, "text/html")
        .router();
    let mut tasks = Vec::new();
    for i in 0..400 {
        let (router, path) = (router.clone(), ["/staff", "/registry"][i % 2]);
        tasks.push(tokio::spawn(async move {
            let request = http::Request::get(path)
                .header(header::ACCEPT, "text/html")
                .body(axum::body::Body::empty())
                .unwrap();
            (path, common::send(router, request).await.status)
        }));
    }
    for task in tasks {
        let (path, status) = task.await.expect("the request was answered, not dropped");
        let expected = match path {
            "/staff" => StatusCode::FOUND,
            _ => StatusCode::OK,
        };
        assert_eq!(status, expected, "{path}");
    }
    test_db.close().await;
}

/// The nonce a page's CSP names; it must be the one its hydration script carries.
fn csp_nonce(reply: &Reply) -> String {
    let csp = reply.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    let start = csp.find("'nonce-").expect("a nonce") + "'nonce-".len();
    csp[start..].split('\'').next().unwrap().to_owned()
}

db_test!(pages_carry_a_csp_whose_nonce_is_new_each_time, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let client = TestApp::new(db);
    let first = client.get("/").await;
    let csp = first.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    for part in [
        "default-src 'self'",
        "'wasm-unsafe-eval'",
        "frame-ancestors 'none'",
        "object-src 'none'",
    ] {
        assert!(csp.contains(part), "{csp}");
    }
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    let nonce = csp_nonce(&first);
    assert!(nonce.len() >= 16, "{nonce}");
    assert!(
        first.body.contains(&format!("nonce=\"{nonce}\"")),
        "the hydration script carries it"
    );
    assert_ne!(
        csp_nonce(&client.get("/").await),
        nonce,
        "new for each response"
    );
    let permissions = first.headers["permissions-policy"].to_str().unwrap();
    assert!(permissions.contains("camera=()"), "{permissions}");
    // Not a page: a strict policy all the same.
    let json = client.get("/api/openapi.json").await;
    let strict = json.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    assert!(strict.contains("frame-ancestors 'none'"), "{strict}");
    // HSTS only where the site is https.
    assert!(
        first
            .headers
            .get(header::STRICT_TRANSPORT_SECURITY)
            .is_none()
    );
    let https = client.clone().over_https().get("/").await;
    let hsts = https.headers[header::STRICT_TRANSPORT_SECURITY]
        .to_str()
        .unwrap();
    assert!(hsts.starts_with("max-age=63072000"), "{hsts}");
});

db_test!(private_pages_are_never_cached_nor_indexed, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let client = TestApp::new(db);
    for path in ["/staff/login", "/staff/inbox", "/enquiry/status/abc"] {
        let reply = client.get(path).await;
        assert_eq!(reply.headers[header::CACHE_CONTROL], "no-store", "{path}");
        assert_eq!(reply.headers["x-robots-tag"], "noindex", "{path}");
    }
    let public = client.get("/registry").await;
    assert!(public.headers.get("x-robots-tag").is_none());
    assert_ne!(
        public
            .headers
            .get(header::CACHE_CONTROL)
            .map(|v| v.to_str().unwrap()),
        Some("no-store")
    );
});

// The registry's pages are kept as rendered (`page_cache`): the same page again, each time
// with a new nonce, until the registry changes; a revalidation of it gets 304.
db_test!(registry_pages_are_kept_until_the_registry_changes, |db| {
    use app::entities::company;
    use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
    seed_demo_if_empty(db).await.unwrap();
    let client = TestApp::new(db).with_header(header::ACCEPT, "text/html");
    let profile = format!("/registry/{}", demo_cvr(0));
    for path in ["/registry?q=kaffe", profile.as_str()] {
        let first = client.get(path).await;
        let again = client.get(path).await;
        assert_eq!(first.status, StatusCode::OK, "{path}");
        let (a, b) = (csp_nonce(&first), csp_nonce(&again));
        assert_ne!(a, b, "{path}: a new nonce each time");
        assert!(again.body.contains(&format!("nonce=\"{b}\"")), "{path}");
        assert_eq!(
            first.body.replace(&a, "N"),
            again.body.replace(&b, "N"),
            "{path}"
        );
        assert_eq!(again.headers[header::CACHE_CONTROL], "private, no-cache");

        let etag = again.headers[header::ETAG].to_str().unwrap().to_owned();
        let held = client
            .with_header(header::IF_NONE_MATCH, &etag)
            .get(path)
            .await;
        assert_eq!(held.status, StatusCode::NOT_MODIFIED, "{path}");
        assert!(held.body.is_empty());
        assert_eq!(held.headers[header::VARY], "accept-encoding");
        assert_eq!(csp_nonce(&held), b, "{path}: the policy of the copy held");
    }

    // A change to a company: its profile and the list show it at once.
    let row = company::Entity::find()
        .filter(company::Column::Cvr.eq(demo_cvr(0).to_string()))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let etag = client.get(&profile).await.headers[header::ETAG].clone();
    assert!(
        !client
            .get("/registry")
            .await
            .body
            .contains("AAA Omdøbt ApS")
    );
    let mut renamed: company::ActiveModel = row.into();
    renamed.name = Set("AAA Omdøbt ApS".into());
    renamed.update(db).await.unwrap();
    let changed = client
        .with_header(header::IF_NONE_MATCH, etag.to_str().unwrap())
        .get(&profile)
        .await;
    assert_eq!(changed.status, StatusCode::OK, "changed: sent again");
    assert!(changed.body.contains("AAA Omdøbt ApS"));
    // First in name order.
    assert!(
        client
            .get("/registry")
            .await
            .body
            .contains("AAA Omdøbt ApS")
    );

    // In English for a visitor who chose it: kept apart.
    let english = client
        .with_header(header::COOKIE, "lang=en")
        .get("/registry?q=kaffe")
        .await;
    assert!(english.body.contains(r#"<html lang="en""#), "English");
    assert!(
        client
            .get("/registry?q=kaffe")
            .await
            .body
            .contains(r#"<html lang="da""#)
    );
});
