use crate::error::AppError;
use crate::mentoring::mentorship_form::EvaluationForm;
use leptos::prelude::*;

/// Public to whoever holds a side's evaluation link: a rating 1–5 and a comment, once;
/// rate-limited. Only staff read it. Without JavaScript a form with errors comes back as
/// typed.
#[server(prefix = "/api", endpoint = "mentorships/evaluate")]
pub async fn evaluate_mentorship(token: String, form: EvaluationForm) -> Result<(), AppError> {
    use crate::mentoring::{mentorship_form::validate_evaluation, queries};
    let result = async {
        crate::rate_limit::check("mentorships/evaluate")?;
        let db = crate::db::use_db()?;
        let valid = validate_evaluation(&form).map_err(AppError::Invalid)?;
        queries::evaluate(&db, &token, &valid, chrono::Utc::now()).await?;
        leptos_axum::redirect(&format!("{}?done=1", queries::evaluation_path(&token)));
        Ok(())
    }
    .await;
    let key = super::evaluation_retry(&token);
    let retry = crate::form::retry::kept_after(&key, &form, &result).await;
    let kept: Vec<(&str, &str)> = retry.iter().map(|t| ("retry", t.as_str())).collect();
    crate::form::respond_keeping(result, &kept)
}
