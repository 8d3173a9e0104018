//! Following mentorships: the contact's page of one (facts, meetings, evaluations), the
//! lists on the scheme's page with the yearly results, the mentor's own, and meetings
//! logged by staff or by the mentor through their private link.
use super::mentors::by_private_token;
use super::mentorships::{company_of, mentorship_status, parties, reviewed};
use crate::account::api::CurrentUser;
use crate::domain::mentoring::mentorship::{MentorshipStatus, Side, takes_meetings};
use crate::domain::mentoring::results::{Completed, Matched, YearResults, yearly};
use crate::email::{self, Facts, Mail, MailText};
use crate::entities::{
    mentor, mentor_request, mentorship, mentorship_evaluation, mentorship_meeting,
};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::i18n::Msg;
use crate::mentoring::api::{
    EvaluationView, MeetingView, MentorshipDetail, MentorshipItem, MyMentorship,
};
use crate::mentoring::mentorship_form::{MeetingForm, ValidMeeting};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use std::collections::HashMap;

fn meeting_view(row: &mentorship_meeting::Model) -> MeetingView {
    MeetingView {
        met_on: row.met_on.to_string(),
        notes: row.notes.clone(),
        next_step: row.next_step.clone(),
        by_mentor: row.logged_by.is_none(),
    }
}

/// Meetings of `ids`, each mentorship's newest first.
async fn meetings_of(
    db: &impl ConnectionTrait,
    ids: Vec<i32>,
) -> Result<HashMap<i32, Vec<mentorship_meeting::Model>>, AppError> {
    let mut by: HashMap<i32, Vec<mentorship_meeting::Model>> = HashMap::new();
    for row in mentorship_meeting::Entity::find()
        .filter(mentorship_meeting::Column::MentorshipId.is_in(ids))
        .order_by_desc(mentorship_meeting::Column::MetOn)
        .order_by_desc(mentorship_meeting::Column::Id)
        .all(db)
        .await?
    {
        by.entry(row.mentorship_id).or_default().push(row);
    }
    Ok(by)
}

fn item_of(
    row: &mentorship::Model,
    mentor: &str,
    company: String,
    last_meeting: Option<NaiveDate>,
) -> Result<MentorshipItem, AppError> {
    Ok(MentorshipItem {
        id: row.id,
        status: mentorship_status(row)?,
        mentor: mentor.to_owned(),
        company,
        period_from: row.period_from.to_string(),
        period_to: row.period_to.map(|d| d.to_string()),
        last_meeting: last_meeting.map(|d| d.to_string()),
    })
}

