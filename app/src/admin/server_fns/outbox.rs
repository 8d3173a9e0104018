//! Admins: the email outbox.
use crate::admin::OutboxRow;
use crate::error::AppError;
use leptos::prelude::*;

/// Admins: the newest 200 emails of their municipality (and the installation's own).
#[server(prefix = "/api", endpoint = "admin/outbox")]
pub async fn list_outbox() -> Result<Vec<OutboxRow>, AppError> {
    use crate::account::{api::Role, auth};
    use crate::entities::outbox_email;
    use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
    crate::error::respond(
        async {
            let admin = auth::require(&[Role::Admin]).await?;
            let db = crate::db::use_db()?;
            let rows = outbox_email::Entity::find()
                .filter(
                    Condition::any()
                        .add(outbox_email::Column::MunicipalityId.eq(admin.municipality_id))
                        .add(outbox_email::Column::MunicipalityId.is_null()),
                )
                .order_by_desc(outbox_email::Column::Id)
                .limit(200)
                .all(&db)
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
        .await,
    )
}
