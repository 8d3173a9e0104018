//! Mentors who left the scheme (or were declined, or never confirmed) and settled requests
//! for a mentor are anonymised `RETENTION_MONTHS` after they were last touched.
use super::{DAILY, Job, JobContext};
use crate::error::AppError;
use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

pub const JOB: Job = Job {
    name: "anonymise_mentoring",
    every: DAILY,
    run: |db, now, context| Box::pin(run(db, now, context)),
};

pub async fn run(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    context: &JobContext,
) -> Result<u64, AppError> {
    let cutoff = context.settings.retention_cutoff(now);
    let anonymised = crate::mentoring::anonymise_inactive_before(db, cutoff, now).await?;
    Ok(anonymised as u64)
}
