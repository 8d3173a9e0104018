//! Reads the email outbox for admins. Server only.
use super::api::{OUTBOX_PAGE_SIZE, OutboxRow};
use crate::entities::outbox_email;
use crate::error::AppError;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

/// The newest messages of a municipality and the installation's own (no municipality):
/// requester addresses of other municipalities stay out of sight.
pub async fn newest(
    db: &impl ConnectionTrait,
    municipality_id: i32,
) -> Result<Vec<OutboxRow>, AppError> {
    let rows = outbox_email::Entity::find()
        .filter(
            Condition::any()
                .add(outbox_email::Column::MunicipalityId.eq(municipality_id))
                .add(outbox_email::Column::MunicipalityId.is_null()),
        )
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
