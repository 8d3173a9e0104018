use crate::error::AppError;
use leptos::prelude::*;

/// Contacts and admins: the person's data as a JSON download (an export on request). A
/// POST, so the address never sits in a URL (logs, history) and a cross-site page cannot
/// start it; the page posts it with a plain form, and the server answers the browser with
/// the file, not the usual redirect back (`server/src/routes.rs`, downloads).
#[server(prefix = "/api", endpoint = "inbox/export_person")]
pub async fn export_person(email: String) -> Result<serde_json::Value, AppError> {
    use super::ssr::*;
    respond(
        async {
            let user = require_staff().await?;
            let data = crate::inbox::privacy::export(&use_db()?, &user, &email).await?;
            if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
                response.insert_header(
                    http::header::CONTENT_DISPOSITION,
                    http::HeaderValue::from_static("attachment; filename=\"persondata.json\""),
                );
            }
            Ok(data)
        }
        .await,
    )
}
