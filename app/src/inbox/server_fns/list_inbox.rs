use crate::error::AppError;
use crate::inbox::api::{InboxList, InboxQuery};
use leptos::prelude::*;

/// Staff: the enquiries they may see, soonest answer date first.
#[server(prefix = "/api", endpoint = "inbox/list")]
pub async fn list_inbox(#[server(default)] query: InboxQuery) -> Result<InboxList, AppError> {
    use super::ssr::*;
    respond(
        async {
            let user = require_staff().await?;
            crate::inbox::queries::list(&use_db()?, &user, &query, chrono::Utc::now()).await
        }
        .await,
    )
}
