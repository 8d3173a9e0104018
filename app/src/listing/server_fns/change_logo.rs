use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::{MultipartData, MultipartFormData};

/// Public to whoever holds the private link, while the application is open; rate-limited
/// on its own (`listing/logo`). A form with a file: `token`, the file `logo` (PNG, JPEG or
/// WebP up to 1 MB), or `remove` to take the logo away. Back to the application's page; a
/// refused file comes back with its message by the field.
#[server(input = MultipartFormData, prefix = "/api", endpoint = "listing/logo")]
pub async fn change_logo(data: MultipartData) -> Result<(), AppError> {
    use crate::listing::queries;
    crate::form::respond(
        async {
            crate::rate_limit::check("listing/logo")?;
            let upload = super::read_logo_form(data).await?;
            let token = upload.field("token").unwrap_or_default().to_owned();
            let db = crate::db::use_db()?;
            let now = chrono::Utc::now();
            queries::change_logo_as_applicant(&db, &token, super::logo_change(upload), now).await?;
            leptos_axum::redirect(&format!("{}?done=logo", queries::application_path(&token)));
            Ok(())
        }
        .await,
    )
}
