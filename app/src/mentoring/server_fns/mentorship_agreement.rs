use crate::error::AppError;
use crate::mentoring::api::AgreementView;
use leptos::prelude::*;

/// Public to whoever holds a side's emailed link: the proposed mentorship and its
/// confidentiality agreement.
#[server(
    MentorshipAgreementFn,
    prefix = "/api",
    endpoint = "mentorships/agreement"
)]
pub async fn mentorship_agreement(token: String) -> Result<AgreementView, AppError> {
    crate::form::respond(
        async {
            let db = crate::db::use_db()?;
            crate::mentoring::queries::agreement(&db, &token).await
        }
        .await,
    )
}
