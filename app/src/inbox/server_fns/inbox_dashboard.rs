use crate::error::AppError;
use crate::inbox::api::Dashboard;
use leptos::prelude::*;

/// Staff: open, overdue and due today, and this month's median time to a first answer.
#[server(prefix = "/api", endpoint = "inbox/dashboard")]
pub async fn inbox_dashboard() -> Result<Dashboard, AppError> {
    use super::ssr::*;
    respond(
        async {
            let user = require_staff().await?;
            crate::inbox::queries::dashboard(&use_db()?, &user, chrono::Utc::now()).await
        }
        .await,
    )
}
