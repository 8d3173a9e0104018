//! The listings' repository: every write of an application's life, each in one
//! transaction with its history row, audit entry and emails. Server only.
mod applicant;
mod edit;
mod logo;
mod reminders;
mod review;
mod views;

pub use applicant::{Applied, answer, application_path, apply, confirm, confirm_path};
pub use edit::edit;
pub use logo::{
    LogoChange, change_logo_as_applicant, change_logo_as_staff, logo_data_url, published_logo,
};
pub use reminders::remind_annual_reports;
pub use review::{review_queue, take_step};
pub use views::{application_view, queue, review_view};

use super::api::{HistoryItem, ReportStatus, ValidListing};
use crate::account::api::CurrentUser;
use crate::domain::listing::{By, ListingStatus, Step, TargetGroup};
use crate::entities::{company, company_event, municipality, staff_user};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::token;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

/// A listing's whole history, oldest first; `staff_names` shows who acted (for staff).
pub async fn history(
    db: &impl ConnectionTrait,
    company_id: i32,
    staff_names: bool,
) -> Result<Vec<HistoryItem>, AppError> {
    let events = company_event::Entity::find()
        .filter(company_event::Column::CompanyId.eq(company_id))
        .order_by_asc(company_event::Column::CreatedAt)
        .order_by_asc(company_event::Column::Id)
        .all(db)
        .await?;
    let names = if staff_names {
        let ids: Vec<i32> = events.iter().filter_map(|e| e.staff_user_id).collect();
        staff_user::Entity::find()
            .filter(staff_user::Column::Id.is_in(ids))
            .all(db)
            .await?
    } else {
        Vec::new()
    };
    Ok(events
        .into_iter()
        .filter_map(|e| {
            let by_staff = e
                .staff_user_id
                .and_then(|id| names.iter().find(|u| u.id == id))
                .map(|u| u.display_name.clone());
            Some(HistoryItem {
                on: e.created_at.date_naive().to_string(),
                step: Step::from_code(&e.step)?,
                to: ListingStatus::from_code(&e.to_status)?,
                by_staff,
                reason: e.reason,
            })
        })
        .collect())
}

