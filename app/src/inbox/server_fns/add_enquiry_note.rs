use crate::error::AppError;
use leptos::prelude::*;

/// Staff: an internal note, never shown to the requester.
#[server(prefix = "/api", endpoint = "inbox/note")]
pub async fn add_enquiry_note(id: i32, body: String) -> Result<(), AppError> {
    use super::ssr::*;
    respond(
        async {
            let user = require_staff().await?;
            crate::inbox::queries::note(&use_db()?, &user, id, &body, chrono::Utc::now()).await?;
            back_to(id);
            Ok(())
        }
        .await,
    )
}
