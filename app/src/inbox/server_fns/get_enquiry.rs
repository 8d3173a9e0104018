use crate::error::AppError;
use crate::inbox::api::EnquiryDetail;
use leptos::prelude::*;

/// Staff: one enquiry with its timeline.
#[server(prefix = "/api", endpoint = "inbox/get")]
pub async fn get_enquiry(id: i32) -> Result<EnquiryDetail, AppError> {
    use super::ssr::*;
    respond(
        async {
            let user = require_staff().await?;
            crate::inbox::queries::detail(&use_db()?, &user, id, chrono::Utc::now()).await
        }
        .await,
    )
}
