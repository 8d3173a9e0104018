use crate::error::AppError;
use leptos::prelude::*;

/// Admins: a municipality's new name (its code and URL name stay).
#[server(prefix = "/api", endpoint = "admin/municipalities/rename")]
pub async fn rename_municipality(id: i32, name: String) -> Result<(), AppError> {
    use crate::account::{api::Role, auth};
    use crate::admin::municipalities::api::MunicipalityName;
    crate::form::respond(
        async {
            let admin = auth::require(&[Role::SuperAdmin]).await?;
            let db = crate::db::use_db()?;
            crate::admin::municipalities::queries::rename(
                &db,
                &admin,
                id,
                &MunicipalityName { name: name.clone() },
            )
            .await?;
            if crate::form::is_plain_form_post() {
                leptos_axum::redirect("/staff/municipalities?saved=1");
            }
            Ok(())
        }
        .await,
    )
}
