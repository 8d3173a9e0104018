use crate::error::AppError;
use leptos::prelude::*;

/// Public: emails a reset link if the address has an account. The answer is the same
/// either way, so it cannot be used to find out who works here.
#[server(prefix = "/api", endpoint = "staff/request_password_reset")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    crate::form::respond(
        async {
            crate::rate_limit::check("staff/request_password_reset")?;
            let form = crate::account::api::ResetRequestForm {
                email: email.clone(),
            };
            crate::form::check(&form).map_err(AppError::Invalid)?;
            let db = crate::db::use_db()?;
            let site = crate::settings::use_settings()?.site_url;
            let lang = crate::i18n::initial_lang();
            crate::account::reset::request(&db, &email, &site.0, lang, chrono::Utc::now()).await?;
            leptos_axum::redirect("/staff/reset?sent=1");
            Ok(())
        }
        .await,
    )
}
