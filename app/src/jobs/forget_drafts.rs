//! Self-assessment drafts hold what entrepreneurs typed about their companies: they are kept
//! only as long as a resume link is plausibly used.
use super::{DAILY, Job, JobContext};
use crate::error::AppError;
use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

pub const JOB: Job = Job {
    name: "forget_drafts",
    every: DAILY,
    run: |db, now, context| Box::pin(run(db, now, context)),
};

/// Drafts untouched this long are deleted.
pub const DRAFT_RETENTION_DAYS: i64 = 90;

pub async fn run(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    _context: &JobContext,
) -> Result<u64, AppError> {
    let cutoff = now - chrono::Duration::days(DRAFT_RETENTION_DAYS);
    crate::assessment::delete_drafts_untouched_since(db, cutoff).await
}
