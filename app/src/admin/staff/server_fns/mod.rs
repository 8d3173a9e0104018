//! Admins: staff accounts, one server function per file. Without JavaScript each form comes
//! back to its page (saved, or with the errors by the fields and what was typed).
mod create_staff;
mod get_staff;
mod list_staff;
mod send_staff_password_link;
mod update_staff;

pub use create_staff::{CreateStaff, create_staff};
pub use get_staff::{GetStaff, get_staff};
pub use list_staff::{ListStaff, list_staff};
pub use send_staff_password_link::{SendStaffPasswordLink, send_staff_password_link};
pub use update_staff::{UpdateStaff, update_staff};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::account::{api::Role, auth::require};
    pub use crate::admin::staff::queries as staff_queries;
    pub use crate::db::use_db;
    pub use crate::form::{is_plain_form_post, respond, respond_keeping};
    pub use crate::i18n::initial_lang;
    pub use crate::settings::use_settings;
    pub use chrono::Utc;

    /// Values of a staff form that may go back in the URL (staff's work details, no
    /// passwords).
    pub fn kept(input: &crate::admin::staff::api::StaffInput) -> [(&'static str, &str); 4] {
        [
            ("display_name", input.display_name.as_str()),
            ("email", input.email.as_str()),
            ("role", input.role.as_str()),
            ("municipality_id", input.municipality_id.as_str()),
        ]
    }
}
