use crate::admin::outbox::api::OutboxRow;
use crate::error::AppError;
use leptos::prelude::*;

/// Admins: the newest 200 emails of their municipality; the installation's administrator:
/// of every one.
#[server(prefix = "/api", endpoint = "admin/outbox")]
pub async fn list_outbox() -> Result<Vec<OutboxRow>, AppError> {
    use crate::account::{api::Role, auth};
    crate::form::respond(
        async {
            let admin = auth::require(&Role::ADMINS).await?;
            crate::admin::outbox::queries::newest(&crate::db::use_db()?, admin.scope()).await
        }
        .await,
    )
}
