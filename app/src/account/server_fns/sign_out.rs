use crate::error::AppError;
use leptos::prelude::*;

/// Ends this browser's session (the row and the cookie) and goes to the sign-in page.
#[server(prefix = "/api", endpoint = "staff/sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    use crate::account::{auth, session};
    crate::form::respond(
        async {
            let db = crate::db::use_db()?;
            if let Some(token) = auth::request_token() {
                session::delete(&db, &token).await?;
            }
            let https = crate::settings::use_settings()?.site_url.is_https();
            if let (Some(response), Ok(cookie)) = (
                use_context::<leptos_axum::ResponseOptions>(),
                http::HeaderValue::from_str(&session::clear_cookie(https)),
            ) {
                response.append_header(http::header::SET_COOKIE, cookie);
            }
            leptos_axum::redirect("/staff/login");
            Ok(())
        }
        .await,
    )
}
