use crate::error::AppError;
use crate::mentoring::api::RequestDetail;
use leptos::prelude::*;

/// Contacts and admins of the request's municipality: the request for a mentor with the
/// mentors suggested, each score's parts, and those left out with why; the mentorships
/// proposed for it; the proposal form (`retry`: as typed when a post without JavaScript
/// came back).
#[server(MentorRequestFn, prefix = "/api", endpoint = "staff/mentors/request")]
pub async fn mentor_request(
    id: i32,
    #[server(default)] retry: Option<String>,
) -> Result<RequestDetail, AppError> {
    use crate::account::api::Role;
    crate::form::respond(
        async {
            let user = crate::account::auth::require(&Role::REVIEWERS).await?;
            let db = crate::db::use_db()?;
            let now = chrono::Utc::now();
            // Read (and the user's right to it checked) before what was typed is taken.
            let mut detail = crate::mentoring::queries::request_detail(&db, &user, id, now).await?;
            if let Some(token) = retry
                && let Some(typed) =
                    crate::form::retry::take(&db, &super::propose_retry(id), &token, now).await?
            {
                detail.proposal = typed;
            }
            Ok(detail)
        }
        .await,
    )
}
