//! Personal data in mentorships: the goals, meeting notes and cancellation reasons staff
//! write about an enterprise, and the comments each side gives at the end. In the person
//! export with the mentor or the request they belong to; wiped with the request (its
//! erasure or retention), and a mentor's own comments with the mentor. Ratings, dates and
//! statuses stay for the scheme's figures. Server only.
use crate::domain::mentoring::mentorship::Side;
use crate::entities::{mentorship, mentorship_evaluation, mentorship_meeting};
use crate::error::AppError;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::domain::anonymised::GONE;

/// The mentorships whose `column` (mentor or request) is one of `ids`, with their
/// meetings and evaluations, as the export shows them.
pub async fn export(
    db: &impl ConnectionTrait,
    column: mentorship::Column,
    ids: Vec<i32>,
) -> Result<Vec<serde_json::Value>, AppError> {
    let rows = mentorship::Entity::find()
        .filter(column.is_in(ids))
        .order_by_asc(mentorship::Column::Id)
        .all(db)
        .await?;
    let mut out = Vec::new();
    for row in rows {
        let meetings = mentorship_meeting::Entity::find()
            .filter(mentorship_meeting::Column::MentorshipId.eq(row.id))
            .order_by_asc(mentorship_meeting::Column::MetOn)
            .all(db)
            .await?;
        let evaluations = mentorship_evaluation::Entity::find()
            .filter(mentorship_evaluation::Column::MentorshipId.eq(row.id))
            .all(db)
            .await?;
        out.push(serde_json::json!({
            "mentor_id": row.mentor_id,
            "request_id": row.request_id,
            "status": row.status,
            "period_from": row.period_from,
            "period_to": row.period_to,
            "goals": row.goals,
            "cancel_reason": row.cancel_reason,
            "meetings": meetings.iter().map(|m| serde_json::json!({
                "met_on": m.met_on, "notes": m.notes, "next_step": m.next_step,
            })).collect::<Vec<_>>(),
            "evaluations": evaluations.iter().map(|e| serde_json::json!({
                "side": e.side, "rating": e.rating, "comment": e.comment, "answered_at": e.answered_at,
            })).collect::<Vec<_>>(),
        }));
    }
    Ok(out)
}

/// The comments mentor `mentor_id` gave in evaluations.
pub async fn forget_mentor(db: &impl ConnectionTrait, mentor_id: i32) -> Result<(), AppError> {
    let theirs = mentorship::Entity::find()
        .select_only()
        .column(mentorship::Column::Id)
        .filter(mentorship::Column::MentorId.eq(mentor_id))
        .into_tuple::<i32>()
        .all(db)
        .await?;
    mentorship_evaluation::Entity::update_many()
        .col_expr(
            mentorship_evaluation::Column::Comment,
            Expr::value(None::<String>),
        )
        .filter(mentorship_evaluation::Column::MentorshipId.is_in(theirs))
        .filter(mentorship_evaluation::Column::Side.eq(Side::Mentor.code()))
        .exec(db)
        .await?;
    Ok(())
}

/// Everything written about the enterprise of request `request_id`: its mentorships'
/// goals and cancellation reasons, their meetings' notes and next steps, and both sides'
/// comments.
pub async fn forget_request(db: &impl ConnectionTrait, request_id: i32) -> Result<(), AppError> {
    let ids = mentorship::Entity::find()
        .select_only()
        .column(mentorship::Column::Id)
        .filter(mentorship::Column::RequestId.eq(request_id))
        .into_tuple::<i32>()
        .all(db)
        .await?;
    if ids.is_empty() {
        return Ok(());
    }
    mentorship::Entity::update_many()
        .col_expr(mentorship::Column::Goals, Expr::value(GONE))
        .col_expr(
            mentorship::Column::CancelReason,
            Expr::value(None::<String>),
        )
        .filter(mentorship::Column::Id.is_in(ids.clone()))
        .exec(db)
        .await?;
    mentorship_meeting::Entity::update_many()
        .col_expr(mentorship_meeting::Column::Notes, Expr::value(GONE))
        .col_expr(
            mentorship_meeting::Column::NextStep,
            Expr::value(None::<String>),
        )
        .filter(mentorship_meeting::Column::MentorshipId.is_in(ids.clone()))
        .exec(db)
        .await?;
    mentorship_evaluation::Entity::update_many()
        .col_expr(
            mentorship_evaluation::Column::Comment,
            Expr::value(None::<String>),
        )
        .filter(mentorship_evaluation::Column::MentorshipId.is_in(ids))
        .exec(db)
        .await?;
    Ok(())
}
