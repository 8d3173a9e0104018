//! The annual report's reminder: 30 days before a listed company's report falls due, one
//! email with a link to take the self-assessment again ("still eligible?"). Once per
//! company and due date, however often the job runs and on however many instances: the
//! due date is claimed in `reminder_sent_for` by a conditional update, in the same
//! transaction as the email it queues.
use super::{addressee, greeted, owed};
use crate::domain::listing::{ListingStatus, reminder_on};
use crate::email::{self, Facts, Mail, MailText};
use crate::entities::company;
use crate::error::AppError;
use crate::i18n::Lang;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter};

/// Sends the reminders due at `now`; returns how many.
pub async fn remind_annual_reports(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    site_url: &str,
) -> Result<u64, AppError> {
    let today = now.date_naive();
    let listed = company::Entity::find()
        .filter(company::Column::Status.eq(ListingStatus::Published.code()))
        .filter(company::Column::YearEnd.is_not_null())
        .all(db)
        .await?;
    let mut sent = 0;
    for row in listed {
        let Some((_, due)) = owed(&row) else {
            continue;
        };
        // From 30 days before until the due date; an overdue report is the staff's to
        // follow up (their queue shows it), not a reminder naming a date already past.
        if today < reminder_on(due) || today > due || row.reminder_sent_for == Some(due) {
            continue;
        }
        let Some(to) = addressee(&row).map(str::to_owned) else {
            continue;
        };
        let link = format!("{site_url}/assessment");
        let due_text = Lang::Da.date(due);
        let claimed = crate::db::write(db, async |db| {
            let claim = company::Entity::update_many()
                .col_expr(company::Column::ReminderSentFor, Expr::value(Some(due)))
                .filter(company::Column::Id.eq(row.id))
                // Still as read: listed, and no report received meanwhile (a step between
                // the read and here would otherwise get a reminder for a report it has).
                .filter(company::Column::Status.eq(ListingStatus::Published.code()))
                .filter(match row.reported_through {
                    Some(year) => company::Column::ReportedThrough.eq(year),
                    None => company::Column::ReportedThrough.is_null(),
                })
                .filter(
                    Condition::any()
                        .add(company::Column::ReminderSentFor.is_null())
                        .add(company::Column::ReminderSentFor.ne(due)),
                )
                .exec(db)
                .await?;
            if claim.rows_affected != 1 {
                return Ok(false);
            }
            let mail = Mail::Step {
                subject: MailText::ReportReminderSubject,
                body: MailText::ReportReminderBody,
                facts: Facts {
                    name: greeted(&row),
                    company: &row.name,
                    cvr: &row.cvr,
                    link: &link,
                    due: &due_text,
                    ..Default::default()
                },
            };
            email::enqueue(db, mail.to(Some(row.municipality_id), &to, Lang::Da), now).await?;
            Ok(true)
        })
        .await?;
        sent += u64::from(claimed);
    }
    Ok(sent)
}
