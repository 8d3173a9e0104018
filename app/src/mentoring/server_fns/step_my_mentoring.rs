use crate::error::AppError;
use leptos::prelude::*;

/// Public to whoever holds the mentor's private link: pause, resume or leave the scheme
/// (`domain::mentoring::mentor::MentorStep`'s code). Leaving ends the link, so it asks for
/// a ticked `confirm=yes`; the mentor lands on the scheme's page with a goodbye.
#[server(prefix = "/api", endpoint = "mentors/me/step")]
pub async fn step_my_mentoring(
    token: String,
    step: String,
    #[server(default)] confirm: Option<String>,
) -> Result<(), AppError> {
    use crate::domain::mentoring::matching::MentorStatus;
    use crate::domain::mentoring::mentor::MentorStep;
    use crate::i18n::Msg;
    use crate::mentoring::queries;
    crate::form::respond(
        async {
            let db = crate::db::use_db()?;
            let step = MentorStep::from_code(&step)
                .ok_or_else(|| AppError::invalid("step", Msg::ErrorMentorStep))?;
            if step == MentorStep::Leave && confirm.as_deref() != Some("yes") {
                return Err(AppError::invalid("confirm", Msg::ErrorTickToConfirm));
            }
            let site = crate::settings::use_settings()?.site_url.0;
            let to = queries::step_mine(&db, &token, step, &site, chrono::Utc::now()).await?;
            match to {
                MentorStatus::Left => leptos_axum::redirect("/mentors?left=1"),
                _ => leptos_axum::redirect(&format!(
                    "{}?done={}",
                    queries::private_path(&token),
                    step.code()
                )),
            }
            Ok(())
        }
        .await,
    )
}
