//! Admin server functions, grouped by what they manage. Each starts by requiring the
//! admin role.
mod audit;
mod municipalities;
mod outbox;
mod staff;

pub use audit::{ListAudit, list_audit};
pub use municipalities::{
    CreateMunicipality, ListMunicipalitiesAdmin, RenameMunicipality, create_municipality,
    list_municipalities_admin, rename_municipality,
};
pub use outbox::{ListOutbox, list_outbox};
pub use staff::{
    CreateStaff, GetStaff, ListStaff, SendStaffPasswordLink, UpdateStaff, create_staff, get_staff,
    list_staff, send_staff_password_link, update_staff,
};
