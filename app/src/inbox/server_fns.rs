//! The inbox's server functions: every one starts by asking who is signed in; the
//! repository then limits them to what that person may see.
use super::api::{EnquiryDetail, InboxItem, InboxQuery};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::account::auth::require_staff;
    pub use crate::db::use_db;
    pub use crate::error::{is_plain_form_post, respond};

    /// Without JavaScript, back to the enquiry's page; with it, the page reloads its data.
    pub fn back_to(id: i32) {
        if is_plain_form_post() {
            leptos_axum::redirect(&format!("/staff/enquiries/{id}"));
        }
    }
}

/// Staff: the enquiries they may see, soonest answer date first.
#[server(prefix = "/api", endpoint = "inbox/list")]
pub async fn list_inbox(#[server(default)] query: InboxQuery) -> Result<Vec<InboxItem>, AppError> {
    use ssr::*;
    respond(
        async {
            let user = require_staff().await?;
            crate::inbox::queries::list(&use_db()?, &user, &query, chrono::Utc::now()).await
        }
        .await,
    )
}

/// Staff: one enquiry with its timeline.
#[server(prefix = "/api", endpoint = "inbox/get")]
pub async fn get_enquiry(id: i32) -> Result<EnquiryDetail, AppError> {
    use ssr::*;
    respond(
        async {
            let user = require_staff().await?;
            crate::inbox::queries::detail(&use_db()?, &user, id, chrono::Utc::now()).await
        }
        .await,
    )
}

/// Staff: a reply the requester sees on the status page and gets by email.
#[server(prefix = "/api", endpoint = "inbox/reply")]
pub async fn reply_to_enquiry(id: i32, body: String) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let user = require_staff().await?;
            crate::inbox::queries::reply(&use_db()?, &user, id, &body, chrono::Utc::now()).await?;
            back_to(id);
            Ok(())
        }
        .await,
    )
}

/// Staff: an internal note, never shown to the requester.
#[server(prefix = "/api", endpoint = "inbox/note")]
pub async fn add_enquiry_note(id: i32, body: String) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let user = require_staff().await?;
            crate::inbox::queries::note(&use_db()?, &user, id, &body, chrono::Utc::now()).await?;
            back_to(id);
            Ok(())
        }
        .await,
    )
}

/// Contacts: route the enquiry to a colleague.
#[server(prefix = "/api", endpoint = "inbox/assign")]
pub async fn assign_enquiry(id: i32, assignee: i32) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let user = require_staff().await?;
            crate::inbox::queries::assign(&use_db()?, &user, id, assignee, chrono::Utc::now())
                .await?;
            back_to(id);
            Ok(())
        }
        .await,
    )
}

/// Staff: change the status (close, reopen, waiting for the requester …).
#[server(prefix = "/api", endpoint = "inbox/status")]
pub async fn set_enquiry_status(id: i32, status: String) -> Result<(), AppError> {
    use crate::enquiries::api::EnquiryStatus;
    use ssr::*;
    respond(
        async {
            let user = require_staff().await?;
            let status = EnquiryStatus::from_code(&status)
                .ok_or_else(|| AppError::invalid("status", crate::i18n::Msg::ErrorChoose))?;
            crate::inbox::queries::set_status(&use_db()?, &user, id, status, chrono::Utc::now())
                .await?;
            back_to(id);
            Ok(())
        }
        .await,
    )
}
