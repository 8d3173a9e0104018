use crate::error::AppError;
use crate::mentoring::form::MentorForm;
use leptos::prelude::*;

/// Public: a sign-up to the mentor scheme; rate-limited. Saves it and emails the link that
/// confirms it, then shows "check your email". Without JavaScript, a form with errors
/// comes back filled in (`/mentors?retry=…`) with the errors by the fields.
#[server(prefix = "/api", endpoint = "mentors/sign_up")]
pub async fn sign_up_mentor(form: MentorForm) -> Result<(), AppError> {
    use crate::mentoring::{form::validate, queries};
    let result = async {
        crate::rate_limit::check("mentors/sign_up")?;
        let db = crate::db::use_db()?;
        let valid = validate(&form).map_err(AppError::Invalid)?;
        let site = crate::settings::use_settings()?.site_url.0;
        let lang = crate::i18n::initial_lang();
        queries::sign_up(&db, &valid, &site, lang, chrono::Utc::now()).await?;
        leptos_axum::redirect("/mentors?sent=1#sign-up");
        Ok(())
    }
    .await;
    // What was typed is personal data: kept on the server, only its token in the URL.
    let retry = crate::form::retry::kept_after("mentor", &form, &result).await;
    let kept: Vec<(&str, &str)> = retry.iter().map(|t| ("retry", t.as_str())).collect();
    crate::form::respond_keeping(result, &kept)
}
