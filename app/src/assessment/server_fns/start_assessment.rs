use crate::error::AppError;
use leptos::prelude::*;

/// Public: starts a draft and sends the browser to its first step, whose address is the
/// private resume link.
#[server(prefix = "/api", endpoint = "assessment/start")]
pub async fn start_assessment() -> Result<(), AppError> {
    use crate::assessment::api::{Step, step_href};
    crate::form::respond(
        async {
            let db = crate::db::use_db()?;
            crate::rate_limit::check("assessment/start")?;
            let token = crate::assessment::queries::create_draft(&db).await?;
            leptos_axum::redirect(&step_href(&token, Step::LegalForm));
            Ok(())
        }
        .await,
    )
}
