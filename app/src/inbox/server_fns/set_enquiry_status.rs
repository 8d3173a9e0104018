use crate::error::AppError;
use leptos::prelude::*;

/// Staff: change the status (close, reopen, waiting for the requester …).
#[server(prefix = "/api", endpoint = "inbox/status")]
pub async fn set_enquiry_status(id: i32, status: String) -> Result<(), AppError> {
    use super::ssr::*;
    use crate::domain::enquiry::EnquiryStatus;
    respond(
        async {
            let user = require_staff().await?;
            let form = crate::inbox::api::StatusForm { status };
            crate::form::check(&form).map_err(AppError::Invalid)?;
            let status = EnquiryStatus::from_code(form.status.trim()).ok_or(AppError::Internal)?;
            crate::inbox::queries::set_status(&use_db()?, &user, id, status, chrono::Utc::now())
                .await?;
            back_to(id);
            Ok(())
        }
        .await,
    )
}
