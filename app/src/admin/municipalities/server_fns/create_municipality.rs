use crate::error::AppError;
use leptos::prelude::*;

/// Admins: a new municipality (official four-digit code and name).
#[server(prefix = "/api", endpoint = "admin/municipalities/create")]
pub async fn create_municipality(code: String, name: String) -> Result<(), AppError> {
    use crate::account::{api::Role, auth};
    use crate::admin::municipalities::api::{MunicipalityName, NewMunicipality};
    let result = async {
        let admin = auth::require(&[Role::SuperAdmin]).await?;
        let db = crate::db::use_db()?;
        crate::admin::municipalities::queries::create(
            &db,
            Some(admin.id),
            &NewMunicipality {
                code: code.clone(),
                name: MunicipalityName { name: name.clone() },
            },
            chrono::Utc::now(),
        )
        .await?;
        if crate::form::is_plain_form_post() {
            leptos_axum::redirect("/staff/municipalities?saved=1");
        }
        Ok(())
    }
    .await;
    crate::form::respond_keeping(result, &[("code", &code), ("name", &name)])
}
