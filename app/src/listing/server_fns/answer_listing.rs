use crate::error::AppError;
use crate::listing::form::ListingForm;
use leptos::prelude::*;

/// Public to whoever holds the private link: the application corrected, back to the
/// municipality; rate-limited like the application. Without JavaScript a form with errors
/// comes back with them by the fields and what was typed kept.
#[server(prefix = "/api", endpoint = "listing/answer")]
pub async fn answer_listing(token: String, form: ListingForm) -> Result<(), AppError> {
    use crate::listing::{
        form::{Sender, validate},
        queries,
    };
    let result = async {
        crate::rate_limit::check("listing/apply")?;
        let db = crate::db::use_db()?;
        let now = chrono::Utc::now();
        let valid = validate(&form, Sender::Applicant).map_err(AppError::Invalid)?;
        queries::answer(&db, &token, &valid, now).await?;
        leptos_axum::redirect(&format!("{}?sent=1", queries::application_path(&token)));
        Ok(())
    }
    .await;
    let retry =
        crate::form::retry::kept_after(&queries::answer_retry(&token), &form, &result).await;
    let kept: Vec<(&str, &str)> = retry.iter().map(|t| ("retry", t.as_str())).collect();
    crate::form::respond_keeping(result, &kept)
}
