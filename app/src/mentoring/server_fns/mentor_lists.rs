use crate::error::AppError;
use crate::mentoring::api::MentorLists;
use leptos::prelude::*;

/// Contacts and admins: sign-ups waiting for a decision and the scheme's mentors with
/// their load, of their municipality.
#[server(MentorListsFn, prefix = "/api", endpoint = "staff/mentors")]
pub async fn mentor_lists() -> Result<MentorLists, AppError> {
    use crate::account::api::Role;
    crate::form::respond(
        async {
            let user = crate::account::auth::require(&Role::REVIEWERS).await?;
            let db = crate::db::use_db()?;
            crate::mentoring::queries::lists(&db, &user, chrono::Utc::now()).await
        }
        .await,
    )
}
