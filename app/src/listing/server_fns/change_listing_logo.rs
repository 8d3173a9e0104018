use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::{MultipartData, MultipartFormData};

/// Contacts and admins of the listing's municipality, while it may be corrected: a form
/// with a file, `id` and the file `logo`, or `remove`. Back to the listing's page.
#[server(input = MultipartFormData, prefix = "/api", endpoint = "staff/listing/logo")]
pub async fn change_listing_logo(data: MultipartData) -> Result<(), AppError> {
    use crate::account::api::Role;
    use crate::listing::queries;
    crate::form::respond(
        async {
            // Signed in before a byte of the file is read.
            let user = crate::account::auth::require(&Role::REVIEWERS).await?;
            let upload = super::read_logo_form(data).await?;
            let id: i32 = upload
                .field("id")
                .and_then(|id| id.parse().ok())
                .ok_or(AppError::NotFound)?;
            let db = crate::db::use_db()?;
            let now = chrono::Utc::now();
            queries::change_logo_as_staff(&db, &user, id, super::logo_change(upload), now).await?;
            leptos_axum::redirect(&format!("/staff/listings/{id}?done=logo"));
            Ok(())
        }
        .await,
    )
}
