//! Admins: staff accounts. Without JavaScript each form comes back to its page (saved, or
//! with the errors by the fields and what was typed).
use crate::admin::staff_api::{StaffEdit, StaffInput, StaffList};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::account::{api::Role, auth::require};
    pub use crate::admin::staff_queries;
    pub use crate::db::use_db;
    pub use crate::error::{is_plain_form_post, respond, respond_keeping};
    pub use crate::i18n::initial_lang;
    pub use crate::settings::use_settings;
    pub use chrono::Utc;

    /// Values of a staff form that may go back in the URL (staff's work details, no
    /// passwords).
    pub fn kept(input: &crate::admin::staff_api::StaffInput) -> [(&'static str, &str); 4] {
        [
            ("display_name", input.display_name.as_str()),
            ("email", input.email.as_str()),
            ("role", input.role.as_str()),
            ("municipality_id", input.municipality_id.as_str()),
        ]
    }
}

/// Admins: every member of staff of the installation, and the municipalities.
#[server(prefix = "/api", endpoint = "admin/staff")]
pub async fn list_staff() -> Result<StaffList, AppError> {
    use ssr::*;
    respond(
        async {
            require(&[Role::Admin]).await?;
            staff_queries::list(&use_db()?, Utc::now()).await
        }
        .await,
    )
}

/// Admins: one member of staff.
#[server(prefix = "/api", endpoint = "admin/staff/get")]
pub async fn get_staff(id: i32) -> Result<StaffEdit, AppError> {
    use ssr::*;
    respond(
        async {
            let admin = require(&[Role::Admin]).await?;
            staff_queries::get(&use_db()?, &admin, id, Utc::now()).await
        }
        .await,
    )
}

/// Admins: a new member of staff, who gets an emailed link to choose a password.
#[server(prefix = "/api", endpoint = "admin/staff/create")]
pub async fn create_staff(input: StaffInput) -> Result<i32, AppError> {
    use ssr::*;
    let result = async {
        let admin = require(&[Role::Admin]).await?;
        let site = use_settings()?.site_url;
        let user = staff_queries::create(
            &use_db()?,
            &admin,
            &input,
            &site.0,
            initial_lang(),
            Utc::now(),
        )
        .await?;
        if is_plain_form_post() {
            leptos_axum::redirect(&format!("/staff/users?created={}", user.id));
        }
        Ok(user.id)
    }
    .await;
    respond_keeping(result, &kept(&input))
}

/// Admins: name, email, role, municipality and whether the account may sign in.
#[server(prefix = "/api", endpoint = "admin/staff/update")]
pub async fn update_staff(
    id: i32,
    input: StaffInput,
    #[server(default)] active: Option<String>,
) -> Result<(), AppError> {
    use ssr::*;
    let result = async {
        let admin = require(&[Role::Admin]).await?;
        staff_queries::update(&use_db()?, &admin, id, &input, active.is_some()).await?;
        if is_plain_form_post() {
            leptos_axum::redirect(&format!("/staff/users/{id}?saved=1"));
        }
        Ok(())
    }
    .await;
    respond_keeping(result, &kept(&input))
}

/// Admins: emails the member of staff a link to choose a (new) password.
#[server(prefix = "/api", endpoint = "admin/staff/password_link")]
pub async fn send_staff_password_link(id: i32) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let admin = require(&[Role::Admin]).await?;
            let site = use_settings()?.site_url;
            staff_queries::send_password_link(
                &use_db()?,
                &admin,
                id,
                &site.0,
                initial_lang(),
                Utc::now(),
            )
            .await?;
            if is_plain_form_post() {
                leptos_axum::redirect(&format!("/staff/users/{id}?sent=1"));
            }
            Ok(())
        }
        .await,
    )
}
