//! Who is asking: every staff server function and page starts here. Server only.
use super::api::{CurrentUser, Role};
use super::{queries, session};
use crate::error::AppError;
use leptos::prelude::use_context;

/// The session token of the request being handled, from its cookie (named for how the site
/// is served, `PUBLIC_URL`).
pub fn request_token() -> Option<String> {
    let parts = use_context::<http::request::Parts>()?;
    let https = crate::settings::use_settings().ok()?.site_url.is_https();
    parts
        .headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|header| session::token_from_cookie_header(header, https))
        .map(str::to_owned)
}

/// The signed-in user, if any.
pub async fn current_user() -> Result<Option<CurrentUser>, AppError> {
    let Some(token) = request_token() else {
        return Ok(None);
    };
    let db = crate::db::use_db()?;
    let idle =
        chrono::Duration::minutes(crate::settings::use_settings()?.session_idle_minutes.into());
    let Some(id) = session::user_id(&db, &token, idle, chrono::Utc::now()).await? else {
        return Ok(None);
    };
    queries::current_user(&db, id).await
}

/// The signed-in user when they have one of `roles`: 401 when nobody is signed in, 403
/// for the wrong role.
pub async fn require(roles: &[Role]) -> Result<CurrentUser, AppError> {
    let user = current_user().await?.ok_or(AppError::Unauthorized)?;
    if roles.contains(&user.role) {
        Ok(user)
    } else {
        Err(AppError::Forbidden)
    }
}

/// Any member of staff.
pub async fn require_staff() -> Result<CurrentUser, AppError> {
    require(&Role::ALL).await
}
