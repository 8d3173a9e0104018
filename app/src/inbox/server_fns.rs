//! The inbox's server functions: every one starts by asking who is signed in; the
//! repository then limits them to what that person may see.
use super::api::{Dashboard, EnquiryDetail, InboxList, InboxQuery, RoutingData};
use crate::error::AppError;
use leptos::prelude::*;
use std::collections::BTreeMap;

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::account::auth::require_staff;
    pub use crate::db::use_db;
    pub use crate::error::{is_plain_form_post, respond};
    pub use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

    /// Without JavaScript, back to the enquiry's page; with it, the page reloads its data.
    pub fn back_to(id: i32) {
        if is_plain_form_post() {
            leptos_axum::redirect(&format!("/staff/enquiries/{id}"));
        }
    }
}

/// Staff: the enquiries they may see, soonest answer date first.
#[server(prefix = "/api", endpoint = "inbox/list")]
pub async fn list_inbox(#[server(default)] query: InboxQuery) -> Result<InboxList, AppError> {
    use ssr::*;
    respond(
        async {
            let user = require_staff().await?;
            crate::inbox::queries::list(&use_db()?, &user, &query, chrono::Utc::now()).await
        }
        .await,
    )
}

/// Staff: open, overdue and due today, and this month's median time to a first answer.
#[server(prefix = "/api", endpoint = "inbox/dashboard")]
pub async fn inbox_dashboard() -> Result<Dashboard, AppError> {
    use ssr::*;
    respond(
        async {
            let user = require_staff().await?;
            crate::inbox::queries::dashboard(&use_db()?, &user, chrono::Utc::now()).await
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

/// Admins: the routing rules of their municipality.
#[server(RoutingDataFn, prefix = "/api", endpoint = "admin/routing")]
pub async fn routing_data() -> Result<RoutingData, AppError> {
    use crate::account::{api::Role, auth};
    use crate::enquiries::api::Topic;
    use ssr::*;
    respond(
        async {
            let admin = auth::require(&[Role::Admin]).await?;
            let db = use_db()?;
            let rules = crate::inbox::routing::rules(&db, admin.municipality_id).await?;
            let detail_staff = crate::entities::staff_user::Entity::find()
                .filter(
                    crate::entities::staff_user::Column::MunicipalityId.eq(admin.municipality_id),
                )
                .filter(crate::entities::staff_user::Column::Active.eq(true))
                .all(&db)
                .await?;
            Ok(RoutingData {
                topics: Topic::ALL
                    .into_iter()
                    .map(|t| (t, rules.get(t.code()).copied()))
                    .collect(),
                staff: detail_staff
                    .into_iter()
                    .map(|u| (u.id, u.display_name))
                    .collect(),
            })
        }
        .await,
    )
}

/// Admins: replace the routing rules (topic → staff id, empty for none).
#[server(prefix = "/api", endpoint = "admin/save_routing")]
pub async fn save_routing_rules(
    #[server(default)] rules: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::account::{api::Role, auth};
    use ssr::*;
    respond(
        async {
            let admin = auth::require(&[Role::Admin]).await?;
            crate::inbox::routing::save_rules(&use_db()?, &admin, &rules).await?;
            if is_plain_form_post() {
                leptos_axum::redirect("/staff/routing?saved=1");
            }
            Ok(())
        }
        .await,
    )
}

/// Contacts and admins: the person's data as a JSON download (an export on request). A
/// GET, so a plain link downloads it; the link sends no referrer, or the server-function
/// layer would answer a browser with a redirect back to the page.
#[server(prefix = "/api", endpoint = "inbox/export_person", input = server_fn::codec::GetUrl)]
pub async fn export_person(email: String) -> Result<serde_json::Value, AppError> {
    use ssr::*;
    respond(
        async {
            let user = require_staff().await?;
            let data = crate::inbox::privacy::export(&use_db()?, &user, &email).await?;
            if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
                response.insert_header(
                    http::header::CONTENT_DISPOSITION,
                    http::HeaderValue::from_static("attachment; filename=\"persondata.json\""),
                );
            }
            Ok(data)
        }
        .await,
    )
}

/// Contacts and admins: anonymise every enquiry of the person now (an erasure request).
#[server(prefix = "/api", endpoint = "inbox/erase_person")]
pub async fn erase_person(
    email: String,
    #[server(default)] id: Option<i32>,
    #[server(default)] confirm: Option<String>,
) -> Result<usize, AppError> {
    use ssr::*;
    respond(
        async {
            let user = require_staff().await?;
            if confirm.as_deref() != Some("yes") {
                return Err(AppError::invalid("confirm", crate::i18n::Msg::ErrorConsent));
            }
            let count =
                crate::inbox::privacy::erase(&use_db()?, &user, &email, chrono::Utc::now()).await?;
            if let Some(id) = id {
                back_to(id);
            }
            Ok(count)
        }
        .await,
    )
}
