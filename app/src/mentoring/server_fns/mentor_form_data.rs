use crate::error::AppError;
use crate::mentoring::api::MentorFormData;
use leptos::prelude::*;

/// Public: what the sign-up form needs; `retry` brings back a form posted without
/// JavaScript that had errors.
#[server(MentorFormDataFn, prefix = "/api", endpoint = "mentors/form")]
pub async fn mentor_form_data(
    #[server(default)] retry: Option<String>,
) -> Result<MentorFormData, AppError> {
    crate::form::respond(
        async {
            let db = crate::db::use_db()?;
            let municipalities = crate::registry::list_municipalities(&db).await?;
            let form = match retry.as_deref() {
                Some(token) => crate::form::retry::take(&db, "mentor", token, chrono::Utc::now())
                    .await?
                    .unwrap_or_default(),
                None => Default::default(),
            };
            Ok(MentorFormData {
                municipalities,
                form,
            })
        }
        .await,
    )
}
