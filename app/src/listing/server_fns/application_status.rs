use crate::error::AppError;
use crate::listing::api::ApplicationView;
use leptos::prelude::*;

/// Public to whoever holds the private link: where the application stands, its history
/// and, while changes are requested, its facts to correct.
#[server(ApplicationStatusFn, prefix = "/api", endpoint = "listing/application")]
pub async fn application_status(token: String) -> Result<ApplicationView, AppError> {
    crate::form::respond(
        async {
            let db = crate::db::use_db()?;
            crate::listing::queries::application_view(&db, &token).await
        }
        .await,
    )
}
