use crate::error::AppError;
use crate::mentoring::api::RequestFormData;
use leptos::prelude::*;

/// Public: what the request form needs. `retry` brings back a form posted without
/// JavaScript that had errors; otherwise `cvr` (from a registry profile) fills in the
/// listed company and its municipality, and `from` says where the asker came from.
#[server(AskFormDataFn, prefix = "/api", endpoint = "mentors/ask_form")]
pub async fn ask_form_data(
    #[server(default)] retry: Option<String>,
    #[server(default)] cvr: Option<String>,
    #[server(default)] from: Option<String>,
) -> Result<RequestFormData, AppError> {
    use crate::mentoring::form::MentorRequestForm;
    crate::form::respond(
        async {
            let db = crate::db::use_db()?;
            let municipalities = crate::registry::list_municipalities(&db).await?;
            let now = chrono::Utc::now();
            let kept: Option<MentorRequestForm> = match retry.as_deref() {
                Some(token) => crate::form::retry::take(&db, "mentor-request", token, now).await?,
                None => None,
            };
            let form = match kept {
                Some(form) => form,
                None => {
                    let mut form = MentorRequestForm {
                        source: from.unwrap_or_default(),
                        ..Default::default()
                    };
                    let cvr = cvr.as_deref().map(str::trim).unwrap_or_default();
                    if let Some((place, name)) =
                        crate::mentoring::queries::ask_form_for_company(&db, cvr).await?
                    {
                        form.municipality = place;
                        form.company_name = name;
                        form.cvr = cvr.to_owned();
                    }
                    form
                }
            };
            Ok(RequestFormData {
                municipalities,
                form,
            })
        }
        .await,
    )
}