/// The listing behind a private link.
pub async fn by_private_token(
    db: &impl ConnectionTrait,
    private_token: &str,
) -> Result<company::Model, AppError> {
    if !token::looks_valid(private_token) {
        return Err(AppError::NotFound);
    }
    company::Entity::find()
        .filter(company::Column::ApplicantTokenHash.eq(token::hash(private_token)))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Moves a listing from where it stands by `step`, with `change` to its columns, as one
/// conditional update: if someone else moved it meanwhile, nothing is written and the
/// step is refused. Returns the new status.
async fn move_on(
    db: &impl ConnectionTrait,
    row: &company::Model,
    step: Step,
    by: By,
    change: impl FnOnce(&mut company::ActiveModel),
) -> Result<ListingStatus, AppError> {
    let from = status_of(row)?;
    let to = from
        .after(step, by)
        .map_err(|_| AppError::invalid("step", Msg::ErrorStepNotAllowed))?;
    let mut model: company::ActiveModel = row.clone().into();
    change(&mut model);
    model.status = Set(to.code().to_owned());
    let done = company::Entity::update_many()
        .set(model)
        .filter(company::Column::Id.eq(row.id))
        .filter(company::Column::Status.eq(from.code()))
        .exec(db)
        .await?;
    if done.rows_affected != 1 {
        return Err(AppError::invalid("step", Msg::ErrorStepNotAllowed));
    }
    Ok(to)
}

/// One row of a listing's history (`staff_user_id` none: the applicant), and the listing
/// marked as moved `now`.
#[allow(clippy::too_many_arguments)]
pub async fn record(
    db: &impl ConnectionTrait,
    company_id: i32,
    staff_user_id: Option<i32>,
    step: Step,
    from: Option<ListingStatus>,
    to: ListingStatus,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    company_event::ActiveModel {
        company_id: Set(company_id),
        actor: Set(if staff_user_id.is_some() {
            "staff"
        } else {
            "applicant"
        }
        .to_owned()),
        staff_user_id: Set(staff_user_id),
        step: Set(step.code().to_owned()),
        from_status: Set(from.map(|s| s.code().to_owned())),
        to_status: Set(to.code().to_owned()),
        reason: Set(reason.map(str::to_owned)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    // `updated_at` orders the review queue: when the listing last moved.
    company::Entity::update_many()
        .col_expr(company::Column::UpdatedAt, Expr::value(now))
        .filter(company::Column::Id.eq(company_id))
        .exec(db)
        .await?;
    Ok(())
}

/// The form's facts into a company row.
fn fill(model: &mut company::ActiveModel, form: &ValidListing, municipality_id: i32) {
    model.municipality_id = Set(municipality_id);
    model.cvr = Set(form.cvr.as_str().to_owned());
    model.name = Set(form.name.clone());
    model.legal_form = Set(form.legal_form.code().to_owned());
    model.purpose = Set(form.purpose.code().to_owned());
    model.description_da = Set(form.description_da.clone());
    model.description_en = Set(form.description_en.clone());
    model.products = Set(form.products.clone());
    model.street = Set(form.street.clone());
    model.postcode = Set(form.postcode.clone());
    model.city = Set(form.city.clone());
    model.website = Set(form.website.clone());
    model.email = Set(form.email.clone());
    model.phone = Set(form.phone.clone());
    model.founded_year = Set(form.founded_year);
    model.employees = Set(form.employees);
    model.target_groups = Set(TargetGroup::join(&form.target_groups));
    model.target_group_employees = Set(form.target_group_employees);
    model.year_end = Set(form.year_end.map(|y| y.code()));
    model.rsv_status = Set(form.rsv_status.code().to_owned());
    model.contact_name = Set(form.contact_name.clone());
    model.contact_email = Set(form.contact_email.clone());
    // Kept here too: a conditional update does not run the model's `before_save`.
    let (search_text, sort_key) = company::derived_columns(
        &form.name,
        &form.city,
        &form.products,
        &form.description_da,
        form.description_en.as_deref(),
    );
    model.search_text = Set(search_text);
    model.sort_key = Set(sort_key);
}

/// A listing of the municipality the member of staff reviews (any, for the installation's
/// administrator); another municipality's is "not found", as if it did not exist.
async fn reviewed(
    db: &impl ConnectionTrait,
    staff: &CurrentUser,
    company_id: i32,
) -> Result<company::Model, AppError> {
    company::Entity::find_by_id(company_id)
        .one(db)
        .await?
        .filter(|row| staff.reviews(row.municipality_id))
        .ok_or(AppError::NotFound)
}

/// The facts of `form` for a listing that exists: its CVR number stays as it is.
fn keeping_cvr(row: &company::Model, form: &ValidListing) -> Result<ValidListing, AppError> {
    Ok(ValidListing {
        cvr: crate::domain::cvr::Cvr::parse(&row.cvr).map_err(|_| AppError::Internal)?,
        ..form.clone()
    })
}

/// Under which name a refused form's typed values are kept (`form::retry`) for one
/// listing only: a token of one listing's answer or correction does not fill another's.
pub fn answer_retry(private_token: &str) -> String {
    format!("answer:{}", &token::hash(private_token)[..16])
}

/// `answer_retry` for a member of staff's correction of listing `id`.
pub fn edit_retry(id: i32) -> String {
    format!("listing-edit:{id}")
}

/// Where the municipality writes to a listing's company: its contact person, or, for an
/// entry carried over from before the registry without one, the company's own address.
fn addressee(row: &company::Model) -> Option<&str> {
    row.contact_email.as_deref().or(row.email.as_deref())
}

/// Whom an email to [`addressee`] greets: its contact person by name, or else the company
/// (an entry without a contact person is written to at the company's own address).
fn greeted(row: &company::Model) -> &str {
    row.contact_name
        .as_deref()
        .filter(|name| !name.trim().is_empty() && row.contact_email.is_some())
        .unwrap_or(&row.name)
}

/// A listing's version as a form shows it (see `edit`): when it last changed, in
/// microseconds (PostgreSQL keeps no finer).
fn version_of(row: &company::Model) -> i64 {
    row.updated_at.timestamp_micros()
}

/// The annual report a listed company owes next: its year's last day and due date.
fn owed(row: &company::Model) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
    let listed_on = row.listed_at.unwrap_or(row.created_at).date_naive();
    crate::domain::listing::owed_report(row.year_end.as_deref(), row.reported_through, listed_on)
}

/// Where that report stands on `today`, as staff see it.
fn report_status(row: &company::Model, today: chrono::NaiveDate) -> Option<ReportStatus> {
    let (year_ended, due) = owed(row)?;
    Some(ReportStatus {
        year_ended: year_ended.to_string(),
        due: due.to_string(),
        overdue: due < today,
        reminded: row.reminder_sent_for == Some(due),
    })
}

fn status_of(row: &company::Model) -> Result<ListingStatus, AppError> {
    ListingStatus::from_code(&row.status).ok_or_else(|| {
        tracing::error!(cvr = %row.cvr, code = %row.status, "unknown listing status in database");
        AppError::Internal
    })
}

async fn municipality_of(
    db: &impl ConnectionTrait,
    row: &company::Model,
) -> Result<municipality::Model, AppError> {
    municipality::Entity::find_by_id(row.municipality_id)
        .one(db)
        .await?
        .ok_or(AppError::Internal)
}
