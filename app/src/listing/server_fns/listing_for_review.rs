use crate::error::AppError;
use crate::listing::api::ReviewView;
use leptos::prelude::*;

/// Contacts and admins of the listing's municipality: everything to review and keep it.
#[server(ListingForReviewFn, prefix = "/api", endpoint = "staff/listing")]
pub async fn listing_for_review(id: i32) -> Result<ReviewView, AppError> {
    use crate::account::api::Role;
    crate::form::respond(
        async {
            let user = crate::account::auth::require(&Role::REVIEWERS).await?;
            let db = crate::db::use_db()?;
            crate::listing::queries::review_view(&db, &user, id).await
        }
        .await,
    )
}
