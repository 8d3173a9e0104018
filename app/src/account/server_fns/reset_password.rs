use crate::error::AppError;
use leptos::prelude::*;

/// Public to whoever holds the emailed token: sets a new password, once.
#[server(prefix = "/api", endpoint = "staff/reset_password")]
pub async fn reset_password(
    token: String,
    password: String,
    repeat: String,
) -> Result<(), AppError> {
    let result = async {
        crate::rate_limit::check("staff/reset_password")?;
        let form = crate::account::api::NewPasswordForm {
            password: password.clone(),
            repeat: repeat.clone(),
        };
        crate::form::check(&form).map_err(AppError::Invalid)?;
        let db = crate::db::use_db()?;
        crate::account::reset::complete(&db, &token, &password, chrono::Utc::now()).await?;
        leptos_axum::redirect("/staff/login?reset=1");
        Ok(())
    }
    .await;
    // Without JavaScript, a used or expired link comes back to its page, which says so
    // (rather than a generic "not found" above it).
    if matches!(result, Err(AppError::NotFound)) && crate::form::is_plain_form_post() {
        let token = crate::domain::text::url_encode(&token);
        leptos_axum::redirect(&format!("/staff/reset/{token}?link=dead"));
    }
    crate::form::respond(result)
}
