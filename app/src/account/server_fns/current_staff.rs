use crate::account::api::CurrentUser;
use crate::error::AppError;
use leptos::prelude::*;

/// The signed-in member of staff; 401 when nobody is.
#[server(prefix = "/api", endpoint = "staff/current")]
pub async fn current_staff() -> Result<CurrentUser, AppError> {
    crate::form::respond(crate::account::auth::require_staff().await)
}
