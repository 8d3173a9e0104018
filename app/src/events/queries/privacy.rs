//! Personal data in event registrations: in the municipality's person export and erasure
//! by email (`inbox::privacy` calls these), and anonymised `RETENTION_MONTHS` after the
//! event ended. Anonymising keeps the rows (status, check-in, stand) for the attendance
//! figures and removes what identifies the person. (An erasure before the event leaves the
//! seat taken under "—": giving it to the next in line comes with the staff pages.)
use crate::entities::{event, event_registration};
use crate::error::AppError;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use crate::domain::anonymised::{EMAIL as ANONYMISED_EMAIL, GONE};

/// The municipality's events.
async fn events_of(db: &impl ConnectionTrait, municipality_id: i32) -> Result<Vec<i32>, AppError> {
    Ok(event::Entity::find()
        .select_only()
        .column(event::Column::Id)
        .filter(event::Column::MunicipalityId.eq(municipality_id))
        .into_tuple()
        .all(db)
        .await?)
}

/// The person's registrations for the municipality's events.
pub async fn export(
    db: &impl ConnectionTrait,
    municipality_id: i32,
    email: &str,
) -> Result<serde_json::Value, AppError> {
    let rows = event_registration::Entity::find()
        .filter(event_registration::Column::EventId.is_in(events_of(db, municipality_id).await?))
        .filter(event_registration::Column::Email.eq(email))
        .filter(event_registration::Column::AnonymisedAt.is_null())
        .all(db)
        .await?;
    Ok(serde_json::Value::Array(
        rows.iter()
            .map(|r| {
                serde_json::json!({
                    "event_id": r.event_id,
                    "registered_at": r.created_at,
                    "status": r.status,
                    "name": r.name,
                    "email": r.email,
                    "organisation": r.organisation,
                    "cvr": r.cvr,
                    "needs": r.needs,
                    "stand_note": r.stand_note,
                    "checked_in_at": r.checked_in_at,
                })
            })
            .collect(),
    ))
}

/// Anonymises the registrations `filter` selects that are not anonymised yet, in one
/// update (so two instances anonymise each once). Returns how many.
async fn anonymise_where(
    db: &impl ConnectionTrait,
    filter: sea_orm::Condition,
    now: DateTime<Utc>,
) -> Result<u64, AppError> {
    let done = event_registration::Entity::update_many()
        .col_expr(event_registration::Column::Name, Expr::value(GONE))
        .col_expr(
            event_registration::Column::Email,
            Expr::value(ANONYMISED_EMAIL),
        )
        .col_expr(
            event_registration::Column::Organisation,
            Expr::value(None::<String>),
        )
        .col_expr(event_registration::Column::Cvr, Expr::value(None::<String>))
        .col_expr(
            event_registration::Column::Needs,
            Expr::value(None::<String>),
        )
        .col_expr(
            event_registration::Column::StandNote,
            Expr::value(None::<String>),
        )
        .col_expr(
            event_registration::Column::AnonymisedAt,
            Expr::value(Some(now)),
        )
        .col_expr(event_registration::Column::UpdatedAt, Expr::value(now))
        .filter(filter)
        .filter(event_registration::Column::AnonymisedAt.is_null())
        .exec(db)
        .await?;
    Ok(done.rows_affected)
}

/// Erases the person's registrations for the municipality's events now (in the caller's
/// transaction). Returns how many.
pub async fn erase(
    db: &impl ConnectionTrait,
    municipality_id: i32,
    email: &str,
    now: DateTime<Utc>,
) -> Result<u64, AppError> {
    let filter = sea_orm::Condition::all()
        .add(event_registration::Column::EventId.is_in(events_of(db, municipality_id).await?))
        .add(event_registration::Column::Email.eq(email));
    anonymise_where(db, filter, now).await
}

/// The retention rule: registrations for events that ended before `cutoff`.
pub async fn anonymise_ended_before(
    db: &impl ConnectionTrait,
    cutoff: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<u64, AppError> {
    let ended: Vec<i32> = event::Entity::find()
        .select_only()
        .column(event::Column::Id)
        .filter(event::Column::EndsAt.lt(cutoff))
        .into_tuple()
        .all(db)
        .await?;
    let filter = sea_orm::Condition::all().add(event_registration::Column::EventId.is_in(ended));
    anonymise_where(db, filter, now).await
}
