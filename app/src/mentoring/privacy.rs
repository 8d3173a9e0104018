//! Personal data in the mentor scheme: mentors and the people who asked for one are in the
//! municipality's export and erasure by email (`inbox::privacy` calls these), and are
//! anonymised `RETENTION_MONTHS` after they left the scheme or their request was settled.
//! Anonymising keeps the rows (status, dates, expertise, mentorships) for the scheme's
//! figures and removes everything that identifies the person. Server only.
use crate::entities::{mentor, mentor_request};
use crate::error::AppError;
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

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
    for row in mentors_of(db, municipality_id, email).await? {
        anonymise_mentor(db, row, now).await?;
        count += 1;
    }
    for row in requests_of(db, municipality_id, email).await? {
        anonymise_request(db, row, now).await?;
        count += 1;
    }
    Ok(count)
}

async fn anonymise_mentor(
    db: &impl ConnectionTrait,
    row: mentor::Model,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    use crate::domain::mentoring::matching::MentorStatus;
    let ended = [MentorStatus::Declined.code(), MentorStatus::Left.code()];
    let mut active: mentor::ActiveModel = row.clone().into();
    if !ended.contains(&row.status.as_str()) {
        active.status = Set(MentorStatus::Left.code().to_owned());
    }
    active.name = Set(GONE.to_owned());
    active.organisation = Set(GONE.to_owned());
    active.role = Set(GONE.to_owned());
    active.email = Set(ANONYMISED_EMAIL.to_owned());
    active.phone = Set(None);
    active.introduction = Set(GONE.to_owned());
    active.decision_reason = Set(None);
    active.confirm_token_hash = Set(None);
    active.private_token_hash = Set(None);
    active.anonymised_at = Set(Some(now));
    active.updated_at = Set(now);
    active.update(db).await?;
    Ok(())
}

async fn anonymise_request(
    db: &impl ConnectionTrait,
    row: mentor_request::Model,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let mut active: mentor_request::ActiveModel = row.into();
    active.name = Set(GONE.to_owned());
    active.email = Set(ANONYMISED_EMAIL.to_owned());
    active.company_name = Set(None);
    active.cvr = Set(None);
    active.details = Set(GONE.to_owned());
    active.anonymised_at = Set(Some(now));
    active.updated_at = Set(now);
    active.update(db).await?;
    Ok(())
}

/// The retention rule: mentors who left, were declined or never confirmed, and requests no
/// longer open, untouched since `cutoff`, are anonymised. Each row is claimed by a
/// conditional update of its marker first, so two instances running the job at once
/// anonymise it once. Returns how many rows.
pub async fn anonymise_inactive_before(
    db: &impl crate::db::Transactional,
    cutoff: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    use crate::domain::mentoring::matching::MentorStatus;
    use sea_orm::sea_query::Expr;
    let ended = [
        MentorStatus::Unconfirmed.code(),
        MentorStatus::Declined.code(),
        MentorStatus::Left.code(),
    ];
    let mentors = mentor::Entity::find()
        .filter(mentor::Column::Status.is_in(ended))
        .filter(mentor::Column::UpdatedAt.lt(cutoff))
        .filter(mentor::Column::AnonymisedAt.is_null())
        .all(db)
        .await?;
    let requests = mentor_request::Entity::find()
        .filter(mentor_request::Column::Status.ne("open"))
        .filter(mentor_request::Column::UpdatedAt.lt(cutoff))
        .filter(mentor_request::Column::AnonymisedAt.is_null())
        .all(db)
        .await?;
    let mut count = 0;
    for row in mentors {
        count += usize::from(
            crate::db::write(db, async |db| {
                let claimed = mentor::Entity::update_many()
                    .col_expr(mentor::Column::AnonymisedAt, Expr::value(Some(now)))
                    .filter(mentor::Column::Id.eq(row.id))
                    .filter(mentor::Column::AnonymisedAt.is_null())
                    .exec(db)
                    .await?;
                if claimed.rows_affected == 1 {
                    anonymise_mentor(db, row, now).await?;
                }
                Ok(claimed.rows_affected == 1)
            })
            .await?,
        );
    }
    for row in requests {
        count += usize::from(
            crate::db::write(db, async |db| {
                let claimed = mentor_request::Entity::update_many()
                    .col_expr(mentor_request::Column::AnonymisedAt, Expr::value(Some(now)))
                    .filter(mentor_request::Column::Id.eq(row.id))
                    .filter(mentor_request::Column::AnonymisedAt.is_null())
                    .exec(db)
                    .await?;
                if claimed.rows_affected == 1 {
                    anonymise_request(db, row, now).await?;
                }
                Ok(claimed.rows_affected == 1)
            })
            .await?,
        );
    }
    Ok(count)
}
