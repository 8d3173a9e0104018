use crate::error::AppError;
use leptos::prelude::*;

/// Contacts and admins of the mentorship's municipality: pause, resume, complete or
/// cancel it (`domain::mentoring::mentorship::Change`'s code; completing needs a ticked
/// `confirm=yes`, cancelling the reason both sides are sent). Back to its page.
#[server(prefix = "/api", endpoint = "staff/mentorships/step")]
pub async fn step_mentorship(
    id: i32,
    step: String,
    #[server(default)] reason: String,
    #[server(default)] confirm: Option<String>,
) -> Result<(), AppError> {
    use crate::account::api::Role;
    use crate::domain::mentoring::mentorship::Change;
    use crate::i18n::Msg;
    use crate::mentoring::queries;
    let result = async {
        let user = crate::account::auth::require(&Role::REVIEWERS).await?;
        let db = crate::db::use_db()?;
        let change = Change::from_staff_code(&step)
            .ok_or_else(|| AppError::invalid("step", Msg::ErrorMentorStep))?;
        // Completing sends both sides the evaluation at once: only with the box ticked.
        if change == Change::Complete && confirm.as_deref() != Some("yes") {
            return Err(AppError::invalid("confirm", Msg::ErrorTickToConfirm));
        }
        let site = crate::settings::use_settings()?.site_url.0;
        queries::step_mentorship(&db, &user, id, change, &reason, &site, chrono::Utc::now())
            .await?;
        leptos_axum::redirect(&format!(
            "{}?done={}",
            queries::mentorship_path(id),
            change.code()
        ));
        Ok(())
    }
    .await;
    // The reason may say something of the enterprise: kept on the server, not in the URL.
    let typed = crate::mentoring::api::CancelForm { reason };
    let retry = crate::form::retry::kept_after(&super::cancel_retry(id), &typed, &result).await;
    let kept: Vec<(&str, &str)> = retry.iter().map(|t| ("reason_retry", t.as_str())).collect();
    crate::form::respond_keeping(result, &kept)
}
