//! A mentorship's life as the contact leads it (`domain::mentoring::mentorship`): proposed
//! for a request with a mentor, period and goals (both sides emailed their link to the
//! confidentiality agreement), paused and resumed, completed (both sides asked for an
//! evaluation) or cancelled with a reason. Each step writes its rows, queues its emails
//! and leaves a line in the audit log in one transaction.
use super::mentors::lang_of;
use super::municipality_name;
use super::requests::OPEN;
use crate::account::api::CurrentUser;
use crate::audit::{self, Entry};
use crate::domain::mentoring::matching::MentorStatus;
use crate::domain::mentoring::mentorship::{Change, MentorshipStatus, Side, after};
use crate::email::{self, Facts, Mail, MailText};
use crate::entities::{mentor, mentor_request, mentorship, mentorship_evaluation};
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use crate::mentoring::mentorship_form::ValidProposal;
use crate::token;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

/// A cancellation's reason, at most (it is emailed to both sides).
pub const MAX_REASON_CHARS: usize = 4_000;

/// A request that has a mentorship proposed for it.
pub const MATCHED: &str = "matched";

/// The staff page of mentorship `id`.
pub fn mentorship_path(id: i32) -> String {
    format!("/staff/mentorships/{id}")
}

/// A side's link to the confidentiality agreement, and to its evaluation.
pub fn agreement_path(token: &str) -> String {
    format!("/mentorships/agree/{token}")
}

pub fn evaluation_path(token: &str) -> String {
    format!("/mentorships/evaluate/{token}")
}

/// The enterprise is written to in the language it asked in.
pub(super) fn lang_of_request(row: &mentor_request::Model) -> Lang {
    match row.language.as_deref() {
        Some("en" | "de") => Lang::En,
        _ => Lang::Da,
    }
}

/// A mentorship row's status; an unknown code is a fault, logged.
pub(super) fn mentorship_status(row: &mentorship::Model) -> Result<MentorshipStatus, AppError> {
    MentorshipStatus::from_code(&row.status).ok_or_else(|| {
        tracing::error!(mentorship = row.id, status = %row.status, "unknown mentorship status");
        AppError::Internal
    })
}

/// Mentorship `id` if the user reviews its municipality; any other is "not found".
pub(super) async fn reviewed(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    id: i32,
) -> Result<mentorship::Model, AppError> {
    mentorship::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|m| user.reviews(m.municipality_id))
        .ok_or(AppError::NotFound)
}

/// The mentorship's mentor and request (both always there: foreign keys).
pub(super) async fn parties(
    db: &impl ConnectionTrait,
    row: &mentorship::Model,
) -> Result<(mentor::Model, mentor_request::Model), AppError> {
    let mentor = mentor::Entity::find_by_id(row.mentor_id).one(db).await?;
    let request = mentor_request::Entity::find_by_id(row.request_id)
        .one(db)
        .await?;
    mentor.zip(request).ok_or(AppError::Internal)
}

/// The enterprise as lists name it: its company, else who asked.
pub(super) fn company_of(request: &mentor_request::Model) -> String {
    request
        .company_name
        .clone()
        .unwrap_or_else(|| request.name.clone())
}

/// Moves the mentorship from the status it was read in to `to`, with `change`'s other
/// columns, in one conditional update: of two steps at once one happens, the other is
/// refused as stale.
pub(super) async fn move_mentorship(
    db: &impl ConnectionTrait,
    row: &mentorship::Model,
    to: MentorshipStatus,
    now: DateTime<Utc>,
    change: impl FnOnce(&mut mentorship::ActiveModel),
) -> Result<(), AppError> {
    let mut model = mentorship::ActiveModel {
        status: Set(to.code().to_owned()),
        updated_at: Set(now),
        ..Default::default()
    };
    change(&mut model);
    let done = mentorship::Entity::update_many()
        .set(model)
        .filter(mentorship::Column::Id.eq(row.id))
        .filter(mentorship::Column::Status.eq(row.status.as_str()))
        .filter(mentorship::Column::UpdatedAt.eq(row.updated_at))
        .exec(db)
        .await?;
    if done.rows_affected != 1 {
        return Err(AppError::invalid("step", Msg::ErrorMentorStep));
    }
    Ok(())
}

