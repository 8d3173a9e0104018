use crate::error::AppError;
use leptos::prelude::*;

/// Public: signs a member of staff in with email and password, starts a session in the
/// database and sets its cookie. Throttled per client address and locked per account.
#[server(prefix = "/api", endpoint = "staff/sign_in")]
pub async fn sign_in(email: String, password: String) -> Result<(), AppError> {
    use crate::account::{queries, session};
    use crate::audit::{self, Entry};
    use crate::error::FieldError;
    use crate::form::{is_plain_form_post, with_query_param};
    use crate::i18n::Msg;
    let result = async {
        crate::rate_limit::check("staff/sign_in")?;
        let mut missing = Vec::new();
        for (field, value, max) in [("email", &email, 254), ("password", &password, 512)] {
            if value.trim().is_empty() {
                missing.push(FieldError::new(field, Msg::ErrorRequired));
            } else if value.chars().count() > max {
                missing.push(FieldError::too_long(field, max));
            }
        }
        if !missing.is_empty() {
            return Err(AppError::Invalid(missing));
        }
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
    if let Err(err) = &result
        && is_plain_form_post()
    {
        // Back to the form with the email kept (never the password) and the reason.
        let back = format!(
            "/staff/login?email={}",
            crate::domain::text::url_encode(email.trim())
        );
        leptos_axum::redirect(&with_query_param(&back, "error", err.code()));
    }
    crate::form::respond(result)
}
