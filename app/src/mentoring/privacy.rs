//! Personal data in the mentor scheme: mentors and the people who asked for one are in the
//! municipality's export and erasure by email (`inbox::privacy` calls these), and are
//! anonymised `RETENTION_MONTHS` after they left the scheme (or their sign-up went no
//! further) or their request was last touched (unless its mentorship runs); what
//! mentorships say of them goes with them (`mentorship_privacy`).
//! Anonymising keeps the rows (status, dates, expertise, mentorships) for the scheme's
//! figures and removes everything that identifies the person. Server only.
use crate::entities::{mentor, mentor_request};
use crate::error::AppError;
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::domain::anonymised::{EMAIL as ANONYMISED_EMAIL, GONE};

/// Everything the scheme holds on the person with `email` in the municipality.
pub async fn export(
    db: &impl ConnectionTrait,
    municipality_id: i32,
    email: &str,
) -> Result<serde_json::Value, AppError> {
    use super::mentorship_privacy::export as mentorships;
    use crate::entities::mentorship::Column;
    let mentors = mentors_of(db, municipality_id, email).await?;
    let requests = requests_of(db, municipality_id, email).await?;
    let as_mentor = mentorships(db, Column::MentorId, mentors.iter().map(|m| m.id).collect());
    let as_asker = mentorships(
        db,
        Column::RequestId,
        requests.iter().map(|r| r.id).collect(),
    );
    Ok(serde_json::json!({
        "mentorships_as_mentor": as_mentor.await?,
        "mentorships_asked_for": as_asker.await?,
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
    if done.rows_affected == 1 {
        super::mentorship_privacy::forget_mentor(db, row.id).await?;
    }
    Ok(done.rows_affected == 1)
}

/// As `anonymise_mentor`, for a request for a mentor, with what its mentorships say of the
/// enterprise.
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
    if done.rows_affected == 1 {
        super::mentorship_privacy::forget_request(db, row.id).await?;
    }
    Ok(done.rows_affected == 1)
}

/// The retention rule: mentors not in the scheme (never confirmed, never decided, declined,
/// left) and requests without a running mentorship, untouched since `cutoff`, are
/// anonymised, each in a transaction claimed by one conditional update, so two instances
/// running the job at once anonymise it once. Returns how many.
pub async fn anonymise_inactive_before(
    db: &impl crate::db::Transactional,
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
    // A request untouched that long is settled or forgotten, unless its mentorship runs.
    let running = running_requests(db).await?;
    let requests = mentor_request::Entity::find()
        .filter(mentor_request::Column::UpdatedAt.lt(cutoff))
        .filter(mentor_request::Column::AnonymisedAt.is_null())
        .all(db)
        .await?;
    let mut count = 0;
    for row in &mentors {
        let done = crate::db::write(db, async |db| anonymise_mentor(db, row, now).await).await?;
        count += usize::from(done);
    }
    for row in requests.iter().filter(|r| !running.contains(&r.id)) {
        let done = crate::db::write(db, async |db| anonymise_request(db, row, now).await).await?;
        count += usize::from(done);
    }
    Ok(count)
}

/// Requests with a mentorship proposed, active or paused.
async fn running_requests(
    db: &impl ConnectionTrait,
) -> Result<std::collections::HashSet<i32>, AppError> {
    use crate::domain::mentoring::mentorship::MentorshipStatus;
    use crate::entities::mentorship;
    use sea_orm::QuerySelect;
    let open = MentorshipStatus::open_codes();
    Ok(mentorship::Entity::find()
        .select_only()
        .column(mentorship::Column::RequestId)
        .filter(mentorship::Column::Status.is_in(open))
        .into_tuple::<i32>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}
