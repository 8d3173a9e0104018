use crate::error::AppError;
use crate::listing::api::Queues;
use leptos::prelude::*;

/// Contacts and admins: applications waiting for review in their municipality, oldest
/// first, and the listed companies whose RSV check has gone stale.
#[server(ReviewQueueFn, prefix = "/api", endpoint = "staff/listings")]
pub async fn review_queue() -> Result<Queues, AppError> {
    use crate::account::api::Role;
    crate::form::respond(
        async {
            let user = crate::account::auth::require(&Role::REVIEWERS).await?;
            let db = crate::db::use_db()?;
            crate::listing::queries::queue(&db, &user).await
        }
        .await,
    )
}
