//! The self-assessment's repository. Server only.
use super::api::{DraftAnswers, MAX_FIELDS_PER_STEP, MAX_VALUE_CHARS, Step};
use crate::entities::assessment_draft;
use crate::error::{AppError, FieldError};
use crate::i18n::Msg;
use crate::token;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use std::collections::BTreeMap;

/// Starts a draft and returns the token for its resume link (shown once, never stored).
pub async fn create_draft(db: &impl ConnectionTrait) -> Result<String, AppError> {
    let token = token::new_token().map_err(|err| {
        tracing::error!(error = %err, "no randomness for a resume token");
        AppError::Internal
    })?;
    let now = chrono::Utc::now();
    assessment_draft::ActiveModel {
        token_hash: Set(token::hash(&token)),
        answers: Set(encode(&DraftAnswers::default())?),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The answers saved under a resume token. An unknown, expired or malformed token is
/// "not found": a guess learns nothing.
pub async fn load_draft(db: &impl ConnectionTrait, token: &str) -> Result<DraftAnswers, AppError> {
    let row = find(db, token).await?;
    serde_json::from_str(&row.answers).map_err(|err| {
        tracing::error!(error = %err, "unreadable draft answers");
        AppError::Internal
    })
}

/// Keeps one step's values exactly as typed (valid or not) and returns the whole draft.
pub async fn save_step(
    db: &impl ConnectionTrait,
    token: &str,
    step: Step,
    values: BTreeMap<String, String>,
) -> Result<DraftAnswers, AppError> {
    if values.len() > MAX_FIELDS_PER_STEP {
        return Err(AppError::invalid("", Msg::ErrorInvalidValue));
    }
    if let Some((field, _)) = values
        .iter()
        .find(|(_, v)| v.chars().count() > MAX_VALUE_CHARS)
    {
        return Err(AppError::Invalid(vec![FieldError::too_long(
            field,
            MAX_VALUE_CHARS,
        )]));
    }
    let row = find(db, token).await?;
    let mut answers: DraftAnswers = serde_json::from_str(&row.answers).unwrap_or_default();
    answers.steps.insert(step, values);
    let mut active: assessment_draft::ActiveModel = row.into();
    active.answers = Set(encode(&answers)?);
    active.updated_at = Set(chrono::Utc::now());
    active.update(db).await?;
    Ok(answers)
}

/// Deletes drafts nobody has touched since `cutoff`; returns how many.
pub async fn delete_drafts_untouched_since(
    db: &impl ConnectionTrait,
    cutoff: chrono::DateTime<chrono::Utc>,
) -> Result<u64, AppError> {
    let result = assessment_draft::Entity::delete_many()
        .filter(assessment_draft::Column::UpdatedAt.lt(cutoff))
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}

async fn find(db: &impl ConnectionTrait, token: &str) -> Result<assessment_draft::Model, AppError> {
    if !token::looks_valid(token) {
        return Err(AppError::NotFound);
    }
    assessment_draft::Entity::find()
        .filter(assessment_draft::Column::TokenHash.eq(token::hash(token)))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

fn encode(answers: &DraftAnswers) -> Result<String, AppError> {
    serde_json::to_string(answers).map_err(|_| AppError::Internal)
}
