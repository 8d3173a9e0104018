use crate::error::AppError;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// Admins: replace the routing rules (topic → staff id, empty for none).
#[server(prefix = "/api", endpoint = "admin/save_routing")]
pub async fn save_routing_rules(
    #[server(default)] rules: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::account::{api::Role, auth};
    crate::form::respond(
        async {
            let admin = auth::require(&Role::ADMINS).await?;
            crate::admin::routing::queries::save_rules(&crate::db::use_db()?, &admin, &rules)
                .await?;
            if crate::form::is_plain_form_post() {
                leptos_axum::redirect("/staff/routing?saved=1");
            }
            Ok(())
        }
        .await,
    )
}
