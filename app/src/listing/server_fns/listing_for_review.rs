use crate::error::AppError;
use crate::listing::api::ReviewView;
use leptos::prelude::*;

/// Contacts and admins of the listing's municipality: everything to review and keep it;
/// `retry` brings back a correction posted without JavaScript that had errors.
#[server(ListingForReviewFn, prefix = "/api", endpoint = "staff/listing")]
pub async fn listing_for_review(
    id: i32,
    #[server(default)] retry: Option<String>,
) -> Result<ReviewView, AppError> {
    use crate::account::api::Role;
    crate::form::respond(
        async {
            let user = crate::account::auth::require(&Role::REVIEWERS).await?;
            let db = crate::db::use_db()?;
            use crate::listing::queries;
            let mut review = queries::review_view(&db, &user, id).await?;
            if let Some(token) = retry.as_deref() {
                let now = chrono::Utc::now();
                review.typed =
                    crate::form::retry::take(&db, &queries::edit_retry(id), token, now).await?;
            }
            Ok(review)
        }
        .await,
    )
}
