use crate::enquiries::api::EnquiryForm;
use crate::error::AppError;
use leptos::prelude::*;

/// Public: saves an enquiry and queues its receipt; rate-limited. Without JavaScript, a
/// form with errors comes back filled in (`/enquiry?retry=…`) with the errors by the fields.
#[server(prefix = "/api", endpoint = "enquiry/submit")]
pub async fn submit_enquiry(form: EnquiryForm) -> Result<(), AppError> {
    use crate::enquiries::{api::validate, queries};
    let result = async {
        crate::rate_limit::check("enquiry/submit")?;
        let db = crate::db::use_db()?;
        let now = chrono::Utc::now();
        let valid = validate(&form).map_err(AppError::Invalid)?;
        let summary = match form.assessment.trim() {
            "" => None,
            token => crate::assessment::saved_draft_snapshot(&db, token).await?,
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
    // Without JavaScript, what was typed is personal data: kept on the server, and only
    // its token goes back in the URL.
    let retry = crate::form::retry::kept_after("enquiry", &form, &result).await;
    let kept: Vec<(&str, &str)> = retry.iter().map(|t| ("retry", t.as_str())).collect();
    crate::form::respond_keeping(result, &kept)
}
