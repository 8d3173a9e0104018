//! The outbox's record of a message (to whom, when, its subject) goes `RETENTION_MONTHS`
//! after it was written, once sent or given up; its text went when it was sent.
use super::{DAILY, Job, JobContext};
use crate::error::AppError;
use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

pub const JOB: Job = Job {
    name: "forget_sent_email",
    every: DAILY,
    run: |db, now, context| Box::pin(run(db, now, context)),
};

pub async fn run(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    context: &JobContext,
) -> Result<u64, AppError> {
    crate::email::forget_sent_before(db, context.settings.retention_cutoff(now)).await
}
