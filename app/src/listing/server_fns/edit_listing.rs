use crate::error::AppError;
use crate::listing::form::ListingForm;
use leptos::prelude::*;

/// Contacts and admins of the listing's municipality: its facts corrected. Back to the
/// listing's page; without JavaScript a form with errors comes back with them by the fields
/// and what was typed kept.
#[server(prefix = "/api", endpoint = "staff/listing/edit")]
pub async fn edit_listing(id: i32, form: ListingForm) -> Result<(), AppError> {
    use crate::account::api::Role;
    use crate::listing::{form::validate, queries};
    let result = async {
        let user = crate::account::auth::require(&Role::REVIEWERS).await?;
        let db = crate::db::use_db()?;
        // The applicant consented when applying; staff correct the facts, not the consent.
        let form = ListingForm {
            consent: Some("on".to_owned()),
            assessment: String::new(),
            ..form.clone()
        };
        let valid = validate(&form).map_err(AppError::Invalid)?;
        queries::edit(&db, &user, id, &valid, chrono::Utc::now()).await?;
        leptos_axum::redirect(&format!("/staff/listings/{id}?done=edit"));
        Ok(())
    }
    .await;
    let retry = crate::form::retry::kept_after("listing-edit", &form, &result).await;
    let kept: Vec<(&str, &str)> = retry.iter().map(|t| ("retry", t.as_str())).collect();
    crate::form::respond_keeping(result, &kept)
}
