//! The mentor scheme's repository: every read and write of its tables (migrations 18 and
//! 19). Here what matching reads; the mentors' own way through the scheme in `mentors`.
mod agreement;
mod follow;
mod mentors;
mod mentorships;
mod reminders;
mod requests;
mod views;

pub use agreement::{agree, agreement, evaluate, evaluation_page};
pub use follow::{Logger, detail as mentorship_detail, log_meeting};
pub use mentorships::{
    MATCHED, agreement_path, evaluation_path, mentorship_path, propose, step as step_mentorship,
};

pub use mentors::{
    confirm, confirm_path, decide, my_page, private_path, sign_up, step_mine, update_availability,
};
pub use reminders::remind_quiet_mentorships;
pub use requests::{ask, ask_form_for_company, request_detail};
pub use views::lists;

use crate::domain::mentoring::matching::{
    MentorProfile, MentorRequest, MentorStatus, Ranking, suggest,
};
use crate::domain::mentoring::mentorship::MentorshipStatus;
use crate::domain::mentoring::{Expertise, Sector, split_codes};
use crate::entities::{mentor, mentor_request, mentorship};
use crate::error::AppError;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use std::collections::HashMap;

/// The mentors for request `id` of municipality `municipality_id`, ranked with the parts of
/// each score, and those left out with why. Every mentor of the installation is weighed
/// (the network reaches across municipalities; being in the same one is one part of the
/// score). A request of another municipality is "not found".
pub async fn suggestions(
    db: &impl ConnectionTrait,
    municipality_id: i32,
    id: i32,
) -> Result<Ranking, AppError> {
    let row = mentor_request::Entity::find_by_id(id)
        .filter(mentor_request::Column::MunicipalityId.eq(municipality_id))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let request = MentorRequest {
        needs: split_codes(&row.needs, Expertise::from_code),
        sector: row.sector.as_deref().and_then(Sector::from_code),
        language: row.language.clone(),
        municipality_id: row.municipality_id,
        wanted_from: row.created_at.date_naive(),
    };
    Ok(suggest(&request, &profiles(db).await?))
}

/// Every mentor in the scheme (approved or paused), as matching reads them, with the
/// mentorships each has open.
pub async fn profiles(db: &impl ConnectionTrait) -> Result<Vec<MentorProfile>, AppError> {
    let current = open_counts(db).await?;
    // Only mentors in the scheme: the suggestions (and who is left out) cross municipalities,
    // and a sign-up not yet approved, declined or gone is not for another one's staff to see.
    let rows = mentor::Entity::find()
        .filter(
            mentor::Column::Status
                .is_in([MentorStatus::Approved.code(), MentorStatus::Paused.code()]),
        )
        .filter(mentor::Column::AnonymisedAt.is_null())
        .all(db)
        .await?;
    rows.into_iter()
        .map(|m| {
            let status = status_of(&m)?;
            Ok(MentorProfile {
                id: m.id,
                status,
                expertise: split_codes(&m.expertise, Expertise::from_code),
                sectors: split_codes(&m.sectors, Sector::from_code),
                languages: stored_codes(&m.languages),
                capacity: u32::try_from(m.capacity).unwrap_or(0),
                current: current.get(&m.id).copied().unwrap_or(0),
                available_from: m.available_from,
                available_to: m.available_to,
                municipality_id: m.municipality_id,
            })
        })
        .collect()
}

/// How many mentorships each mentor has open (proposed, active or paused).
async fn open_counts(db: &impl ConnectionTrait) -> Result<HashMap<i32, u32>, AppError> {
    let open = MentorshipStatus::open_codes();
    let counts: Vec<(i32, i64)> = mentorship::Entity::find()
        .select_only()
        .column(mentorship::Column::MentorId)
        .column_as(mentorship::Column::Id.count(), "open")
        .filter(mentorship::Column::Status.is_in(open))
        .group_by(mentorship::Column::MentorId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(counts
        .into_iter()
        .map(|(id, n)| (id, u32::try_from(n).unwrap_or(u32::MAX)))
        .collect())
}

/// A mentor row's status; an unknown code is a fault, logged.
fn status_of(row: &mentor::Model) -> Result<MentorStatus, AppError> {
    MentorStatus::from_code(&row.status).ok_or_else(|| {
        tracing::error!(mentor = row.id, status = %row.status, "unknown mentor status");
        AppError::Internal
    })
}

/// Every municipality's name by id (a handful of rows), for the lists.
async fn municipality_names(db: &impl ConnectionTrait) -> Result<HashMap<i32, String>, AppError> {
    Ok(crate::entities::municipality::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.id, m.name))
        .collect())
}

/// A stored list of codes (`"a,b"`) as its codes, empty ones left out.
fn stored_codes(stored: &str) -> Vec<String> {
    stored
        .split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
        .collect()
}

/// One municipality's name (empty for an id that has none).
async fn municipality_name(db: &impl ConnectionTrait, id: i32) -> Result<String, AppError> {
    Ok(crate::entities::municipality::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|m| m.name)
        .unwrap_or_default())
}
