use crate::error::AppError;
use leptos::prelude::*;

/// Public to whoever holds a side's emailed link: that side agrees to confidentiality (a
/// ticked `confirm=yes` and a button, so a mail scanner opening the link agrees to
/// nothing); the mentorship is active once both have. Rate-limited.
#[server(prefix = "/api", endpoint = "mentorships/agree")]
pub async fn agree_mentorship(
    token: String,
    #[server(default)] confirm: Option<String>,
) -> Result<(), AppError> {
    use crate::i18n::Msg;
    use crate::mentoring::queries;
    crate::form::respond(
        async {
            crate::rate_limit::check("mentorships/agree")?;
            if confirm.as_deref() != Some("yes") {
                return Err(AppError::invalid("confirm", Msg::ErrorTickToConfirm));
            }
            let db = crate::db::use_db()?;
            queries::agree(&db, &token, chrono::Utc::now()).await?;
            leptos_axum::redirect(&format!("{}?done=1", queries::agreement_path(&token)));
            Ok(())
        }
        .await,
    )
}
