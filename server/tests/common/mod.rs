//! The router as the server builds it, over a test database.
use axum::Router;
use leptos::config::LeptosOptions;
use sea_orm::DatabaseConnection;
use server::routes::{AppState, router};

pub fn test_app(db: &DatabaseConnection, cookie_secure: bool) -> Router {
    router(AppState::new(
        db.clone(),
        LeptosOptions::builder()
            .output_name("socialokonomi")
            .build(),
        cookie_secure,
    ))
}
