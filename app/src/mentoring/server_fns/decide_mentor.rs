use crate::error::AppError;
use leptos::prelude::*;

/// Contacts and admins of the mentor's municipality: approve a confirmed sign-up, or
/// decline it with a reason; the mentor is emailed either way. Back to the list.
#[server(prefix = "/api", endpoint = "staff/mentors/decide")]
pub async fn decide_mentor(
    id: i32,
    step: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    use crate::account::api::Role;
    use crate::domain::mentoring::mentor::MentorStep;
    use crate::i18n::Msg;
    // Each sign-up has its own decline form: the refusal goes back naming which.
    let posted = id.to_string();
    let result = async {
        let user = crate::account::auth::require(&Role::REVIEWERS).await?;
        let db = crate::db::use_db()?;
        let step = MentorStep::from_code(&step)
            .filter(|s| matches!(s, MentorStep::Approve | MentorStep::Decline))
            .ok_or_else(|| AppError::invalid("step", Msg::ErrorMentorStep))?;
        let site = crate::settings::use_settings()?.site_url.0;
        crate::mentoring::queries::decide(&db, &user, id, step, &reason, &site, chrono::Utc::now())
            .await?;
        leptos_axum::redirect(&format!("/staff/mentors?done={}&at={id}", step.code()));
        Ok(())
    }
    .await;
    crate::form::respond_keeping(result, &[("mentor", &posted)])
}
