//! Background jobs. Each is a named function with its schedule, doing one thing; the
//! server's one scheduler (`server/src/scheduler.rs`) runs every job of [`ALL`]. A job gets
//! the clock as `now`, so a test runs it at any moment it chooses. Server only.
//!
//! Several server instances may share one database: a run is [`claim`]ed in the `job_run`
//! table first, so each run happens on one instance, and a restart does not repeat a daily
//! job. Within a run, each job also claims the rows it handles (an email, an enquiry to
//! anonymise) with a conditional update, so two runs that overlap never handle one twice.
pub mod anonymise_enquiries;
pub mod anonymise_events;
pub mod anonymise_mentoring;
pub mod expire_sessions;
pub mod forget_drafts;
pub mod forget_form_retries;
pub mod forget_sent_email;
pub mod remind_annual_reports;
pub mod remind_quiet_mentorships;
pub mod send_email;

use crate::email::Transport;
use crate::entities::job_run;
use crate::error::AppError;
use crate::settings::Settings;
pub use crate::shutdown::Stopping;
use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

/// What jobs need besides the database and the clock.
#[derive(Clone, Debug)]
pub struct JobContext {
    pub settings: Settings,
    /// Where email goes (`SMTP_URL`, or `.eml` files in `OUTBOX_DIR`).
    pub transport: Transport,
    /// Set when the server is asked to stop.
    pub stopping: Stopping,
}

/// A run of a job: how many things it handled (messages sent, rows deleted, …).
pub type JobRun<'a> = Pin<Box<dyn Future<Output = Result<u64, AppError>> + Send + 'a>>;

pub struct Job {
    /// For logs.
    pub name: &'static str,
    /// Due at the first start on a database, then every `every` (looked at by each
    /// instance at least once a minute).
    pub every: Duration,
    pub run: for<'a> fn(&'a DatabaseConnection, DateTime<Utc>, &'a JobContext) -> JobRun<'a>,
}

const DAILY: Duration = Duration::from_secs(24 * 60 * 60);

/// Every job the server runs.
pub static ALL: [Job; 10] = [
    send_email::JOB,
    forget_drafts::JOB,
    expire_sessions::JOB,
    anonymise_enquiries::JOB,
    anonymise_mentoring::JOB,
    anonymise_events::JOB,
    forget_sent_email::JOB,
    forget_form_retries::JOB,
    remind_annual_reports::JOB,
    remind_quiet_mentorships::JOB,
];

/// Takes the run of `job` that is due at `now`, for this instance: true when it is ours to
/// run. The claim moves the job's `due_at` one interval on, in a conditional update that
/// only one instance can win; the first run in a database inserts the row, and an instance
/// that loses that insert to another's leaves the run to it.
pub async fn claim(
    db: &impl ConnectionTrait,
    job: &Job,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let next = now + TimeDelta::from_std(job.every).unwrap_or(TimeDelta::days(1));
    let moved = job_run::Entity::update_many()
        .col_expr(job_run::Column::DueAt, Expr::value(next))
        .col_expr(job_run::Column::LastStartedAt, Expr::value(Some(now)))
        .filter(job_run::Column::Name.eq(job.name))
        .filter(job_run::Column::DueAt.lte(now))
        .exec(db)
        .await?;
    if moved.rows_affected == 1 {
        return Ok(true);
    }
    if known(db, job).await? {
        return Ok(false);
    }
    let first = job_run::ActiveModel {
        name: Set(job.name.to_owned()),
        due_at: Set(next),
        last_started_at: Set(Some(now)),
    }
    .insert(db)
    .await;
    match first {
        Ok(_) => Ok(true),
        Err(_) if known(db, job).await? => Ok(false),
        Err(err) => Err(err.into()),
    }
}

async fn known(db: &impl ConnectionTrait, job: &Job) -> Result<bool, AppError> {
    let row = job_run::Entity::find_by_id(job.name).one(db).await?;
    Ok(row.is_some())
}
