//! Reads the email outbox for admins. Server only.
use super::api::{OUTBOX_PAGE_SIZE, OutboxRow};
use crate::entities::outbox_email;
use crate::error::AppError;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

/// The newest messages of a municipality (`scope`; requester addresses of other
/// municipalities stay out of sight), or of the whole installation (`None`).
pub async fn newest(
    db: &impl ConnectionTrait,
    scope: Option<i32>,
) -> Result<Vec<OutboxRow>, AppError> {
    let mut select = outbox_email::Entity::find();
    if let Some(municipality_id) = scope {
        select = select.filter(outbox_email::Column::MunicipalityId.eq(municipality_id));
    }
    let rows = select
        .order_by_desc(outbox_email::Column::Id)
        .limit(OUTBOX_PAGE_SIZE)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|m| OutboxRow {
            created_at: m.created_at.format("%Y-%m-%d %H:%M UTC").to_string(),
            to: m.to_address,
            subject: m.subject,
            status: m.status,
            attempts: m.attempts,
            last_error: m.last_error,
        })
        .collect())
}
