//! What the applicant and the staff read of a listing.
use super::{
    by_private_token, history, municipality_of, report_status, review_queue, reviewed, status_of,
};
use crate::account::api::CurrentUser;
use crate::domain::listing::{By, ListingStatus, Step, TargetGroup, UPCOMING_DAYS, check_is_stale};
use crate::entities::{company, municipality};
use crate::error::AppError;
use crate::listing::api::{ApplicationView, QueueItem, Queues, ReportItem, ReviewView};
use crate::listing::form::ListingForm;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

/// Behind the private link.
pub async fn application_view(
    db: &impl ConnectionTrait,
    private_token: &str,
) -> Result<ApplicationView, AppError> {
    let row = by_private_token(db, private_token).await?;
    let municipalities = crate::registry::list_municipalities(db).await?;
    let status = status_of(&row)?;
    Ok(ApplicationView {
        status,
        logo: super::logo_data_url(db, row.id).await?,
        logo_editable: status.is_open_application(),
        history: history(db, row.id, false).await?,
        form: form_of(&row, &municipality_of(db, &row).await?.slug),
        company: row.name,
        cvr: row.cvr,
        municipalities,
    })
}

/// The staff's lists, each row with its municipality: the review queue, and the listed
/// companies whose RSV check has gone stale (never made first, then the oldest).
pub async fn queue(db: &impl ConnectionTrait, staff: &CurrentUser) -> Result<Queues, AppError> {
    let rows = review_queue(db, staff).await?;
    let municipalities = municipality::Entity::find().all(db).await?;
    let item = |row: company::Model, since: String| QueueItem {
        id: row.id,
        municipality: municipalities
            .iter()
            .find(|m| m.id == row.municipality_id)
            .map(|m| m.name.clone())
            .unwrap_or_default(),
        waiting_since: since,
        name: row.name,
        cvr: row.cvr,
    };
    let mut listed =
        company::Entity::find().filter(company::Column::Status.eq(ListingStatus::Published.code()));
    if let Some(scope) = staff.scope() {
        listed = listed.filter(company::Column::MunicipalityId.eq(scope));
    }
    let today = chrono::Utc::now().date_naive();
    let listed = listed.all(db).await?;
    let horizon = (today + chrono::Days::new(UPCOMING_DAYS)).to_string();
    let mut reports: Vec<ReportItem> = listed
        .iter()
        .filter_map(|row| {
            let report = report_status(row, today).filter(|r| r.due <= horizon)?;
            Some(ReportItem {
                company: item(row.clone(), report.due.clone()),
                report,
            })
        })
        .collect();
    reports.sort_by(|a, b| (&a.report.due, a.company.id).cmp(&(&b.report.due, b.company.id)));
    let mut stale: Vec<company::Model> = listed
        .into_iter()
        .filter(|row| {
            row.rsv_checked_at
                .is_none_or(|at| check_is_stale(at.date_naive(), today))
        })
        .collect();
    stale.sort_by_key(|row| (row.rsv_checked_at, row.id));
    Ok(Queues {
        applications: rows
            .into_iter()
            .map(|row| {
                let since = row.updated_at.date_naive().to_string();
                item(row, since)
            })
            .collect(),
        stale_checks: stale
            .into_iter()
            .map(|row| {
                let since = row
                    .rsv_checked_at
                    .map(|at| at.date_naive().to_string())
                    .unwrap_or_default();
                item(row, since)
            })
            .collect(),
        reports,
    })
}

/// One listing for a member of staff who reviews its municipality; others get "not found".
pub async fn review_view(
    db: &impl ConnectionTrait,
    staff: &CurrentUser,
    company_id: i32,
) -> Result<ReviewView, AppError> {
    let row = reviewed(db, staff, company_id).await?;
    let status = status_of(&row)?;
    let municipality = municipality_of(db, &row).await?;
    Ok(ReviewView {
        id: row.id,
        status,
        form: form_of(&row, &municipality.slug),
        typed: None,
        municipality: municipality.name,
        checked: row
            .rsv_checked_at
            .map(|at| (at.date_naive().to_string(), row.rsv_check_source.clone())),
        assessment: row
            .assessment_summary
            .as_deref()
            .and_then(|json| serde_json::from_str(json).ok()),
        history: history(db, row.id, true).await?,
        report: (status == ListingStatus::Published)
            .then(|| report_status(&row, chrono::Utc::now().date_naive()))
            .flatten(),
        steps: Step::ALL
            .into_iter()
            .filter(|step| status.after(*step, By::Staff).is_ok())
            // Only a company with a financial year end owes reports.
            .filter(|step| *step != Step::ReportReceived || row.year_end.is_some())
            // Correcting has its own form.
            .filter(|step| *step != Step::Edit)
            .collect(),
        editable: status.after(Step::Edit, By::Staff).is_ok(),
        version: super::version_of(&row),
        logo: super::logo_data_url(db, row.id).await?,
    })
}

/// A listing's facts as the form shows them, to correct or review.
fn form_of(row: &company::Model, municipality_slug: &str) -> ListingForm {
    let groups = TargetGroup::split(&row.target_groups);
    let ticked = |group| groups.contains(&group).then(|| "on".to_owned());
    let text = |value: Option<i32>| value.map(|v| v.to_string()).unwrap_or_default();
    ListingForm {
        municipality: municipality_slug.to_owned(),
        cvr: row.cvr.clone(),
        name: row.name.clone(),
        legal_form: row.legal_form.clone(),
        purpose: row.purpose.clone(),
        description_da: row.description_da.clone(),
        description_en: row.description_en.clone().unwrap_or_default(),
        products: row.products.clone(),
        street: row.street.clone(),
        postcode: row.postcode.clone(),
        city: row.city.clone(),
        website: row.website.clone().unwrap_or_default(),
        email: row.email.clone().unwrap_or_default(),
        phone: row.phone.clone().unwrap_or_default(),
        founded_year: text(row.founded_year),
        employees: text(row.employees),
        tg_early_retirement: ticked(TargetGroup::EarlyRetirement),
        tg_resource_programme: ticked(TargetGroup::ResourceProgramme),
        tg_flex_job: ticked(TargetGroup::FlexJob),
        tg_cash_benefit: ticked(TargetGroup::CashBenefit),
        tg_vulnerable: ticked(TargetGroup::Vulnerable),
        target_group_employees: text(row.target_group_employees),
        year_end: row.year_end.clone().unwrap_or_default(),
        rsv_status: row.rsv_status.clone(),
        contact_name: row.contact_name.clone().unwrap_or_default(),
        contact_email: row.contact_email.clone().unwrap_or_default(),
        consent: Some("on".to_owned()),
        assessment: String::new(),
    }
}
