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
            let form = crate::inbox::api::EraseForm {
                email: email.clone(),
                confirm: confirm.unwrap_or_default(),
            };
            crate::form::check(&form).map_err(AppError::Invalid)?;
            let erased =
                crate::inbox::privacy::erase(&use_db()?, &user, &email, chrono::Utc::now()).await?;
            // The development outbox folder keeps delivered messages as files.
            if let Some(transport) = use_context::<crate::email::Transport>() {
                transport.forget(&erased.emails);
            }
            if let Some(id) = id {
                back_to(id);
            }
            Ok(erased.enquiries)
        }
        .await,
    )
}
