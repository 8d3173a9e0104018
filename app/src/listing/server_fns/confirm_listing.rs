use crate::error::AppError;
use leptos::prelude::*;

/// Public to whoever holds the emailed link: confirms the application (a button on the
/// link's page, so a mail scanner opening the link confirms nothing) and goes on to the
/// applicant's private page.
#[server(prefix = "/api", endpoint = "listing/confirm")]
pub async fn confirm_listing(token: String) -> Result<(), AppError> {
    crate::form::respond(
        async {
            let db = crate::db::use_db()?;
            let site = crate::settings::use_settings()?.site_url.0;
            let lang = crate::i18n::initial_lang();
            let private =
                crate::listing::queries::confirm(&db, &token, &site, lang, chrono::Utc::now())
                    .await?;
            let path = crate::listing::queries::application_path(&private);
            leptos_axum::redirect(&format!("{path}?confirmed=1"));
            Ok(())
        }
        .await,
    )
}
