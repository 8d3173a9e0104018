//! Admins: the municipalities of the installation.
use crate::admin::municipality_api::MunicipalityRow;
use crate::error::AppError;
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "admin/municipalities")]
pub async fn list_municipalities_admin() -> Result<Vec<MunicipalityRow>, AppError> {
    use crate::account::{api::Role, auth};
    crate::error::respond(
        async {
            auth::require(&[Role::Admin]).await?;
            crate::admin::municipality_queries::list(&crate::db::use_db()?).await
        }
        .await,
    )
}

/// Admins: a new municipality (official four-digit code and name).
#[server(prefix = "/api", endpoint = "admin/municipalities/create")]
pub async fn create_municipality(code: String, name: String) -> Result<(), AppError> {
    use crate::account::{api::Role, auth};
    let result = async {
        let admin = auth::require(&[Role::Admin]).await?;
        let db = crate::db::use_db()?;
        crate::admin::municipality_queries::create(&db, &admin, &code, &name, chrono::Utc::now())
            .await?;
        if crate::error::is_plain_form_post() {
            leptos_axum::redirect("/staff/municipalities?saved=1");
        }
        Ok(())
    }
    .await;
    crate::error::respond_keeping(result, &[("code", &code), ("name", &name)])
}

/// Admins: a municipality's new name (its code and URL name stay).
#[server(prefix = "/api", endpoint = "admin/municipalities/rename")]
pub async fn rename_municipality(id: i32, name: String) -> Result<(), AppError> {
    use crate::account::{api::Role, auth};
    crate::error::respond(
        async {
            let admin = auth::require(&[Role::Admin]).await?;
            let db = crate::db::use_db()?;
            crate::admin::municipality_queries::rename(&db, &admin, id, &name).await?;
            if crate::error::is_plain_form_post() {
                leptos_axum::redirect("/staff/municipalities?saved=1");
            }
            Ok(())
        }
        .await,
    )
}
