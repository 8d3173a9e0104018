use crate::assessment::api::AssessmentData;
use crate::error::AppError;
use leptos::prelude::*;

/// Public to whoever holds the token: the draft, the discount-rate table and the settings
/// the rules need. An unknown token is a 404.
#[server(prefix = "/api", endpoint = "assessment/load")]
pub async fn load_assessment(token: String) -> Result<AssessmentData, AppError> {
    crate::form::respond(
        async {
            let db = crate::db::use_db()?;
            crate::assessment::evaluation::load_draft_data(&db, &token).await
        }
        .await,
    )
}
