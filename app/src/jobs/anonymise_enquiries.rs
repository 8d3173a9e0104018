//! Enquiries are anonymised `RETENTION_MONTHS` after closing, or after that long untouched
//! when never closed.
use super::{DAILY, Job, JobContext};
use crate::error::AppError;
use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

pub const JOB: Job = Job {
    name: "anonymise_enquiries",
    every: DAILY,
    run: |db, now, context| Box::pin(run(db, now, context)),
};

pub async fn run(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    context: &JobContext,
) -> Result<u64, AppError> {
    let cutoff = context.settings.retention_cutoff(now);
    let anonymised = crate::inbox::anonymise_inactive_before(db, cutoff, now).await?;
    Ok(anonymised as u64)
}
