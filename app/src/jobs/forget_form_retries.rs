//! A form posted without JavaScript that had errors is kept an hour for its round trip
//! (`form::retry`); this removes what no one came back for.
use super::{Job, JobContext};
use crate::error::AppError;
use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;
use std::time::Duration;

pub const JOB: Job = Job {
    name: "forget_form_retries",
    every: Duration::from_secs(60 * 60),
    run: |db, now, context| Box::pin(run(db, now, context)),
};

pub async fn run(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    _context: &JobContext,
) -> Result<u64, AppError> {
    crate::form::retry::forget_expired(db, now).await
}
