//! Personal data in the mentor scheme: mentors and the people who asked for one are in the
//! municipality's export and erasure by email (`inbox::privacy` calls these), and are
//! anonymised `RETENTION_MONTHS` after they left the scheme (or their sign-up went no
//! further) or their request was last touched.
//! Anonymising keeps the rows (status, dates, expertise, mentorships) for the scheme's
//! figures and removes everything that identifies the person. Server only.
use crate::entities::{mentor, mentor_request};
use crate::error::AppError;
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

const ANONYMISED_EMAIL: &str = "anonymiseret@invalid";
const GONE: &str = "—";

/// Everything the scheme holds on the person with `email` in the municipality.
pub async fn export(
    db: &impl ConnectionTrait,
    municipality_id: i32,
    email: &str,
) -> Result<serde_json::Value, AppError> {
    let mentors = mentors_of(db, municipality_id, email).await?;
    let requests = requests_of(db, municipality_id, email).await?;
    Ok(serde_json::json!({
        "as_mentor": mentors.iter().map(|m| serde_json::json!({
            "signed_up_at": m.created_at,
            "status": m.status,
            "name": m.name,
            "organisation": m.organisation,
            "role": m.role,
            "email": m.email,
            "phone": m.phone,
            "expertise": m.expertise,
            "sectors": m.sectors,
            "languages": m.languages,
            "capacity": m.capacity,
            "available_from": m.available_from,
            "available_to": m.available_to,
            "introduction": m.introduction,
            "decision_reason": m.decision_reason,
        })).collect::<Vec<_>>(),
        "mentor_requests": requests.iter().map(|r| serde_json::json!({
            "asked_at": r.created_at,
            "status": r.status,
            "name": r.name,
            "email": r.email,
            "company": r.company_name,
            "cvr": r.cvr,
            "needs": r.needs,
            "details": r.details,
        })).collect::<Vec<_>>(),
    }))
}

async fn mentors_of(
    db: &impl ConnectionTrait,
    municipality_id: i32,
    email: &str,
) -> Result<Vec<mentor::Model>, AppError> {
    Ok(mentor::Entity::find()
        .filter(mentor::Column::MunicipalityId.eq(municipality_id))
        .filter(mentor::Column::Email.eq(email))
        .filter(mentor::Column::AnonymisedAt.is_null())
        .all(db)
        .await?)
}

async fn requests_of(
    db: &impl ConnectionTrait,
    municipality_id: i32,
    email: &str,
) -> Result<Vec<mentor_request::Model>, AppError> {
    Ok(mentor_request::Entity::find()
        .filter(mentor_request::Column::MunicipalityId.eq(municipality_id))
        .filter(mentor_request::Column::Email.eq(email))
        .filter(mentor_request::Column::AnonymisedAt.is_null())
        .all(db)
        .await?)
}

/// Erases the person's mentor entries and requests in the municipality now (in the
/// caller's transaction): a mentor still in the scheme leaves it. Returns how many rows.
pub async fn erase(
    db: &impl ConnectionTrait,
    municipality_id: i32,
    email: &str,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let mut count = 0;
    for row in &mentors_of(db, municipality_id, email).await? {
        count += usize::from(anonymise_mentor(db, row, now).await?);
    }
    for row in &requests_of(db, municipality_id, email).await? {
        count += usize::from(anonymise_request(db, row, now).await?);
    }
    Ok(count)
}

/// Anonymises the mentor unless someone else just did (the retention job on another
/// instance, an erasure): one conditional update, true when this call did it.
async fn anonymise_mentor(
    db: &impl ConnectionTrait,
    row: &mentor::Model,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    use crate::domain::mentoring::matching::MentorStatus;
    // A mentor in the scheme leaves it; any other keeps its status for the figures.
    let in_scheme = [MentorStatus::Approved.code(), MentorStatus::Paused.code()];
    let status = match in_scheme.contains(&row.status.as_str()) {
        true => MentorStatus::Left.code().to_owned(),
        false => row.status.clone(),
    };
    let gone = mentor::ActiveModel {
        status: Set(status),
        name: Set(GONE.to_owned()),
        organisation: Set(GONE.to_owned()),
        role: Set(GONE.to_owned()),
        email: Set(ANONYMISED_EMAIL.to_owned()),
        phone: Set(None),
        introduction: Set(GONE.to_owned()),
        decision_reason: Set(None),
        confirm_token_hash: Set(None),
        private_token_hash: Set(None),
        anonymised_at: Set(Some(now)),
        updated_at: Set(now),
        ..Default::default()
    };
    // As read: a sign-up renewed in between is not wiped by a job that read the old one.
    let done = mentor::Entity::update_many()
        .set(gone)
        .filter(mentor::Column::Id.eq(row.id))
        .filter(mentor::Column::UpdatedAt.eq(row.updated_at))
        .filter(mentor::Column::AnonymisedAt.is_null())
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// As `anonymise_mentor`, for a request for a mentor.
async fn anonymise_request(
    db: &impl ConnectionTrait,
    row: &mentor_request::Model,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let gone = mentor_request::ActiveModel {
        name: Set(GONE.to_owned()),
        email: Set(ANONYMISED_EMAIL.to_owned()),
        company_name: Set(None),
        cvr: Set(None),
        details: Set(GONE.to_owned()),
        anonymised_at: Set(Some(now)),
        updated_at: Set(now),
        ..Default::default()
    };
    let done = mentor_request::Entity::update_many()
        .set(gone)
        .filter(mentor_request::Column::Id.eq(row.id))
        .filter(mentor_request::Column::UpdatedAt.eq(row.updated_at))
        .filter(mentor_request::Column::AnonymisedAt.is_null())
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// The retention rule: mentors not in the scheme (never confirmed, never decided, declined,
/// left) and requests, untouched since `cutoff`, are anonymised, each by one conditional
/// update, so two instances running the job at once anonymise it once. Returns how many.
pub async fn anonymise_inactive_before(
    db: &impl ConnectionTrait,
    cutoff: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    use crate::domain::mentoring::matching::MentorStatus;
    // Everyone not in the scheme: never confirmed, never decided, declined, gone.
    let ended = [
        MentorStatus::Unconfirmed.code(),
        MentorStatus::Pending.code(),
        MentorStatus::Declined.code(),
        MentorStatus::Left.code(),
    ];
    let mentors = mentor::Entity::find()
        .filter(mentor::Column::Status.is_in(ended))
        .filter(mentor::Column::UpdatedAt.lt(cutoff))
        .filter(mentor::Column::AnonymisedAt.is_null())
        .all(db)
        .await?;
    // A request untouched that long is settled or forgotten, whatever its status.
    let requests = mentor_request::Entity::find()
        .filter(mentor_request::Column::UpdatedAt.lt(cutoff))
        .filter(mentor_request::Column::AnonymisedAt.is_null())
        .all(db)
        .await?;
    let mut count = 0;
    for row in &mentors {
        count += usize::from(anonymise_mentor(db, row, now).await?);
    }
    for row in &requests {
        count += usize::from(anonymise_request(db, row, now).await?);
    }
    Ok(count)
}
