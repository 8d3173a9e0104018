//! What the municipality's staff do with a listing.
use super::{addressee, application_path, greeted, move_on, owed, record, reviewed, status_of};
use crate::account::api::CurrentUser;
use crate::audit::{self, Entry};
use crate::domain::listing::{By, ListingStatus, Step};
use crate::email::{self, Facts, Mail, MailText};
use crate::entities::company;
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use crate::listing::api::StepInput;
use crate::token;
use chrono::{DateTime, Datelike, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

/// A member of staff takes `step` on a listing of their municipality (contacts and
/// admins; a colleague or another municipality's staff get "not found"). Approving may
/// record the RSV check; re-verifying must. The applicant is emailed what concerns them:
/// a change request with a new private link, the publication, a rejection or a
/// deregistration with its reason.
pub async fn take_step(
    db: &impl crate::db::Transactional,
    staff: &CurrentUser,
    company_id: i32,
    step: Step,
    input: &StepInput,
    site_url: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let reason = input
        .reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty());
    if step.needs_reason() && reason.is_none() {
        return Err(AppError::invalid("reason", Msg::ErrorRequired));
    }
    let checked_in = input
        .checked_in
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    if step == Step::Reverify && checked_in.is_none() {
        return Err(AppError::invalid("checked_in", Msg::ErrorRequired));
    }
    crate::db::write(db, async |db| {
        let row = reviewed(db, staff, company_id).await?;
        let from = status_of(&row)?;
        // The report received is the one owed next; without a year end none is owed.
        let reported = match step {
            Step::ReportReceived => Some(owed(&row).ok_or(AppError::NotFound)?.0.year()),
            _ => None,
        };
        let private = token::new_token().map_err(|_| AppError::Internal)?;
        let to = move_on(db, &row, step, By::Staff, |m| {
            if let Some(source) =
                checked_in.filter(|_| matches!(step, Step::Approve | Step::Reverify))
            {
                m.rsv_checked_at = Set(Some(now));
                m.rsv_checked_by = Set(Some(staff.id));
                m.rsv_check_source = Set(Some(source.to_owned()));
            }
            if step == Step::Approve && row.listed_at.is_none() {
                m.listed_at = Set(Some(now));
            }
            if step == Step::RequestChanges {
                m.applicant_token_hash = Set(Some(token::hash(&private)));
            }
            if let Some(year) = reported {
                m.reported_through = Set(Some(year));
            }
        })
        .await?;
        record(
            db,
            row.id,
            Some(staff.id),
            step,
            Some(from),
            to,
            reason,
            now,
        )
        .await?;
        audit::record(
            db,
            Entry {
                municipality_id: Some(row.municipality_id),
                actor_id: Some(staff.id),
                action: "listing.step",
                subject: format!("company:{}", row.id),
                detail: serde_json::json!({
                    "step": step.code(), "from": from.code(), "to": to.code(),
                    "reason": reason, "checked_in": checked_in,
                }),
            },
        )
        .await?;
        let Some(applicant) = addressee(&row) else {
            return Ok(());
        };
        let (subject, body, link) = match step {
            Step::RequestChanges => (
                MailText::ListingChangesSubject,
                MailText::ListingChangesBody,
                format!("{site_url}{}", application_path(&private)),
            ),
            Step::Approve => (
                MailText::ListingPublishedSubject,
                MailText::ListingPublishedBody,
                format!("{site_url}/registry/{}", row.cvr),
            ),
            Step::Reject => (
                MailText::ListingRejectedSubject,
                MailText::ListingRejectedBody,
                String::new(),
            ),
            Step::Deregister => (
                MailText::ListingDeregisteredSubject,
                MailText::ListingDeregisteredBody,
                String::new(),
            ),
            _ => return Ok(()),
        };
        let mail = Mail::Step {
            subject,
            body,
            facts: Facts {
                name: greeted(&row),
                company: &row.name,
                cvr: &row.cvr,
                link: &link,
                reason: reason.unwrap_or_default(),
                ..Default::default()
            },
        };
        email::enqueue(
            db,
            mail.to(Some(row.municipality_id), applicant, Lang::Da),
            now,
        )
        .await?;
        Ok(())
    })
    .await
}

/// Applications waiting for the staff, oldest first: submitted ones, in the municipality
/// the member of staff reviews (the installation's administrator: every one).
pub async fn review_queue(
    db: &impl ConnectionTrait,
    staff: &CurrentUser,
) -> Result<Vec<company::Model>, AppError> {
    if !staff.role.sees_whole_inbox() {
        return Err(AppError::Forbidden);
    }
    let mut query =
        company::Entity::find().filter(company::Column::Status.eq(ListingStatus::Submitted.code()));
    if let Some(scope) = staff.scope() {
        query = query.filter(company::Column::MunicipalityId.eq(scope));
    }
    Ok(query
        .order_by_asc(company::Column::UpdatedAt)
        .order_by_asc(company::Column::Id)
        .all(db)
        .await?)
}
