//! The inbox's server functions, one per file: every one starts by asking who is signed
//! in; the repository then limits them to what that person may see.
mod add_enquiry_note;
mod assign_enquiry;
mod erase_person;
mod export_person;
mod get_enquiry;
mod inbox_dashboard;
mod list_inbox;
mod reply_to_enquiry;
mod set_enquiry_status;

pub use add_enquiry_note::{AddEnquiryNote, add_enquiry_note};
pub use assign_enquiry::{AssignEnquiry, assign_enquiry};
pub use erase_person::{ErasePerson, erase_person};
pub use export_person::{ExportPerson, export_person};
pub use get_enquiry::{GetEnquiry, get_enquiry};
pub use inbox_dashboard::{InboxDashboard, inbox_dashboard};
pub use list_inbox::{ListInbox, list_inbox};
pub use reply_to_enquiry::{ReplyToEnquiry, reply_to_enquiry};
pub use set_enquiry_status::{SetEnquiryStatus, set_enquiry_status};

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::account::auth::require_staff;
    pub use crate::db::use_db;
    pub use crate::form::{is_plain_form_post, respond};

    /// Without JavaScript, back to the enquiry's page; with it, the page reloads its data.
    pub fn back_to(id: i32) {
        if is_plain_form_post() {
            leptos_axum::redirect(&format!("/staff/enquiries/{id}"));
        }
    }
}
