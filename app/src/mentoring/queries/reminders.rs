//! The contact's reminder of an active mentorship gone quiet: no meeting logged for six
//! weeks (`domain::mentoring::mentorship::is_due_a_quiet_reminder`), once per quiet spell,
//! across restarts and instances.
use crate::domain::mentoring::mentorship::{MentorshipStatus, is_due_a_quiet_reminder};
use crate::email::{self, Facts, Mail, MailText};
use crate::entities::{mentor, mentor_request, mentorship, mentorship_meeting};
use crate::error::AppError;
use crate::i18n::Lang;
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect};
use std::collections::HashMap;

/// Reminds the contacts of each active mentorship that is due a reminder; returns how many
/// mentorships. Each is claimed first by a conditional update of `quiet_reminded_at` from
/// the value read, so of two instances running at once one sends it.
pub async fn remind_quiet_mentorships(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    site_url: &str,
) -> Result<u64, AppError> {
    let active = MentorshipStatus::Active;
    let rows = mentorship::Entity::find()
        .filter(mentorship::Column::Status.eq(active.code()))
        .all(db)
        .await?;
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let meetings: Vec<(i32, NaiveDate)> = mentorship_meeting::Entity::find()
        .select_only()
        .column(mentorship_meeting::Column::MentorshipId)
        .column(mentorship_meeting::Column::MetOn)
        .filter(mentorship_meeting::Column::MentorshipId.is_in(ids))
        .into_tuple()
        .all(db)
        .await?;
    let mut last: HashMap<i32, NaiveDate> = HashMap::new();
    for (id, met) in meetings {
        let entry = last.entry(id).or_insert(met);
        *entry = (*entry).max(met);
    }
    let mut sent = 0;
    for row in rows {
        let Some(since) = row.active_since else {
            continue;
        };
        let met = last.get(&row.id).copied();
        if !is_due_a_quiet_reminder(active, since, met, row.quiet_reminded_at, now) {
            continue;
        }
        let quiet_since = met.map_or(since, |m| m.max(since));
        let reminded = crate::db::write(db, async |db| {
            let claim = mentorship::Entity::update_many()
                .col_expr(mentorship::Column::QuietRemindedAt, Expr::value(Some(now)))
                .filter(mentorship::Column::Id.eq(row.id))
                .filter(mentorship::Column::Status.eq(active.code()))
                .filter(match row.quiet_reminded_at {
                    Some(at) => mentorship::Column::QuietRemindedAt.eq(at),
                    None => mentorship::Column::QuietRemindedAt.is_null(),
                })
                .exec(db)
                .await?;
            if claim.rows_affected != 1 {
                return Ok(false);
            }
            let mentor = mentor::Entity::find_by_id(row.mentor_id).one(db).await?;
            let request = mentor_request::Entity::find_by_id(row.request_id)
                .one(db)
                .await?;
            let name = mentor.map(|m| m.name).unwrap_or_default();
            let company = request
                .map(|r| super::mentorships::company_of(&r))
                .unwrap_or_default();
            let link = format!("{site_url}/staff/mentors");
            let due = Lang::Da.date(quiet_since);
            let mail = Mail::Step {
                subject: MailText::MentorshipQuietSubject,
                body: MailText::MentorshipQuietBody,
                facts: Facts {
                    name: &name,
                    company: &company,
                    link: &link,
                    due: &due,
                    ..Default::default()
                },
            };
            for reviewer in crate::account::reviewers(db, row.municipality_id).await? {
                let message = mail.to(Some(row.municipality_id), &reviewer.email, Lang::Da);
                email::enqueue(db, message, now).await?;
            }
            Ok(true)
        })
        .await?;
        sent += u64::from(reminded);
    }
    Ok(sent)
}
