//! "Evaluate this draft": the one way from a saved draft to its verdict, for the result
//! page and for other features (an enquiry with a self-assessment attached). Load the draft
//! and the discount rates, read and check the answers, run the rules.
use super::api::AssessmentData;
use super::form::parse_draft;
use crate::domain::eligibility::{Evaluation, evaluate};
#[cfg(feature = "ssr")]
use crate::error::AppError;

/// The verdict on the draft as typed, with the rates and settings it was loaded with. Pure:
/// the result page runs it in the browser and on the server alike.
pub fn evaluate_draft(data: &AssessmentData) -> Evaluation {
    let answers = parse_draft(&data.draft).answers;
    evaluate(&answers, &data.rates, &data.settings)
}

/// The draft behind `token` and what the rules need besides; `NotFound` for an unknown
/// token.
#[cfg(feature = "ssr")]
pub async fn load_draft_data(
    db: &sea_orm::DatabaseConnection,
    token: &str,
) -> Result<AssessmentData, AppError> {
    use super::queries;
    let draft = queries::load_draft(db, token).await?;
    Ok(AssessmentData {
        draft,
        rates: crate::admin::rates::discount_rates(db).await?,
        settings: Default::default(),
        site_url: crate::settings::use_settings()?.site_url.0,
    })
}

/// The verdict on the saved draft behind `token`; `None` when there is no such draft.
#[cfg(feature = "ssr")]
pub async fn evaluate_saved_draft(
    db: &sea_orm::DatabaseConnection,
    token: &str,
) -> Result<Option<Evaluation>, AppError> {
    match load_draft_data(db, token).await {
        Ok(data) => Ok(Some(evaluate_draft(&data))),
        Err(AppError::NotFound) => Ok(None),
        Err(other) => Err(other),
    }
}

/// What another feature keeps of an attached self-assessment, since drafts are deleted
/// after a while: the verdicts and the result link, as JSON. `None` when there is no such
/// draft.
#[cfg(feature = "ssr")]
pub async fn saved_draft_snapshot(
    db: &sea_orm::DatabaseConnection,
    token: &str,
) -> Result<Option<String>, AppError> {
    let Some(evaluation) = evaluate_saved_draft(db, token).await? else {
        return Ok(None);
    };
    let snapshot = super::api::Snapshot {
        overall: evaluation.overall,
        criteria: evaluation
            .criteria
            .iter()
            .map(|c| super::api::SnapshotCriterion {
                id: c.id,
                status: c.status,
            })
            .collect(),
        result_url: format!(
            "{}{}",
            crate::settings::use_settings()?.site_url.0,
            super::api::result_href(token)
        ),
    };
    serde_json::to_string(&snapshot)
        .map(Some)
        .map_err(|_| AppError::Internal)
}
