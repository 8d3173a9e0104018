use crate::assessment::api::{Go, Step};
use crate::error::AppError;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// Public to whoever holds the token: keeps one step's values exactly as typed, then sends
/// the browser on. "Next" stays on the step while it has errors, so they are shown next to
/// the fields; the other buttons never lose what was typed either.
#[server(prefix = "/api", endpoint = "assessment/save_step")]
pub async fn save_assessment_step(
    token: String,
    step: Step,
    #[server(default)] go: Go,
    #[server(default)] values: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::assessment::api::{result_href, step_href};
    use crate::assessment::form::parse_draft;
    crate::form::respond(
        async {
            let db = crate::db::use_db()?;
            let draft = crate::assessment::queries::save_step(&db, &token, step, values).await?;
            let has_errors = !parse_draft(&draft).step_errors(step).is_empty();
            let target = match go {
                Go::Next if has_errors => step_href(&token, step),
                Go::Next => step
                    .next()
                    .map_or_else(|| result_href(&token), |s| step_href(&token, s)),
                Go::Back => step_href(&token, step.previous().unwrap_or(step)),
                Go::Stay => step_href(&token, step),
                Go::Result => result_href(&token),
            };
            leptos_axum::redirect(&target);
            Ok(())
        }
        .await,
    )
}
