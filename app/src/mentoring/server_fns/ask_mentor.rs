use crate::error::AppError;
use crate::mentoring::form::MentorRequestForm;
use leptos::prelude::*;

/// Public: an enterprise asks for a mentor; rate-limited. Saves the request, sends the
/// receipt and tells the contacts, then shows "thank you". Without JavaScript, a form with
/// errors comes back filled in (`/mentors/ask?retry=…`) with the errors by the fields.
#[server(prefix = "/api", endpoint = "mentors/ask")]
pub async fn ask_mentor(form: MentorRequestForm) -> Result<(), AppError> {
    use crate::mentoring::{form::validate_request, queries};
    let result = async {
        crate::rate_limit::check("mentors/ask")?;
        let db = crate::db::use_db()?;
        let valid = validate_request(&form).map_err(AppError::Invalid)?;
        let site = crate::settings::use_settings()?.site_url.0;
        let lang = crate::i18n::initial_lang();
        queries::ask(&db, &valid, &site, lang, chrono::Utc::now()).await?;
        leptos_axum::redirect("/mentors/ask?sent=1");
        Ok(())
    }
    .await;
    let retry = crate::form::retry::kept_after("mentor-request", &form, &result).await;
    let kept: Vec<(&str, &str)> = retry.iter().map(|t| ("retry", t.as_str())).collect();
    crate::form::respond_keeping(result, &kept)
}
