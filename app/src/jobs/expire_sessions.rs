//! Staff sessions past their expiry are refused already; this removes their rows.
use super::{DAILY, Job, JobContext};
use crate::error::AppError;
use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

pub const JOB: Job = Job {
    name: "expire_sessions",
    every: DAILY,
    run: |db, now, context| Box::pin(run(db, now, context)),
};

pub async fn run(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    _context: &JobContext,
) -> Result<u64, AppError> {
    crate::account::delete_expired_sessions(db, now).await
}
