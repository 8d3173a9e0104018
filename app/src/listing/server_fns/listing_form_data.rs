use crate::error::AppError;
use crate::listing::api::ListingFormData;
use leptos::prelude::*;

/// Public: what the application form needs; `retry` brings back a form posted without
/// JavaScript that had errors, `assessment` attaches a self-assessment by its token.
#[server(ListingFormDataFn, prefix = "/api", endpoint = "listing/form")]
pub async fn listing_form_data(
    #[server(default)] retry: Option<String>,
    #[server(default)] assessment: Option<String>,
) -> Result<ListingFormData, AppError> {
    use crate::listing::form::ListingForm;
    crate::form::respond(
        async {
            let db = crate::db::use_db()?;
            let municipalities = crate::registry::list_municipalities(&db).await?;
            let mut form: ListingForm = match retry.as_deref() {
                Some(token) => crate::form::retry::take(&db, "listing", token, chrono::Utc::now())
                    .await?
                    .unwrap_or_default(),
                None => Default::default(),
            };
            if let Some(token) = assessment.filter(|_| form.assessment.is_empty()) {
                form.assessment = token;
            }
            Ok(ListingFormData {
                municipalities,
                form,
            })
        }
        .await,
    )
}
