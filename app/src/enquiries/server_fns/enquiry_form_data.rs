use crate::enquiries::api::EnquiryFormData;
use crate::error::AppError;
use leptos::prelude::*;

/// Public: what the enquiry form needs; `retry` brings back a form posted without
/// JavaScript that had errors, `assessment` attaches a self-assessment.
#[server(EnquiryFormDataFn, prefix = "/api", endpoint = "enquiry/form")]
pub async fn enquiry_form_data(
    #[server(default)] retry: Option<String>,
    #[server(default)] assessment: Option<String>,
) -> Result<EnquiryFormData, AppError> {
    use crate::assessment::evaluate_saved_draft;
    use crate::domain::eligibility::Status;
    use crate::enquiries::api::{AttachedAssessment, EnquiryForm};
    crate::form::respond(
        async {
            let db = crate::db::use_db()?;
            let municipalities = crate::registry::list_municipalities(&db).await?;
            let now = chrono::Utc::now();
            // What was typed, when a form posted without JavaScript came back; its errors
            // are in the page's URL (`fe=`).
            let form: EnquiryForm = match retry.as_deref() {
                Some(token) => crate::form::retry::take(&db, "enquiry", token, now)
                    .await?
                    .unwrap_or_default(),
                None => Default::default(),
            };
            let token =
                assessment.or_else(|| Some(form.assessment.clone()).filter(|t| !t.is_empty()));
            let assessment =
                match token {
                    Some(token) => evaluate_saved_draft(&db, &token).await?.map(|evaluation| {
                        AttachedAssessment {
                            token,
                            overall: evaluation.overall,
                            unmet: evaluation
                                .criteria
                                .iter()
                                .filter(|c| c.status != Status::Met)
                                .map(|c| c.id)
                                .collect(),
                        }
                    }),
                    None => None,
                };
            Ok(EnquiryFormData {
                municipalities,
                form,
                assessment,
            })
        }
        .await,
    )
}
