use crate::error::AppError;
use leptos::prelude::*;

/// Contacts: route the enquiry to a colleague.
#[server(prefix = "/api", endpoint = "inbox/assign")]
pub async fn assign_enquiry(id: i32, assignee: i32) -> Result<(), AppError> {
    use super::ssr::*;
    respond(
        async {
            let user = require_staff().await?;
            crate::inbox::queries::assign(&use_db()?, &user, id, assignee, chrono::Utc::now())
                .await?;
            back_to(id);
            Ok(())
        }
        .await,
    )
}
