//! Admins: the audit log of their municipality (the installation's administrator: all of
//! it), newest first, searchable, a page at a time.
use crate::admin::audit::api::{AuditPage, AuditQuery};
use crate::error::AppError;
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "admin/audit")]
pub async fn list_audit(#[server(default)] query: AuditQuery) -> Result<AuditPage, AppError> {
    use crate::account::{api::Role, auth};
    crate::form::respond(
        async {
            let admin = auth::require(&Role::ADMINS).await?;
            crate::admin::audit::queries::page(&crate::db::use_db()?, admin.scope(), &query).await
        }
        .await,
    )
}
