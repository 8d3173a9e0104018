use crate::error::AppError;
use crate::mentoring::mentorship_form::MeetingForm;
use leptos::prelude::*;

/// Public to whoever holds the mentor's private link: log a meeting of one of their own
/// active or paused mentorships; rate-limited. Without JavaScript a form with errors
/// comes back as typed (`meeting_retry=`).
#[server(prefix = "/api", endpoint = "mentors/me/meeting")]
pub async fn log_my_meeting(
    token: String,
    mentorship: i32,
    form: MeetingForm,
) -> Result<(), AppError> {
    use crate::mentoring::{mentorship_form::validate_meeting, queries};
    let result = async {
        crate::rate_limit::check("mentors/meeting")?;
        let db = crate::db::use_db()?;
        let now = chrono::Utc::now();
        let valid = validate_meeting(&form, now.date_naive()).map_err(AppError::Invalid)?;
        let by = queries::Logger::Mentor(&token);
        queries::log_meeting(&db, by, mentorship, &valid, now).await?;
        leptos_axum::redirect(&format!("{}?done=meeting", queries::private_path(&token)));
        Ok(())
    }
    .await;
    let key = super::my_meeting_retry(&token);
    let typed = super::KeptMeeting { mentorship, form };
    let retry = crate::form::retry::kept_after(&key, &typed, &result).await;
    let kept: Vec<(&str, &str)> = retry
        .iter()
        .map(|t| ("meeting_retry", t.as_str()))
        .collect();
    crate::form::respond_keeping(result, &kept)
}
