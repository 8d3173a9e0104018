use crate::error::AppError;
use crate::listing::form::ListingForm;
use leptos::prelude::*;

/// Public: an application to the registry; rate-limited. Saves it and emails the link that
/// confirms it, then shows "check your email". Without JavaScript, a form with errors
/// comes back filled in (`/registry/apply?retry=…`) with the errors by the fields.
#[server(prefix = "/api", endpoint = "listing/apply")]
pub async fn submit_listing(form: ListingForm) -> Result<(), AppError> {
    use crate::form::is_plain_form_post;
    use crate::listing::{form::validate, queries};
    let mut retry: Option<String> = None;
    let result = async {
        crate::rate_limit::check("listing/apply")?;
        let db = crate::db::use_db()?;
        let now = chrono::Utc::now();
        let valid = match validate(&form) {
            Ok(valid) => valid,
            Err(errors) => {
                if is_plain_form_post() {
                    retry = Some(crate::form::retry::keep(&db, "listing", &form, now).await?);
                }
                return Err(AppError::Invalid(errors));
            }
        };
        let snapshot = match form.assessment_token() {
            Some(token) => crate::assessment::saved_draft_snapshot(&db, &token).await?,
            None => None,
        };
        let site = crate::settings::use_settings()?.site_url.0;
        let lang = crate::i18n::initial_lang();
        match queries::apply(&db, &valid, snapshot, &site, lang, now).await {
            Ok(applied) => {
                tracing::info!(company = applied.company_id, "listing application received");
                leptos_axum::redirect("/registry/apply?sent=1");
                Ok(())
            }
            Err(err) => {
                // The CVR is taken or in progress: what was typed is kept all the same.
                if is_plain_form_post() {
                    retry = Some(crate::form::retry::keep(&db, "listing", &form, now).await?);
                }
                Err(err)
            }
        }
    }
    .await;
    let kept: Vec<(&str, &str)> = retry.iter().map(|t| ("retry", t.as_str())).collect();
    crate::form::respond_keeping(result, &kept)
}
