use crate::error::AppError;
use crate::listing::api::ApplicationView;
use leptos::prelude::*;

/// Public to whoever holds the private link: where the application stands, its history
/// and, while changes are requested, its facts to correct (or, `retry`, the corrections
/// as typed in an answer posted without JavaScript that had errors).
#[server(ApplicationStatusFn, prefix = "/api", endpoint = "listing/application")]
pub async fn application_status(
    token: String,
    #[server(default)] retry: Option<String>,
) -> Result<ApplicationView, AppError> {
    crate::form::respond(
        async {
            use crate::listing::queries::answer_retry;
            let db = crate::db::use_db()?;
            let mut view = crate::listing::queries::application_view(&db, &token).await?;
            if let Some(retry) = retry {
                let now = chrono::Utc::now();
                if let Some(typed) =
                    crate::form::retry::take(&db, &answer_retry(&token), &retry, now).await?
                {
                    view.form = typed;
                }
            }
            Ok(view)
        }
        .await,
    )
}
