//! What a form posted without JavaScript had typed, where it may not sit in a URL (a
//! requester's name, email and message): kept in `form_retry` for an hour behind a random
//! token, which goes back to the page as `retry=` through `respond_keeping` like any other
//! kept value. The page's own data function takes it back. Server only.
use crate::entities::form_retry;
use crate::error::AppError;
use crate::token;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

/// How long a form with errors is kept for the no-JavaScript round trip.
pub const RETRY_MINUTES: i64 = 60;
/// No value kept is longer than this many characters.
const MAX_KEPT_CHARS: usize = 20_000;

/// Keeps what was typed in `form` (each text capped) and returns the token for `retry=`.
/// Rows past their hour go at the same time.
pub async fn keep<T: serde::Serialize>(
    db: &impl ConnectionTrait,
    form: &str,
    values: &T,
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    let token = token::new_token().map_err(|_| AppError::Internal)?;
    let mut values = serde_json::to_value(values).map_err(|_| AppError::Internal)?;
    if let Some(map) = values.as_object_mut() {
        for value in map.values_mut() {
            if let Some(text) = value.as_str()
                && text.chars().count() > MAX_KEPT_CHARS
            {
                *value =
                    serde_json::Value::from(text.chars().take(MAX_KEPT_CHARS).collect::<String>());
            }
        }
    }
    forget_expired(db, now).await?;
    form_retry::ActiveModel {
        token_hash: Set(token::hash(&token)),
        form: Set(form.to_owned()),
        values: Set(values.to_string()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// After a server function's work: when a form posted without JavaScript was refused for
/// its values (`AppError::Invalid`), keeps what was typed and returns the token for
/// `retry=`; otherwise (success, another error, the app's own client) nothing. A failure
/// to keep is logged: the refusal itself still goes back.
pub async fn kept_after<T: serde::Serialize, V>(
    form: &str,
    values: &T,
    result: &Result<V, AppError>,
) -> Option<String> {
    if !matches!(result, Err(AppError::Invalid(_))) || !super::is_plain_form_post() {
        return None;
    }
    let db = crate::db::use_db().ok()?;
    match keep(&db, form, values, Utc::now()).await {
        Ok(token) => Some(token),
        Err(err) => {
            tracing::error!(%err, form, "could not keep a form for its retry");
            None
        }
    }
}

/// The values kept for `form` while they last; `None` when unknown or expired.
pub async fn take<T: serde::de::DeserializeOwned>(
    db: &impl ConnectionTrait,
    form: &str,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<T>, AppError> {
    if !token::looks_valid(token) {
        return Ok(None);
    }
    let row = form_retry::Entity::find()
        .filter(form_retry::Column::TokenHash.eq(token::hash(token)))
        .filter(form_retry::Column::Form.eq(form))
        .filter(form_retry::Column::CreatedAt.gte(now - Duration::minutes(RETRY_MINUTES)))
        .one(db)
        .await?;
    Ok(row.and_then(|row| serde_json::from_str(&row.values).ok()))
}

/// Deletes what was kept past its hour; returns how many (the hourly job, and each keep).
pub async fn forget_expired(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
) -> Result<u64, AppError> {
    let gone = form_retry::Entity::delete_many()
        .filter(form_retry::Column::CreatedAt.lt(now - Duration::minutes(RETRY_MINUTES)))
        .exec(db)
        .await?;
    Ok(gone.rows_affected)
}

/// Deletes every kept form that holds `text` (an email address to erase), in any case.
pub async fn forget_mentioning(db: &impl ConnectionTrait, text: &str) -> Result<u64, AppError> {
    use sea_orm::sea_query::{Expr, ExprTrait, Func};
    let escaped = text
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    let gone = form_retry::Entity::delete_many()
        .filter(
            Expr::expr(Func::lower(Expr::col(form_retry::Column::Values)))
                .like(sea_orm::sea_query::LikeExpr::new(format!("%{escaped}%")).escape('\\')),
        )
        .exec(db)
        .await?;
    Ok(gone.rows_affected)
}
