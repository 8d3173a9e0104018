//! What the contact and a mentor read of the mentors: the contact's lists and one
//! mentor's entry as pages show it.
use super::{open_counts, status_of, stored_codes};
use crate::account::api::CurrentUser;
use crate::domain::mentoring::matching::MentorStatus;
use crate::entities::mentor;
use crate::error::AppError;
use crate::mentoring::api::{MentorLists, MentorView};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

/// The contact's lists: sign-ups waiting for a decision (oldest first) and the mentors in
/// the scheme, approved or paused (by name), of their municipality (every one for the
/// installation's administrator).
pub async fn lists(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    now: DateTime<Utc>,
) -> Result<MentorLists, AppError> {
    let mut query = mentor::Entity::find()
        .filter(mentor::Column::Status.is_in([
            MentorStatus::Pending.code(),
            MentorStatus::Approved.code(),
            MentorStatus::Paused.code(),
        ]))
        .filter(mentor::Column::AnonymisedAt.is_null())
        .order_by_asc(mentor::Column::CreatedAt)
        .order_by_asc(mentor::Column::Id);
    if let Some(scope) = user.scope() {
        query = query.filter(mentor::Column::MunicipalityId.eq(scope));
    }
    let rows = query.all(db).await?;
    let places = super::municipality_names(db).await?;
    let current = open_counts(db).await?;
    let (mentorships, results) = super::follow::overview(db, user).await?;
    let mut lists = MentorLists {
        waiting: Vec::new(),
        mentors: Vec::new(),
        requests: super::requests::waiting(db, user, &places, now).await?,
        mentorships,
        results,
    };
    for row in rows {
        let place = places
            .get(&row.municipality_id)
            .cloned()
            .unwrap_or_default();
        let view = view_of(&row, place, &current)?;
        match view.status {
            MentorStatus::Pending => lists.waiting.push(view),
            _ => lists.mentors.push(view),
        }
    }
    lists.mentors.sort_by_key(|m| m.name.to_lowercase());
    Ok(lists)
}

pub(super) fn view_of(
    row: &mentor::Model,
    municipality: String,
    current: &HashMap<i32, u32>,
) -> Result<MentorView, AppError> {
    Ok(MentorView {
        id: row.id,
        status: status_of(row)?,
        name: row.name.clone(),
        organisation: row.organisation.clone(),
        role: row.role.clone(),
        email: row.email.clone(),
        phone: row.phone.clone(),
        municipality,
        expertise: stored_codes(&row.expertise),
        sectors: stored_codes(&row.sectors),
        languages: stored_codes(&row.languages),
        capacity: u32::try_from(row.capacity).unwrap_or(0),
        current: current.get(&row.id).copied().unwrap_or(0),
        available_from: row.available_from.map(|d| d.to_string()),
        available_to: row.available_to.map(|d| d.to_string()),
        introduction: row.introduction.clone(),
        signed_up: row.created_at.date_naive().to_string(),
        decision_reason: row.decision_reason.clone(),
    })
}
