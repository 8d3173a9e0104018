//! Personal data in enquiries: anonymised after the retention period once closed, exported
//! or erased on request. Server only. Anonymising keeps the enquiry (topic, dates, status,
//! timeline kinds) for statistics and removes everything that identifies the person.
use crate::account::api::CurrentUser;
use crate::audit::{self, Entry};
use crate::entities::{enquiry, enquiry_event};
use crate::error::AppError;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

pub use crate::domain::anonymised::EMAIL as ANONYMISED_EMAIL;
use crate::domain::anonymised::GONE;

/// Anonymises the enquiry unless someone else just did (the retention job on another
/// instance, an erasure): true when this call did it. Its marker, `anonymised_at`, is set
/// first by a conditional update, so one of two at once does the rest and writes the audit.
async fn anonymise(
    db: &impl crate::db::Transactional,
    row: enquiry::Model,
    actor_id: Option<i32>,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    crate::db::write(db, async |db| {
        let (id, municipality_id) = (row.id, row.municipality_id);
        let marked = enquiry::Entity::update_many()
            .col_expr(
                enquiry::Column::AnonymisedAt,
                sea_orm::sea_query::Expr::value(Some(now)),
            )
            .filter(enquiry::Column::Id.eq(id))
            .filter(enquiry::Column::AnonymisedAt.is_null())
            .exec(db)
            .await?;
        if marked.rows_affected != 1 {
            return Ok(false);
        }
        let mut active: enquiry::ActiveModel = row.into();
        active.name = Set(GONE.to_owned());
        active.email = Set(ANONYMISED_EMAIL.to_owned());
        active.phone = Set(None);
        active.organisation = Set(None);
        active.cvr = Set(None);
        active.message = Set(GONE.to_owned());
        active.assessment_summary = Set(None);
        active.anonymised_at = Set(Some(now));
        active.updated_at = Set(now);
        active.update(db).await?;
        // Replies and notes may quote the person: their text goes too, the events stay.
        enquiry_event::Entity::update_many()
            .col_expr(
                enquiry_event::Column::Body,
                sea_orm::sea_query::Expr::value(Option::<String>::None),
            )
            .filter(enquiry_event::Column::EnquiryId.eq(id))
            .filter(enquiry_event::Column::Kind.is_in(["reply", "note"]))
            .exec(db)
            .await?;
        audit::record(
            db,
            Entry {
                municipality_id: Some(municipality_id),
                actor_id,
                action: "enquiry.anonymise",
                subject: format!("enquiry:{id}"),
                detail: serde_json::json!({ "reason": reason }),
            },
        )
        .await?;
        Ok(true)
    })
    .await
}

/// Anonymises enquiries closed before `cutoff`, and those never closed but untouched
/// since (a question nobody followed up is not kept for ever); returns how many.
pub async fn anonymise_inactive_before(
    db: &impl crate::db::Transactional,
    cutoff: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    use sea_orm::Condition;
    let closed = Condition::all()
        .add(enquiry::Column::Status.eq("closed"))
        .add(enquiry::Column::ClosedAt.lt(cutoff));
    let forgotten = Condition::all()
        .add(enquiry::Column::Status.ne("closed"))
        .add(enquiry::Column::UpdatedAt.lt(cutoff));
    let rows = enquiry::Entity::find()
        .filter(Condition::any().add(closed).add(forgotten))
        .filter(enquiry::Column::AnonymisedAt.is_null())
        .all(db)
        .await?;
    let mut count = 0;
    for row in rows {
        count += usize::from(anonymise(db, row, None, "retention", now).await?);
    }
    Ok(count)
}

fn may_handle_personal_data(user: &CurrentUser) -> Result<(), AppError> {
    if user.role.sees_whole_inbox() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Everything the municipality holds on the person with this email: their enquiries with
/// the replies they were sent, their mentor entries and requests for a mentor (internal notes are the municipality's own working papers
/// and are listed by date only).
pub async fn export(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    email: &str,
) -> Result<serde_json::Value, AppError> {
    may_handle_personal_data(user)?;
    let email = email.trim().to_lowercase();
    let rows = enquiry::Entity::find()
        .filter(enquiry::Column::MunicipalityId.eq(user.municipality_id))
        .filter(enquiry::Column::Email.eq(email.as_str()))
        .order_by_asc(enquiry::Column::Id)
        .all(db)
        .await?;
    let mut enquiries = Vec::new();
    for row in &rows {
        let events = enquiry_event::Entity::find()
            .filter(enquiry_event::Column::EnquiryId.eq(row.id))
            .order_by_asc(enquiry_event::Column::Id)
            .all(db)
            .await?;
        let events: Vec<_> = events
            .into_iter()
            .map(|e| {
                serde_json::json!({
                    "at": e.created_at,
                    "kind": e.kind,
                    "text": if e.for_requester { e.body } else { None },
                })
            })
            .collect();
        enquiries.push(serde_json::json!({
            "reference": row.reference,
            "submitted_at": row.submitted_at,
            "name": row.name,
            "email": row.email,
            "phone": row.phone,
            "organisation": row.organisation,
            "cvr": row.cvr,
            "topic": row.topic,
            "message": row.message,
            "status": row.status,
            "answer_due": row.due_on,
            "events": events,
        }));
    }
    let mentoring = crate::mentoring::export_person(db, user.municipality_id, &email).await?;
    let events = crate::events::export_person(db, user.municipality_id, &email).await?;
    audit::record(
        db,
        Entry {
            municipality_id: Some(user.municipality_id),
            actor_id: Some(user.id),
            action: "person.export",
            // A hash, not the address: the log outlives an erasure. Who knows the
            // address can still find the entry.
            subject: format!("email-sha256:{}", crate::token::hash(&email)),
            detail: serde_json::json!({ "enquiries": rows.len() }),
        },
    )
    .await?;
    Ok(serde_json::json!({
        "email": email,
        "enquiries": enquiries,
        "mentoring": mentoring,
        "event_registrations": events,
    }))
}

/// What an erasure removed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Erased {
    /// Enquiries anonymised.
    pub enquiries: usize,
    /// The outbox messages to the person, deleted: the transport forgets what it delivered
    /// of them (`email::Transport::forget`) once this is committed.
    pub emails: Vec<i32>,
}

/// Erases the person: every enquiry with this email in the user's municipality is
/// anonymised now, whatever its status, and so are their mentor entries and requests and
/// their event registrations; the municipality's messages to the address go
/// from the outbox, and forms kept for a retry that hold it.
pub async fn erase(
    db: &impl crate::db::Transactional,
    user: &CurrentUser,
    email: &str,
    now: DateTime<Utc>,
) -> Result<Erased, AppError> {
    crate::db::write(db, async |db| {
        may_handle_personal_data(user)?;
        let email = email.trim().to_lowercase();
        let rows = enquiry::Entity::find()
            .filter(enquiry::Column::MunicipalityId.eq(user.municipality_id))
            .filter(enquiry::Column::Email.eq(email.as_str()))
            .all(db)
            .await?;
        let mut enquiries = 0;
        for row in rows {
            enquiries +=
                usize::from(anonymise(db, row, Some(user.id), "erasure request", now).await?);
        }
        crate::mentoring::erase_person(db, user.municipality_id, &email, now).await?;
        crate::events::erase_person(db, user.municipality_id, &email, now).await?;
        let emails = crate::email::forget_to(db, user.municipality_id, &email).await?;
        crate::form::retry::forget_mentioning(db, &email).await?;
        Ok(Erased { enquiries, emails })
    })
    .await
}
