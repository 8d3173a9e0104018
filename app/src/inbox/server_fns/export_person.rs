use crate::error::AppError;
use leptos::prelude::*;

/// Contacts and admins: the person's data as a JSON download (an export on request). A
/// GET, so a plain link downloads it; the link sends no referrer, or the server-function
/// layer would answer a browser with a redirect back to the page.
#[server(prefix = "/api", endpoint = "inbox/export_person", input = server_fn::codec::GetUrl)]
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
