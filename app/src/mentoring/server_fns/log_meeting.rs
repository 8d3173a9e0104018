use crate::error::AppError;
use crate::mentoring::mentorship_form::MeetingForm;
use leptos::prelude::*;

/// Contacts and admins of the mentorship's municipality: log a meeting of an active or
/// paused mentorship (date, notes, next step). Without JavaScript a form with errors
/// comes back as typed.
#[server(prefix = "/api", endpoint = "staff/mentorships/meeting")]
pub async fn log_meeting(id: i32, form: MeetingForm) -> Result<(), AppError> {
    use crate::account::api::Role;
    use crate::mentoring::{mentorship_form::validate_meeting, queries};
    let result = async {
        let user = crate::account::auth::require(&Role::REVIEWERS).await?;
        let db = crate::db::use_db()?;
        let now = chrono::Utc::now();
        let valid = validate_meeting(&form, now.date_naive()).map_err(AppError::Invalid)?;
        queries::log_meeting(&db, queries::Logger::Staff(&user), id, &valid, now).await?;
        leptos_axum::redirect(&format!("{}?done=meeting", queries::mentorship_path(id)));
        Ok(())
    }
    .await;
    let retry = crate::form::retry::kept_after(&super::meeting_retry(id), &form, &result).await;
    let kept: Vec<(&str, &str)> = retry.iter().map(|t| ("retry", t.as_str())).collect();
    crate::form::respond_keeping(result, &kept)
}
