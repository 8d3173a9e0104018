use crate::error::AppError;
use crate::listing::form::ListingForm;
use leptos::prelude::*;

/// Public: an application to the registry; rate-limited. Saves it and emails the link that
/// confirms it, then shows "check your email". Without JavaScript, a form with errors
/// comes back filled in (`/registry/apply?retry=…`) with the errors by the fields.
#[server(prefix = "/api", endpoint = "listing/apply")]
pub async fn submit_listing(form: ListingForm) -> Result<(), AppError> {
    use crate::listing::{
        form::{Sender, validate},
        queries,
    };
    let result = async {
        crate::rate_limit::check("listing/apply")?;
        let db = crate::db::use_db()?;
        let now = chrono::Utc::now();
        let valid = validate(&form, Sender::Applicant).map_err(AppError::Invalid)?;
        let snapshot = match form.assessment_token() {
            Some(token) => crate::assessment::saved_draft_snapshot(&db, &token).await?,
            None => None,
        };
        let site = crate::settings::use_settings()?.site_url.0;
        let lang = crate::i18n::initial_lang();
        let applied = queries::apply(&db, &valid, snapshot, &site, lang, now).await?;
        tracing::info!(company = applied.company_id, "listing application received");
        leptos_axum::redirect("/registry/apply?sent=1");
        Ok(())
    }
    .await;
    // What was typed comes back with a refusal, the CVR's ("already listed") too.
    let retry = crate::form::retry::kept_after("listing", &form, &result).await;
    let kept: Vec<(&str, &str)> = retry.iter().map(|t| ("retry", t.as_str())).collect();
    crate::form::respond_keeping(result, &kept)
}
