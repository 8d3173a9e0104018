//! The self-assessment's repository. Server only.
use super::api::{DraftAnswers, MAX_FIELDS_PER_STEP, MAX_VALUE_CHARS, Step};
use crate::domain::eligibility::money::Percent;
use crate::domain::eligibility::rates::{Confidence, DiscountRate};
use crate::entities::{assessment_draft, discount_rate};
use crate::error::{AppError, FieldError};
use crate::i18n::Msg;
use crate::token;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use std::collections::BTreeMap;

/// Every discount-rate row, oldest first.
pub async fn discount_rates(db: &impl ConnectionTrait) -> Result<Vec<DiscountRate>, AppError> {
    let rows = discount_rate::Entity::find()
        .order_by_asc(discount_rate::Column::EffectiveFrom)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|row| DiscountRate {
            effective_from: row.effective_from,
            rate: Percent(row.rate_units),
            confidence: if row.confidence == "confirmed" {
                Confidence::Confirmed
            } else {
                Confidence::Inferred
            },
            date_approximate: row.date_approximate,
        })
        .collect())
}

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

/// Adds a discount-rate row, or corrects the one with the same start date. Returns the
/// previous row for the audit log.
pub async fn upsert_discount_rate(
    db: &impl ConnectionTrait,
    rate: &DiscountRate,
) -> Result<Option<DiscountRate>, AppError> {
    let now = chrono::Utc::now();
    let existing = discount_rate::Entity::find()
        .filter(discount_rate::Column::EffectiveFrom.eq(rate.effective_from))
        .one(db)
        .await?;
    let confidence = match rate.confidence {
        Confidence::Confirmed => "confirmed",
        Confidence::Inferred => "inferred",
    };
    let before = existing.as_ref().map(|row| DiscountRate {
        effective_from: row.effective_from,
        rate: Percent(row.rate_units),
        confidence: if row.confidence == "confirmed" {
            Confidence::Confirmed
        } else {
            Confidence::Inferred
        },
        date_approximate: row.date_approximate,
    });
    match existing {
        Some(row) => {
            let mut active: discount_rate::ActiveModel = row.into();
            active.rate_units = Set(rate.rate.0);
            active.confidence = Set(confidence.to_owned());
            active.date_approximate = Set(rate.date_approximate);
            active.updated_at = Set(now);
            active.update(db).await?;
        }
        None => {
            discount_rate::ActiveModel {
                effective_from: Set(rate.effective_from),
                rate_units: Set(rate.rate.0),
                confidence: Set(confidence.to_owned()),
                date_approximate: Set(rate.date_approximate),
                note: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    Ok(before)
}
