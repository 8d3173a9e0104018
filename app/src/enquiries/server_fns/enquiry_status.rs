use crate::enquiries::api::EnquiryStatusView;
use crate::error::AppError;
use leptos::prelude::*;

/// Public to whoever holds the status link: status, answer date and replies.
#[server(EnquiryStatusFn, prefix = "/api", endpoint = "enquiry/status")]
pub async fn enquiry_status(token: String) -> Result<EnquiryStatusView, AppError> {
    crate::form::respond(
        async {
            let db = crate::db::use_db()?;
            crate::enquiries::queries::status(&db, &token).await
        }
        .await,
    )
}
