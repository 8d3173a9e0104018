use crate::error::AppError;
use leptos::prelude::*;

/// Public: signs a member of staff in with email and password, starts a session in the
/// database and sets its cookie. Throttled per client address and locked per account.
#[server(prefix = "/api", endpoint = "staff/sign_in")]
pub async fn sign_in(email: String, password: String) -> Result<(), AppError> {
    use crate::account::{queries, session};
    use crate::audit::{self, Entry};
    let result: Result<(), AppError> = async {
        crate::rate_limit::check("staff/sign_in")?;
        let form = crate::account::api::SignInForm {
            email: email.clone(),
            password: password.clone(),
        };
        crate::form::check(&form).map_err(AppError::Invalid)?;
        let db = crate::db::use_db()?;
        let https = crate::settings::use_settings()?.site_url.is_https();
        let now = chrono::Utc::now();
        let user = queries::authenticate(&db, &email, &password, now).await?;
        let token = session::create(&db, user.id, now).await?;
        audit::record(
            &db,
            Entry {
                municipality_id: Some(user.municipality_id),
                actor_id: Some(user.id),
                action: "staff.sign_in",
                subject: format!("staff_user:{}", user.id),
                detail: serde_json::json!({}),
            },
        )
        .await?;
        if let (Some(response), Ok(cookie)) = (
            use_context::<leptos_axum::ResponseOptions>(),
            http::HeaderValue::from_str(&session::cookie(&token, https)),
        ) {
            response.append_header(http::header::SET_COOKIE, cookie);
        }
        leptos_axum::redirect("/staff");
        Ok(())
    }
    .await;
    // Without JavaScript: back to the form with the email kept (never the password).
    crate::form::respond_keeping(result, &[("email", email.trim())])
}