/// The contact proposes `proposal`'s mentor for open request `request_id`: the request is
/// matched, the mentorship proposed, and each side emailed the link to its
/// confidentiality agreement. The mentor must be in the scheme, not paused, with room;
/// a request already matched (another contact, a second click) is refused.
pub async fn propose(
    db: &impl crate::db::Transactional,
    user: &CurrentUser,
    request_id: i32,
    proposal: &ValidProposal,
    site_url: &str,
    now: DateTime<Utc>,
) -> Result<i32, AppError> {
    crate::db::write(db, async |db| {
        let request = mentor_request::Entity::find_by_id(request_id)
            .one(db)
            .await?
            .filter(|r| user.reviews(r.municipality_id) && r.anonymised_at.is_none())
            .ok_or(AppError::NotFound)?;
        // Only a mentor matching suggests now: in the scheme, not paused, with room and
        // available in the period (a stale form or a crafted post may name another).
        let ranking = super::suggestions(db, request.municipality_id, request.id).await?;
        if !ranking
            .suggestions
            .iter()
            .any(|s| s.mentor_id == proposal.mentor_id)
        {
            return Err(AppError::invalid("mentor", Msg::ErrorMentorNotFree));
        }
        let mentor = mentor::Entity::find_by_id(proposal.mentor_id)
            .one(db)
            .await?
            .ok_or(AppError::NotFound)?;
        // Claims the mentor as read: of two proposals of the same mentor at once (or a
        // pause or leave meanwhile) the second is refused, so their capacity holds.
        let held = mentor::Entity::update_many()
            .col_expr(mentor::Column::UpdatedAt, Expr::value(now))
            .filter(mentor::Column::Id.eq(mentor.id))
            .filter(mentor::Column::Status.eq(MentorStatus::Approved.code()))
            .filter(mentor::Column::UpdatedAt.eq(mentor.updated_at))
            .exec(db)
            .await?;
        if held.rows_affected != 1 {
            return Err(AppError::invalid("step", Msg::ErrorMentorStep));
        }
        let claimed = mentor_request::Entity::update_many()
            .col_expr(mentor_request::Column::Status, Expr::value(MATCHED))
            .col_expr(mentor_request::Column::MatchedAt, Expr::value(Some(now)))
            .col_expr(mentor_request::Column::UpdatedAt, Expr::value(now))
            .filter(mentor_request::Column::Id.eq(request.id))
            .filter(mentor_request::Column::Status.eq(OPEN))
            .exec(db)
            .await?;
        if claimed.rows_affected != 1 {
            return Err(AppError::invalid("step", Msg::ErrorMentorStep));
        }
        let tokens = [token::new_token(), token::new_token()];
        let [Ok(mentor_token), Ok(enterprise_token)] = tokens else {
            return Err(AppError::Internal);
        };
        let row = mentorship::ActiveModel {
            municipality_id: Set(request.municipality_id),
            mentor_id: Set(mentor.id),
            request_id: Set(request.id),
            status: Set(MentorshipStatus::Proposed.code().to_owned()),
            period_from: Set(proposal.period_from),
            period_to: Set(proposal.period_to),
            goals: Set(proposal.goals.clone()),
            mentor_token_hash: Set(token::hash(&mentor_token)),
            enterprise_token_hash: Set(token::hash(&enterprise_token)),
            created_by: Set(Some(user.id)),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
        let place = municipality_name(db, request.municipality_id).await?;
        let company = company_of(&request);
        let to_mentor = format!("{site_url}{}", agreement_path(&mentor_token));
        let to_enterprise = format!("{site_url}{}", agreement_path(&enterprise_token));
        let letters = [
            (
                MailText::MentorshipProposedMentorSubject,
                MailText::MentorshipProposedMentorBody,
                &mentor.name,
                &mentor.email,
                &to_mentor,
                lang_of(&mentor),
            ),
            (
                MailText::MentorshipProposedEnterpriseSubject,
                MailText::MentorshipProposedEnterpriseBody,
                &request.name,
                &request.email,
                &to_enterprise,
                lang_of_request(&request),
            ),
        ];
        for (subject, body, name, address, link, lang) in letters {
            let mail = Mail::Step {
                subject,
                body,
                facts: Facts {
                    name,
                    company: &company,
                    municipality: &place,
                    link,
                    ..Default::default()
                },
            };
            email::enqueue(
                db,
                mail.to(Some(request.municipality_id), address, lang),
                now,
            )
            .await?;
        }
        audit::record(
            db,
            Entry {
                municipality_id: Some(request.municipality_id),
                actor_id: Some(user.id),
                action: "mentorship.propose",
                subject: format!("mentorship:{}", row.id),
                detail: serde_json::json!({ "request": request.id, "mentor": mentor.id }),
            },
        )
        .await?;
        Ok(row.id)
    })
    .await
}

/// The contact pauses, resumes, completes or cancels (with a reason, which both sides are
/// sent) mentorship `id`. Completing asks both sides for an evaluation by email; cancelling
/// one never started puts its request back in the queue for another mentor.
pub async fn step(
    db: &impl crate::db::Transactional,
    user: &CurrentUser,
    id: i32,
    change: Change,
    reason: &str,
    site_url: &str,
    now: DateTime<Utc>,
) -> Result<MentorshipStatus, AppError> {
    let reason = reason.trim();
    if change == Change::Cancel && reason.is_empty() {
        return Err(AppError::invalid("reason", Msg::ErrorRequired));
    }
    if reason.chars().count() > MAX_REASON_CHARS {
        return Err(AppError::Invalid(vec![crate::error::FieldError::too_long(
            "reason",
            MAX_REASON_CHARS,
        )]));
    }
    crate::db::write(db, async |db| {
        let row = reviewed(db, user, id).await?;
        let from = mentorship_status(&row)?;
        let to = after(from, change).ok_or_else(|| AppError::invalid("step", Msg::ErrorMentorStep))?;
        let ends = matches!(to, MentorshipStatus::Completed | MentorshipStatus::Cancelled);
        move_mentorship(db, &row, to, now, |m| {
            if ends {
                m.ended_at = Set(Some(now));
            }
            if change == Change::Cancel {
                m.cancel_reason = Set(Some(reason.to_owned()));
            }
        })
        .await?;
        let (mentor, request) = parties(db, &row).await?;
        if change == Change::Cancel && from == MentorshipStatus::Proposed {
            mentor_request::Entity::update_many()
                .col_expr(mentor_request::Column::Status, Expr::value(OPEN))
                .col_expr(mentor_request::Column::MatchedAt, Expr::value(None::<DateTime<Utc>>))
                .col_expr(mentor_request::Column::UpdatedAt, Expr::value(now))
                .filter(mentor_request::Column::Id.eq(request.id))
                .filter(mentor_request::Column::Status.eq(MATCHED))
                .exec(db)
                .await?;
        }
        if ends {
            tell_both(db, &row, &mentor, &request, change, reason, site_url, now).await?;
        }
        audit::record(
            db,
            Entry {
                municipality_id: Some(row.municipality_id),
                actor_id: Some(user.id),
                action: match change {
                    Change::Pause => "mentorship.pause",
                    Change::Resume => "mentorship.resume",
                    Change::Complete => "mentorship.complete",
                    _ => "mentorship.cancel",
                },
                subject: format!("mentorship:{}", row.id),
                detail: serde_json::json!({ "from": from.code(), "to": to.code(), "reason": reason }),
            },
        )
        .await?;
        Ok(to)
    })
    .await
}

/// At the end: on completion each side gets the link to its evaluation (made here, one
/// per side), on cancellation the reason.
#[allow(clippy::too_many_arguments)]
async fn tell_both(
    db: &impl ConnectionTrait,
    row: &mentorship::Model,
    mentor: &mentor::Model,
    request: &mentor_request::Model,
    change: Change,
    reason: &str,
    site_url: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let company = company_of(request);
    let place = municipality_name(db, row.municipality_id).await?;
    // Each side is told of the mentorship by the other's name.
    let sides = [
        (
            Side::Mentor,
            &mentor.name,
            &mentor.email,
            lang_of(mentor),
            &company,
        ),
        (
            Side::Enterprise,
            &request.name,
            &request.email,
            lang_of_request(request),
            &mentor.name,
        ),
    ];
    for (side, name, address, lang, other) in sides {
        let (subject, body, link) = match change {
            Change::Complete => {
                let evaluation = token::new_token().map_err(|_| AppError::Internal)?;
                mentorship_evaluation::ActiveModel {
                    mentorship_id: Set(row.id),
                    side: Set(side.code().to_owned()),
                    token_hash: Set(token::hash(&evaluation)),
                    created_at: Set(now),
                    ..Default::default()
                }
                .insert(db)
                .await?;
                let link = format!("{site_url}{}", evaluation_path(&evaluation));
                (
                    MailText::MentorshipEvaluateSubject,
                    MailText::MentorshipEvaluateBody,
                    link,
                )
            }
            _ => (
                MailText::MentorshipCancelledSubject,
                MailText::MentorshipCancelledBody,
                String::new(),
            ),
        };
        let mail = Mail::Step {
            subject,
            body,
            facts: Facts {
                name,
                company: other,
                municipality: &place,
                link: &link,
                reason,
                ..Default::default()
            },
        };
        email::enqueue(db, mail.to(Some(row.municipality_id), address, lang), now).await?;
    }
    Ok(())
}
