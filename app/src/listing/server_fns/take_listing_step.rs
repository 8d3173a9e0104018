use crate::error::AppError;
use leptos::prelude::*;

/// Contacts and admins of the listing's municipality: one step (`domain::listing::Step`'s
/// code) with its reason and, approving or re-verifying, `checked` when the RSV status was
/// checked in the CVR register. Back to the listing's page.
#[server(prefix = "/api", endpoint = "staff/listing/step")]
pub async fn take_listing_step(
    id: i32,
    step: String,
    #[server(default)] reason: String,
    #[server(default)] checked: Option<String>,
) -> Result<(), AppError> {
    use crate::account::api::Role;
    use crate::domain::listing::Step;
    use crate::i18n::Msg;
    use crate::listing::api::StepInput;
    // Without JavaScript the page has a form per step, each with its own reason: the
    // refusal goes back naming the step it is for.
    let posted = step.clone();
    let result = async {
        let user = crate::account::auth::require(&Role::REVIEWERS).await?;
        let db = crate::db::use_db()?;
        let step = Step::from_code(&step)
            .ok_or_else(|| AppError::invalid("step", Msg::ErrorStepNotAllowed))?;
        let input = StepInput {
            reason: Some(reason),
            checked_in: checked.map(|_| "cvr".to_owned()),
        };
        let site = crate::settings::use_settings()?.site_url.0;
        crate::listing::queries::take_step(&db, &user, id, step, &input, &site, chrono::Utc::now())
            .await?;
        leptos_axum::redirect(&format!("/staff/listings/{id}?done={}", step.code()));
        Ok(())
    }
    .await;
    crate::form::respond_keeping(result, &[("step", &posted)])
}
