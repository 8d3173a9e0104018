use crate::error::AppError;
use crate::mentoring::api::RequestDetail;
use leptos::prelude::*;

/// Contacts and admins of the request's municipality: the request for a mentor with the
/// mentors suggested, each score's parts, and those left out with why.
#[server(MentorRequestFn, prefix = "/api", endpoint = "staff/mentors/request")]
pub async fn mentor_request(id: i32) -> Result<RequestDetail, AppError> {
    use crate::account::api::Role;
    crate::form::respond(
        async {
            let user = crate::account::auth::require(&Role::REVIEWERS).await?;
            let db = crate::db::use_db()?;
            crate::mentoring::queries::request_detail(&db, &user, id, chrono::Utc::now()).await
        }
        .await,
    )
}
