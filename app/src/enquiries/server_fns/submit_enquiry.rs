use crate::enquiries::api::EnquiryForm;
use crate::error::AppError;
use leptos::prelude::*;

/// Public: saves an enquiry and queues its receipt; rate-limited. Without JavaScript, a
/// form with errors comes back filled in (`/enquiry?retry=…`) with the errors by the fields.
#[server(prefix = "/api", endpoint = "enquiry/submit")]
pub async fn submit_enquiry(form: EnquiryForm) -> Result<(), AppError> {
    use crate::enquiries::{api::validate, queries};
    use crate::form::is_plain_form_post;
    // Without JavaScript, what was typed is personal data: kept on the server, and only
    // its token goes back in the URL.
    let mut retry: Option<String> = None;
    let result = async {
        crate::rate_limit::check("enquiry/submit")?;
        let db = crate::db::use_db()?;
        let now = chrono::Utc::now();
        let valid = match validate(&form) {
            Ok(valid) => valid,
            Err(errors) => {
                if is_plain_form_post() {
                    retry = Some(crate::form::retry::keep(&db, "enquiry", &form, now).await?);
                }
                return Err(AppError::Invalid(errors));
            }
        };
        let summary = match form.assessment.trim() {
            "" => None,
            token => attached_summary(&db, token).await?,
        };
        let settings = crate::settings::use_settings()?;
        let submitted = queries::submit(
            &db,
            &valid,
            summary,
            settings.answer_target_days,
            &settings.site_url.0,
            crate::i18n::initial_lang(),
            now,
        )
        .await?;
        tracing::info!(reference = %submitted.reference, "enquiry received");
        leptos_axum::redirect(&format!("{}?new=1", queries::status_path(&submitted.token)));
        Ok(())
    }
    .await;
    let kept: Vec<(&str, &str)> = retry.iter().map(|t| ("retry", t.as_str())).collect();
    crate::form::respond_keeping(result, &kept)
}

/// The attached self-assessment as the staff will see it: verdicts and its result link.
#[cfg(feature = "ssr")]
async fn attached_summary(
    db: &sea_orm::DatabaseConnection,
    token: &str,
) -> Result<Option<String>, AppError> {
    use crate::assessment::{api::result_href, evaluate_saved_draft};
    let Some(evaluation) = evaluate_saved_draft(db, token).await? else {
        return Ok(None);
    };
    let criteria: Vec<_> = evaluation
        .criteria
        .iter()
        .map(|c| serde_json::json!({ "id": c.id, "status": c.status }))
        .collect();
    let summary = serde_json::json!({
        "overall": evaluation.overall,
        "criteria": criteria,
        "result_url": format!("{}{}", crate::settings::use_settings()?.site_url.0, result_href(token)),
    });
    Ok(Some(summary.to_string()))
}
