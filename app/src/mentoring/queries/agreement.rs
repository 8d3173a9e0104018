//! What each side of a mentorship does through its emailed links: agree to the
//! confidentiality agreement (the mentorship is active once both have), and, after
//! completion, evaluate it. A link is the key: whoever holds it is that side.
use super::mentorships::{company_of, mentorship_status, move_mentorship, parties};
use super::municipality_name;
use crate::audit::{self, Entry};
use crate::domain::mentoring::mentorship::{Change, MentorshipStatus, Side, after};
use crate::entities::{mentorship, mentorship_evaluation};
use crate::error::AppError;
use crate::mentoring::api::{AgreementView, EvaluationPage};
use crate::mentoring::mentorship_form::{EvaluationForm, ValidEvaluation};
use crate::token;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter};

/// The mentorship behind an agreement link, and whose link it is.
async fn by_agreement_token(
    db: &impl ConnectionTrait,
    agreement_token: &str,
) -> Result<(mentorship::Model, Side), AppError> {
    if !token::looks_valid(agreement_token) {
        return Err(AppError::NotFound);
    }
    let hash = token::hash(agreement_token);
    let row = mentorship::Entity::find()
        .filter(
            Condition::any()
                .add(mentorship::Column::MentorTokenHash.eq(&hash))
                .add(mentorship::Column::EnterpriseTokenHash.eq(&hash)),
        )
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let side = match row.mentor_token_hash == hash {
        true => Side::Mentor,
        false => Side::Enterprise,
    };
    Ok((row, side))
}

fn has_agreed(row: &mentorship::Model, side: Side) -> bool {
    match side {
        Side::Mentor => row.mentor_confirmed_at.is_some(),
        Side::Enterprise => row.enterprise_confirmed_at.is_some(),
    }
}

/// What the side reads before agreeing: who, when, what for, and where it stands.
pub async fn agreement(
    db: &impl ConnectionTrait,
    agreement_token: &str,
) -> Result<AgreementView, AppError> {
    let (row, side) = by_agreement_token(db, agreement_token).await?;
    let (mentor, request) = parties(db, &row).await?;
    let agreed = has_agreed(&row, side);
    Ok(AgreementView {
        side,
        status: mentorship_status(&row)?,
        mentor: mentor.name,
        company: company_of(&request),
        municipality: municipality_name(db, row.municipality_id).await?,
        period_from: row.period_from.to_string(),
        period_to: row.period_to.map(|d| d.to_string()),
        goals: row.goals,
        agreed,
    })
}

/// The side agrees to confidentiality; once both have, the mentorship is active from
/// today. Agreeing again changes nothing; a mentorship no longer proposed is refused.
pub async fn agree(
    db: &impl crate::db::Transactional,
    agreement_token: &str,
    now: DateTime<Utc>,
) -> Result<MentorshipStatus, AppError> {
    crate::db::write(db, async |db| {
        let (row, side) = by_agreement_token(db, agreement_token).await?;
        let from = mentorship_status(&row)?;
        let mentor = has_agreed(&row, Side::Mentor) || side == Side::Mentor;
        let enterprise = has_agreed(&row, Side::Enterprise) || side == Side::Enterprise;
        if has_agreed(&row, side) {
            return Ok(from);
        }
        let to = after(from, Change::Confirm { mentor, enterprise })
            .ok_or_else(|| AppError::invalid("step", crate::i18n::Msg::ErrorMentorshipClosed))?;
        move_mentorship(db, &row, to, now, |m| {
            use sea_orm::Set;
            match side {
                Side::Mentor => m.mentor_confirmed_at = Set(Some(now)),
                Side::Enterprise => m.enterprise_confirmed_at = Set(Some(now)),
            }
            if to == MentorshipStatus::Active {
                m.active_since = Set(Some(now.date_naive()));
            }
        })
        .await?;
        if to == MentorshipStatus::Active {
            introduce(db, &row, now).await?;
        }
        audit::record(
            db,
            Entry {
                municipality_id: Some(row.municipality_id),
                actor_id: None,
                action: "mentorship.agree",
                subject: format!("mentorship:{}", row.id),
                detail: serde_json::json!({ "side": side.code(), "to": to.code() }),
            },
        )
        .await?;
        Ok(to)
    })
    .await
}

