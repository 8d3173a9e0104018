use crate::error::AppError;
use leptos::prelude::*;

/// Public to whoever holds the emailed link: confirms the sign-up (a button on the link's
/// page, so a mail scanner opening the link confirms nothing); the contacts are told.
#[server(prefix = "/api", endpoint = "mentors/confirm")]
pub async fn confirm_mentor(token: String) -> Result<(), AppError> {
    crate::form::respond(
        async {
            let db = crate::db::use_db()?;
            let site = crate::settings::use_settings()?.site_url.0;
            crate::mentoring::queries::confirm(&db, &token, &site, chrono::Utc::now()).await?;
            leptos_axum::redirect("/mentors?confirmed=1#sign-up");
            Ok(())
        }
        .await,
    )
}
