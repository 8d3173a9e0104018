use crate::error::AppError;
use leptos::prelude::*;

/// Contacts and admins: anonymise every enquiry of the person now (an erasure request).
#[server(prefix = "/api", endpoint = "inbox/erase_person")]
pub async fn erase_person(
    email: String,
    #[server(default)] id: Option<i32>,
    #[server(default)] confirm: Option<String>,
) -> Result<usize, AppError> {
    use super::ssr::*;
    respond(
        async {
            let user = require_staff().await?;
            if confirm.as_deref() != Some("yes") {
                return Err(AppError::invalid("confirm", crate::i18n::Msg::ErrorConsent));
            }
            let count =
                crate::inbox::privacy::erase(&use_db()?, &user, &email, chrono::Utc::now()).await?;
            if let Some(id) = id {
                back_to(id);
            }
            Ok(count)
        }
        .await,
    )
}