/// Both have agreed: each side is sent how to reach the other (name and email).
async fn introduce(
    db: &impl ConnectionTrait,
    row: &mentorship::Model,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    use super::mentors::lang_of;
    use super::mentorships::lang_of_request;
    use crate::email::{self, Facts, Mail, MailText};
    let (mentor, request) = parties(db, row).await?;
    let place = municipality_name(db, row.municipality_id).await?;
    let company = company_of(&request);
    let reach_enterprise = match &request.company_name {
        Some(company) => format!("{} ({company}): {}", request.name, request.email),
        None => format!("{}: {}", request.name, request.email),
    };
    let reach_mentor = format!(
        "{} ({}): {}",
        mentor.name, mentor.organisation, mentor.email
    );
    let letters = [
        (
            &mentor.name,
            &mentor.email,
            lang_of(&mentor),
            &company,
            &reach_enterprise,
        ),
        (
            &request.name,
            &request.email,
            lang_of_request(&request),
            &mentor.name,
            &reach_mentor,
        ),
    ];
    for (name, address, lang, other, contact) in letters {
        let mail = Mail::Step {
            subject: MailText::MentorshipActiveSubject,
            body: MailText::MentorshipActiveBody,
            facts: Facts {
                name,
                company: other,
                municipality: &place,
                contact,
                ..Default::default()
            },
        };
        email::enqueue(db, mail.to(Some(row.municipality_id), address, lang), now).await?;
    }
    Ok(())
}

/// The evaluation behind a link.
async fn by_evaluation_token(
    db: &impl ConnectionTrait,
    evaluation_token: &str,
) -> Result<mentorship_evaluation::Model, AppError> {
    if !token::looks_valid(evaluation_token) {
        return Err(AppError::NotFound);
    }
    mentorship_evaluation::Entity::find()
        .filter(mentorship_evaluation::Column::TokenHash.eq(token::hash(evaluation_token)))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// What the side reads behind its evaluation link; `kept`: the form as typed when a post
/// without JavaScript came back.
pub async fn evaluation_page(
    db: &impl ConnectionTrait,
    evaluation_token: &str,
    kept: Option<EvaluationForm>,
) -> Result<EvaluationPage, AppError> {
    let evaluation = by_evaluation_token(db, evaluation_token).await?;
    let row = mentorship::Entity::find_by_id(evaluation.mentorship_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let (mentor, request) = parties(db, &row).await?;
    Ok(EvaluationPage {
        side: Side::from_code(&evaluation.side).ok_or(AppError::Internal)?,
        mentor: mentor.name,
        company: company_of(&request),
        answered: evaluation.answered_at.is_some(),
        form: kept.unwrap_or_default(),
    })
}

/// Saves the side's evaluation, once: a second answer is refused.
pub async fn evaluate(
    db: &impl crate::db::Transactional,
    evaluation_token: &str,
    valid: &ValidEvaluation,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    crate::db::write(db, async |db| {
        let evaluation = by_evaluation_token(db, evaluation_token).await?;
        let done = mentorship_evaluation::Entity::update_many()
            .col_expr(
                mentorship_evaluation::Column::Rating,
                Expr::value(Some(i16::from(valid.rating))),
            )
            .col_expr(
                mentorship_evaluation::Column::Comment,
                Expr::value(valid.comment.clone()),
            )
            .col_expr(
                mentorship_evaluation::Column::AnsweredAt,
                Expr::value(Some(now)),
            )
            .filter(mentorship_evaluation::Column::Id.eq(evaluation.id))
            .filter(mentorship_evaluation::Column::AnsweredAt.is_null())
            .exec(db)
            .await?;
        if done.rows_affected != 1 {
            return Err(AppError::invalid(
                "step",
                crate::i18n::Msg::ErrorEvaluationGiven,
            ));
        }
        Ok(())
    })
    .await
}
