//! Personal data in enquiries: anonymised after the retention period once closed, exported
//! or erased on request. Server only. Anonymising keeps the enquiry (topic, dates, status,
//! timeline kinds) for statistics and removes everything that identifies the person.
use crate::account::api::{CurrentUser, Role};
use crate::audit::{self, Entry};
use crate::entities::{enquiry, enquiry_event};
use crate::error::AppError;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

pub const ANONYMISED_EMAIL: &str = "anonymiseret@invalid";

async fn anonymise(
    db: &impl crate::db::Transactional,
    row: enquiry::Model,
    actor_id: Option<i32>,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    crate::db::write(db, async |db| {
        let (id, municipality_id) = (row.id, row.municipality_id);
        let mut active: enquiry::ActiveModel = row.into();
        active.name = Set("—".to_owned());
        active.email = Set(ANONYMISED_EMAIL.to_owned());
        active.phone = Set(None);
        active.organisation = Set(None);
        active.cvr = Set(None);
        active.message = Set("—".to_owned());
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
        .await
    })
    .await
}

/// Anonymises enquiries closed before `cutoff`; returns how many.
pub async fn anonymise_closed_before(
    db: &impl crate::db::Transactional,
    cutoff: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let rows = enquiry::Entity::find()
        .filter(enquiry::Column::Status.eq("closed"))
        .filter(enquiry::Column::ClosedAt.lt(cutoff))
        .filter(enquiry::Column::AnonymisedAt.is_null())
        .all(db)
        .await?;
    let count = rows.len();
    for row in rows {
        anonymise(db, row, None, "retention", now).await?;
    }
    Ok(count)
}

fn may_handle_personal_data(user: &CurrentUser) -> Result<(), AppError> {
    match user.role {
        Role::Contact | Role::Admin => Ok(()),
        Role::Colleague => Err(AppError::Forbidden),
    }
}

/// Everything the municipality holds on the person with this email: their enquiries with
/// the replies they were sent (internal notes are the municipality's own working papers
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
    Ok(serde_json::json!({ "email": email, "enquiries": enquiries }))
}

/// Erases the person: every enquiry with this email in the user's municipality is
/// anonymised now, whatever its status. Returns how many.
pub async fn erase(
    db: &impl crate::db::Transactional,
    user: &CurrentUser,
    email: &str,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    crate::db::write(db, async |db| {
        may_handle_personal_data(user)?;
        let email = email.trim().to_lowercase();
        let rows = enquiry::Entity::find()
            .filter(enquiry::Column::MunicipalityId.eq(user.municipality_id))
            .filter(enquiry::Column::Email.eq(email.as_str()))
            .all(db)
            .await?;
        let count = rows.len();
        for row in rows {
            anonymise(db, row, Some(user.id), "erasure request", now).await?;
        }
        Ok(count)
    })
    .await
}
