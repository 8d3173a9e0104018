use crate::error::AppError;
use crate::listing::form::ListingForm;
use leptos::prelude::*;

/// Contacts and admins of the listing's municipality: its facts corrected. Back to the
/// listing's page; without JavaScript a form with errors comes back with them by the fields
/// and what was typed kept. `version` is the listing's as the form showed it: a correction
/// of a listing someone changed since is refused (`ReviewView::version`).
#[server(prefix = "/api", endpoint = "staff/listing/edit")]
pub async fn edit_listing(id: i32, version: i64, form: ListingForm) -> Result<(), AppError> {
    use crate::account::api::Role;
    use crate::listing::{
        form::{Sender, validate},
        queries,
    };
    let result = async {
        let user = crate::account::auth::require(&Role::REVIEWERS).await?;
        let db = crate::db::use_db()?;
        // The applicant consented when applying; staff correct the facts, not the consent.
        let form = ListingForm {
            consent: Some("on".to_owned()),
            assessment: String::new(),
            ..form.clone()
        };
        let valid = validate(&form, Sender::Staff).map_err(AppError::Invalid)?;
        queries::edit(&db, &user, id, version, &valid, chrono::Utc::now()).await?;
        // `at`: each correction's page is loaded anew (and with it the next version).
        let at = chrono::Utc::now().timestamp_micros();
        leptos_axum::redirect(&format!("/staff/listings/{id}?done=edit&at={at}"));
        Ok(())
    }
    .await;
    let retry = crate::form::retry::kept_after(&queries::edit_retry(id), &form, &result).await;
    // The version the form showed goes back too: a correction refused for its values,
    // corrected and sent again, still says which listing it corrects. Refused because
    // someone else saved first, the page shows theirs and its own version.
    let version = version.to_string();
    let conflict = matches!(&result, Err(e) if e.field("version").is_some());
    let mut kept: Vec<(&str, &str)> = retry.iter().map(|t| ("retry", t.as_str())).collect();
    if !conflict {
        kept.push(("version", &version));
    }
    crate::form::respond_keeping(result, &kept)
}
