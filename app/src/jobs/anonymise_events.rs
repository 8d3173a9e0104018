//! Event registrations are anonymised `RETENTION_MONTHS` after their event ended.
use super::{DAILY, Job, JobContext};
use crate::error::AppError;
use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

pub const JOB: Job = Job {
    name: "anonymise_events",
    every: DAILY,
    run: |db, now, context| Box::pin(run(db, now, context)),
};

pub async fn run(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    context: &JobContext,
) -> Result<u64, AppError> {
    let cutoff = context.settings.retention_cutoff(now);
    crate::events::anonymise_ended_before(db, cutoff, now).await
}
