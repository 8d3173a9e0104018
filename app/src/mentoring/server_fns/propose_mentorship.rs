use crate::error::AppError;
use crate::mentoring::mentorship_form::ProposeForm;
use leptos::prelude::*;

/// Contacts and admins of the request's municipality: propose a mentorship for request
/// `request` (the mentor, period and goals); both sides are emailed their link to the
/// confidentiality agreement. On to the mentorship's page. Without JavaScript a form with
/// errors comes back as typed.
#[server(prefix = "/api", endpoint = "staff/mentorships/propose")]
pub async fn propose_mentorship(request: i32, form: ProposeForm) -> Result<(), AppError> {
    use crate::account::api::Role;
    use crate::mentoring::{mentorship_form::validate_proposal, queries};
    let result = async {
        let user = crate::account::auth::require(&Role::REVIEWERS).await?;
        let db = crate::db::use_db()?;
        let valid = validate_proposal(&form).map_err(AppError::Invalid)?;
        let site = crate::settings::use_settings()?.site_url.0;
        let id = queries::propose(&db, &user, request, &valid, &site, chrono::Utc::now()).await?;
        leptos_axum::redirect(&format!("{}?done=propose", queries::mentorship_path(id)));
        Ok(())
    }
    .await;
    let retry =
        crate::form::retry::kept_after(&super::propose_retry(request), &form, &result).await;
    let kept: Vec<(&str, &str)> = retry.iter().map(|t| ("retry", t.as_str())).collect();
    crate::form::respond_keeping(result, &kept)
}
