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

/// A response, read whole.
#[allow(dead_code)]
pub struct Reply {
    pub status: http::StatusCode,
    pub headers: http::HeaderMap,
    pub body: String,
}

#[allow(dead_code)]
impl Reply {
    /// Where a redirect points; empty when it is none.
    pub fn location(&self) -> String {
        self.headers
            .get(http::header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    }

    /// The staff session token the response set, if any (empty when it cleared it).
    pub fn session(&self) -> Option<String> {
        self.headers
            .get_all(http::header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|c| c.strip_prefix("sid="))
            .map(|rest| rest.split(';').next().unwrap_or_default().to_owned())
    }
}

/// Sends one request through the router and reads the whole response.
#[allow(dead_code)]
pub async fn send(router: Router, request: http::Request<axum::body::Body>) -> Reply {
    use tower::ServiceExt;
    let response = router.oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), 8 << 20)
        .await
        .unwrap();
    Reply {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}
