use crate::error::AppError;
use crate::mentoring::form::AvailabilityForm;
use leptos::prelude::*;

/// Public to whoever holds the mentor's private link: how many enterprises at a time and
/// when; rate-limited like the sign-up, counted apart. Without JavaScript a form with errors comes back
/// with them by the fields and what was typed kept.
#[server(prefix = "/api", endpoint = "mentors/me/availability")]
pub async fn update_my_availability(token: String, form: AvailabilityForm) -> Result<(), AppError> {
    use crate::mentoring::{form::validate_availability, queries};
    let result = async {
        crate::rate_limit::check("mentors/availability")?;
        let db = crate::db::use_db()?;
        let valid = validate_availability(&form).map_err(AppError::Invalid)?;
        queries::update_availability(&db, &token, &valid, chrono::Utc::now()).await?;
        leptos_axum::redirect(&format!("{}?saved=1", queries::private_path(&token)));
        Ok(())
    }
    .await;
    let key = super::availability_retry(&token);
    let retry = crate::form::retry::kept_after(&key, &form, &result).await;
    let kept: Vec<(&str, &str)> = retry.iter().map(|t| ("retry", t.as_str())).collect();
    crate::form::respond_keeping(result, &kept)
}