/// Mentorship rows as list items, open ones first, then the newest.
async fn items(
    db: &impl ConnectionTrait,
    rows: Vec<mentorship::Model>,
) -> Result<Vec<MentorshipItem>, AppError> {
    let mentor_ids: Vec<i32> = rows.iter().map(|r| r.mentor_id).collect();
    let request_ids: Vec<i32> = rows.iter().map(|r| r.request_id).collect();
    let mentors: HashMap<i32, String> = mentor::Entity::find()
        .filter(mentor::Column::Id.is_in(mentor_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.id, m.name))
        .collect();
    let companies: HashMap<i32, String> = mentor_request::Entity::find()
        .filter(mentor_request::Column::Id.is_in(request_ids))
        .all(db)
        .await?
        .iter()
        .map(|r| (r.id, company_of(r)))
        .collect();
    let meetings = meetings_of(db, rows.iter().map(|r| r.id).collect()).await?;
    let mut list = rows
        .iter()
        .map(|row| {
            let last = meetings
                .get(&row.id)
                .and_then(|m| m.first())
                .map(|m| m.met_on);
            let mentor = mentors.get(&row.mentor_id).map_or("", String::as_str);
            let company = companies.get(&row.request_id).cloned().unwrap_or_default();
            item_of(row, mentor, company, last)
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    list.sort_by_key(|m| (!m.status.is_open(), std::cmp::Reverse(m.id)));
    Ok(list)
}

/// The mentorships proposed for request `id`.
pub(super) async fn of_request(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<Vec<MentorshipItem>, AppError> {
    let rows = mentorship::Entity::find()
        .filter(mentorship::Column::RequestId.eq(id))
        .all(db)
        .await?;
    items(db, rows).await
}

/// The mentorships of the user's municipality (every one for the installation's
/// administrator), with the scheme's yearly results computed from them.
pub async fn overview(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
) -> Result<(Vec<MentorshipItem>, Vec<YearResults>), AppError> {
    let mut query = mentorship::Entity::find();
    if let Some(scope) = user.scope() {
        query = query.filter(mentorship::Column::MunicipalityId.eq(scope));
    }
    let rows = query.all(db).await?;
    let results = results_of(db, &rows).await?;
    Ok((items(db, rows).await?, results))
}

/// Matches by the request's wait (each request once, however many mentorships it had) and
/// completions with their sides' ratings.
async fn results_of(
    db: &impl ConnectionTrait,
    rows: &[mentorship::Model],
) -> Result<Vec<YearResults>, AppError> {
    let request_ids: Vec<i32> = rows.iter().map(|r| r.request_id).collect();
    let matched = mentor_request::Entity::find()
        .filter(mentor_request::Column::Id.is_in(request_ids))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|r| {
            r.matched_at.map(|at| Matched {
                asked_on: r.created_at.date_naive(),
                matched_on: at.date_naive(),
            })
        })
        .collect::<Vec<_>>();
    let completed_rows: Vec<&mentorship::Model> = rows
        .iter()
        .filter(|r| r.status == MentorshipStatus::Completed.code())
        .collect();
    let mut ratings: HashMap<i32, Vec<u8>> = HashMap::new();
    for e in mentorship_evaluation::Entity::find()
        .filter(
            mentorship_evaluation::Column::MentorshipId
                .is_in(completed_rows.iter().map(|r| r.id).collect::<Vec<_>>()),
        )
        .all(db)
        .await?
    {
        if let Some(rating) = e.rating.and_then(|r| u8::try_from(r).ok()) {
            ratings.entry(e.mentorship_id).or_default().push(rating);
        }
    }
    let completed: Vec<Completed> = completed_rows
        .iter()
        .map(|r| Completed {
            on: r.ended_at.unwrap_or(r.updated_at).date_naive(),
            ratings: ratings.remove(&r.id).unwrap_or_default(),
        })
        .collect();
    Ok(yearly(&matched, &completed))
}

/// Mentorship `id` for the contacts and admins of its municipality: everything it is
/// followed by, evaluations included (staff only), and an empty meeting form.
pub async fn detail(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    id: i32,
) -> Result<MentorshipDetail, AppError> {
    let row = reviewed(db, user, id).await?;
    let (mentor, request) = parties(db, &row).await?;
    let meetings = meetings_of(db, vec![row.id])
        .await?
        .remove(&row.id)
        .unwrap_or_default();
    let mut evaluations: Vec<EvaluationView> = mentorship_evaluation::Entity::find()
        .filter(mentorship_evaluation::Column::MentorshipId.eq(row.id))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|e| {
            Some(EvaluationView {
                side: Side::from_code(&e.side)?,
                rating: e.rating.and_then(|r| u8::try_from(r).ok()),
                comment: e.comment,
            })
        })
        .collect();
    evaluations.sort_by_key(|e| e.side.code());
    let day = |at: Option<DateTime<Utc>>| at.map(|at| at.date_naive().to_string());
    Ok(MentorshipDetail {
        item: item_of(
            &row,
            &mentor.name,
            company_of(&request),
            meetings.first().map(|m| m.met_on),
        )?,
        request_id: request.id,
        mentor_email: mentor.email,
        asker: request.name,
        asker_email: request.email,
        goals: row.goals.clone(),
        mentor_agreed: day(row.mentor_confirmed_at),
        enterprise_agreed: day(row.enterprise_confirmed_at),
        active_since: row.active_since.map(|d| d.to_string()),
        ended_on: day(row.ended_at),
        cancel_reason: row.cancel_reason.clone(),
        meetings: meetings.iter().map(meeting_view).collect(),
        evaluations,
        meeting_form: MeetingForm::default(),
        cancel_reason_typed: String::new(),
    })
}

/// The mentor's own mentorships (behind their private link), open ones first, with their
/// meetings.
pub async fn mine(
    db: &impl ConnectionTrait,
    mentor_id: i32,
) -> Result<Vec<MyMentorship>, AppError> {
    let rows = mentorship::Entity::find()
        .filter(mentorship::Column::MentorId.eq(mentor_id))
        .all(db)
        .await?;
    let goals: HashMap<i32, String> = rows.iter().map(|r| (r.id, r.goals.clone())).collect();
    let mut meetings = meetings_of(db, rows.iter().map(|r| r.id).collect()).await?;
    Ok(items(db, rows)
        .await?
        .into_iter()
        .map(|item| MyMentorship {
            goals: goals.get(&item.id).cloned().unwrap_or_default(),
            meetings: meetings
                .remove(&item.id)
                .unwrap_or_default()
                .iter()
                .map(meeting_view)
                .collect(),
            item,
        })
        .collect())
}

/// Who logs a meeting: a member of staff who reviews the mentorship's municipality, or
/// the mentor through their private link (only their own mentorships).
pub enum Logger<'a> {
    Staff(&'a CurrentUser),
    Mentor(&'a str),
}

/// Logs a meeting of mentorship `id`, active or paused. A meeting ends a quiet spell.
pub async fn log_meeting(
    db: &impl crate::db::Transactional,
    by: Logger<'_>,
    id: i32,
    meeting: &ValidMeeting,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    crate::db::write(db, async |db| {
        let (row, logged_by) = match by {
            Logger::Staff(user) => (reviewed(db, user, id).await?, Some(user.id)),
            Logger::Mentor(private_token) => {
                let mentor = by_private_token(db, private_token).await?;
                let row = mentorship::Entity::find_by_id(id)
                    .filter(mentorship::Column::MentorId.eq(mentor.id))
                    .one(db)
                    .await?
                    .ok_or(AppError::NotFound)?;
                (row, None)
            }
        };
        // Not before the mentorship began: its agreed start, or its planned period's if
        // earlier (a kick-off may come before the second side's click).
        let began = row.active_since.map(|since| since.min(row.period_from));
        if began.is_some_and(|since| meeting.met_on < since) {
            return Err(AppError::invalid("met_on", Msg::ErrorMeetingBeforeStart));
        }
        // Holds the mentorship in a status that takes meetings until this commits: one
        // being completed or cancelled at the same moment refuses the meeting.
        let open: Vec<&str> = MentorshipStatus::ALL
            .into_iter()
            .filter(|&s| takes_meetings(s))
            .map(MentorshipStatus::code)
            .collect();
        let held = mentorship::Entity::update_many()
            .col_expr(mentorship::Column::UpdatedAt, Expr::value(now))
            .filter(mentorship::Column::Id.eq(row.id))
            .filter(mentorship::Column::Status.is_in(open))
            .exec(db)
            .await?;
        if held.rows_affected != 1 {
            return Err(AppError::invalid("met_on", Msg::ErrorMeetingNotNow));
        }
        mentorship_meeting::ActiveModel {
            mentorship_id: Set(row.id),
            met_on: Set(meeting.met_on),
            notes: Set(meeting.notes.clone()),
            next_step: Set(meeting.next_step.clone()),
            logged_by: Set(logged_by),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
        Ok(())
    })
    .await
}

/// The contacts of each of the mentor's running mentorships: the mentor has left.
pub(super) async fn tell_of_leaving(
    db: &impl ConnectionTrait,
    row: &mentor::Model,
    site_url: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    use crate::domain::mentoring::mentorship::MentorshipStatus;
    use crate::entities::mentorship;
    let open = MentorshipStatus::open_codes();
    let running = mentorship::Entity::find()
        .filter(mentorship::Column::MentorId.eq(row.id))
        .filter(mentorship::Column::Status.is_in(open))
        .all(db)
        .await?;
    for pair in running {
        let link = format!("{site_url}{}", super::mentorships::mentorship_path(pair.id));
        let mail = Mail::Step {
            subject: MailText::MentorLeftSubject,
            body: MailText::MentorLeftBody,
            facts: Facts {
                name: &row.name,
                link: &link,
                ..Default::default()
            },
        };
        for reviewer in crate::account::reviewers(db, pair.municipality_id).await? {
            let message = mail.to(Some(pair.municipality_id), &reviewer.email, Lang::Da);
            email::enqueue(db, message, now).await?;
        }
    }
    Ok(())
}
