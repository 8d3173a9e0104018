use crate::error::AppError;
use leptos::prelude::*;

/// Staff: a reply the requester sees on the status page and gets by email.
#[server(prefix = "/api", endpoint = "inbox/reply")]
pub async fn reply_to_enquiry(id: i32, body: String) -> Result<(), AppError> {
    use super::ssr::*;
    respond(
        async {
            let user = require_staff().await?;
            crate::inbox::queries::reply(&use_db()?, &user, id, &body, chrono::Utc::now()).await?;
            back_to(id);
            Ok(())
        }
        .await,
    )
}
