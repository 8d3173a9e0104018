//! What the listing pages and server functions exchange: an application as checked, and
//! what an applicant and the staff see of one.
use super::form::ListingForm;
use crate::domain::company::{LegalForm, Purpose};
use crate::domain::cvr::Cvr;
use crate::domain::listing::{ListingStatus, RsvStatus, Step, TargetGroup, YearEnd};
use crate::registry::api::MunicipalityOption;
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
    /// Always given by an applicant; staff may leave both out (`form::Sender`).
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
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

/// What the application form needs: the municipalities to apply to and the form as it was
/// (empty, or a form posted without JavaScript that came back with errors).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListingFormData {
    pub municipalities: Vec<MunicipalityOption>,
    pub form: ListingForm,
}

/// What the applicant sees behind the private link: where the application stands, its
/// history (the municipality's reasons included, not who wrote them) and, while changes
/// are requested, the form to answer with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationView {
    pub company: String,
    pub cvr: String,
    pub status: ListingStatus,
    pub history: Vec<HistoryItem>,
    pub form: ListingForm,
    pub municipalities: Vec<MunicipalityOption>,
    /// The logo as a `data:` URL (the application is not public yet).
    pub logo: Option<String>,
    /// The applicant may change the logo (the application is open).
    pub logo_editable: bool,
}

/// One application waiting for review.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueItem {
    pub id: i32,
    pub name: String,
    pub cvr: String,
    pub municipality: String,
    /// ISO date it has waited since.
    pub waiting_since: String,
}

/// The staff's lists: applications waiting for review, and listed companies whose RSV
/// check is older than 12 months or was never made (`waiting_since`: the last check's
/// date, empty when never), oldest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Queues {
    pub applications: Vec<QueueItem>,
    pub stale_checks: Vec<QueueItem>,
    /// Annual reports overdue or due within 60 days, the earliest first.
    pub reports: Vec<ReportItem>,
}

/// A listed company's next annual report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportItem {
    pub company: QueueItem,
    pub report: ReportStatus,
}

/// Where a listed company's next annual report stands (ISO dates).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportStatus {
    /// The last day of the financial year it covers.
    pub year_ended: String,
    pub due: String,
    pub overdue: bool,
    /// The company has been reminded of it.
    pub reminded: bool,
}

/// What a member of staff reviews and keeps: the facts as the applicant gave them, the
/// municipality's RSV check, the attached self-assessment and the whole history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewView {
    pub id: i32,
    pub status: ListingStatus,
    pub municipality: String,
    /// The facts as saved.
    pub form: ListingForm,
    /// What a correction posted without JavaScript and refused had typed, for its form
    /// (the facts above it stay as saved).
    pub typed: Option<ListingForm>,
    /// ISO date of the last RSV check and where.
    pub checked: Option<(String, Option<String>)>,
    pub assessment: Option<crate::assessment::api::Snapshot>,
    pub history: Vec<HistoryItem>,
    /// The steps open from here, for the buttons.
    pub steps: Vec<Step>,
    /// A listed company's next annual report.
    pub report: Option<ReportStatus>,
    /// Staff may correct the facts (`form`).
    pub editable: bool,
    /// The listing as this view read it, for the correction to say which one it corrects.
    pub version: i64,
    /// The logo as a `data:` URL.
    pub logo: Option<String>,
}
