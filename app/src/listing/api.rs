//! What the listing pages and server functions exchange: an application as checked, and
//! what an applicant and the staff see of one.
use crate::domain::company::{LegalForm, Purpose};
use crate::domain::cvr::Cvr;
use crate::domain::listing::{ListingStatus, RsvStatus, Step, TargetGroup, YearEnd};
use serde::{Deserialize, Serialize};

/// An application after its form's rules: every fact the registry shows, the applicant's
/// contact, and the municipality it applies to (by slug).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidListing {
    pub municipality: String,
    pub cvr: Cvr,
    pub name: String,
    pub legal_form: LegalForm,
    pub purpose: Purpose,
    pub description_da: String,
    pub description_en: Option<String>,
    pub products: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub founded_year: Option<i32>,
    pub employees: Option<i32>,
    pub target_groups: Vec<TargetGroup>,
    pub target_group_employees: Option<i32>,
    pub year_end: Option<YearEnd>,
    pub rsv_status: RsvStatus,
    pub contact_name: String,
    pub contact_email: String,
}

/// One row of a listing's history as the applicant and the staff see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryItem {
    /// ISO date.
    pub on: String,
    pub step: Step,
    pub to: ListingStatus,
    /// Staff see who; the applicant sees "the municipality".
    pub by_staff: Option<String>,
    pub reason: Option<String>,
}

/// A staff member's step on a listing: the reason (asked for changes, rejected,
/// deregistered) and, when approving or re-verifying, where the RSV status was checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StepInput {
    pub reason: Option<String>,
    /// `Some` records an RSV check now, e.g. `cvr` (the CVR register).
    pub checked_in: Option<String>,
}
