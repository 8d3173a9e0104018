use crate::assessment::api::AssessmentData;
use crate::error::AppError;
use leptos::prelude::*;

/// Public to whoever holds the token: the draft, the discount-rate table and the settings
/// the rules need. An unknown token is a 404.
#[server(prefix = "/api", endpoint = "assessment/load")]
pub async fn load_assessment(token: String) -> Result<AssessmentData, AppError> {
    use crate::assessment::queries;
    crate::error::respond(
        async {
            let db = crate::db::use_db()?;
            let draft = queries::load_draft(&db, &token).await?;
            Ok(AssessmentData {
                draft,
                rates: queries::discount_rates(&db).await?,
                settings: Default::default(),
                site_url: crate::settings::use_settings()?.site_url.0,
            })
        }
        .await,
    )
}
