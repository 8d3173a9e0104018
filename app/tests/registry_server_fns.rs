//! The registry's server functions as the server runs them: database from context, errors
//! turned into HTTP statuses on the response.
#![cfg(feature = "test-support")]
use app::db_test;
use app::error::AppError;
use app::registry::api::CompanyQuery;
use app::registry::server_fns::{get_company, list_companies};
use app::seed::{demo_cvr, seed_demo_if_empty};
use leptos::prelude::*;
use leptos_axum::ResponseOptions;

/// An owner with what the server provides per request.
fn request_scope(db: Option<&sea_orm::DatabaseConnection>) -> (Owner, ResponseOptions) {
    let owner = Owner::new();
    owner.set();
    let response = ResponseOptions::default();
    provide_context(response.clone());
    if let Some(db) = db {
        provide_context(db.clone());
        // What the server puts beside the database (its configuration's settings).
        provide_context(app::settings::Settings {
            site_url: app::settings::SiteUrl::new("http://127.0.0.1:3000"),
            answer_target_days: 5,
            retention_months: 24,
            session_idle_minutes: 60,
        });
    }
    (owner, response)
}

/// The status the handler will send, if the server function set one.
fn status(response: &ResponseOptions) -> Option<u16> {
    response.0.read().unwrap().status.map(|s| s.as_u16())
}

db_test!(list_companies_answers_from_the_database, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let (_owner, response) = request_scope(Some(db));
    let page = list_companies(CompanyQuery {
        q: Some("bageri".into()),
        page: 1,
        ..Default::default()
    })
    .await
    .unwrap();
    assert_eq!(page.items.len(), 1);
    assert_eq!(status(&response), None, "success keeps the default status");
});

db_test!(invalid_queries_answer_422, |db| {
    let (_owner, response) = request_scope(Some(db));
    let err = list_companies(CompanyQuery {
        page: 0,
        ..Default::default()
    })
    .await
    .unwrap_err();
    assert!(matches!(err, AppError::Invalid(_)));
    assert_eq!(status(&response), Some(422));
});

db_test!(unknown_company_answers_404, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let (_owner, response) = request_scope(Some(db));
    assert!(get_company(demo_cvr(3).to_string()).await.is_ok());
    let err = get_company("13748136".into()).await.unwrap_err();
    assert_eq!(err, AppError::NotFound);
    assert_eq!(status(&response), Some(404));
});

#[tokio::test]
async fn without_a_database_the_error_is_internal_and_500() {
    let (_owner, response) = request_scope(None);
    let err = list_companies(CompanyQuery {
        page: 1,
        ..Default::default()
    })
    .await
    .unwrap_err();
    assert_eq!(err, AppError::Internal);
    assert_eq!(status(&response), Some(500));
}
