//! Sends what the outbox holds; failures are retried with the outbox's backoff.
use super::{Job, JobContext};
use crate::error::AppError;
use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;
use std::time::Duration;

pub const JOB: Job = Job {
    name: "send_email",
    every: Duration::from_secs(5),
    run: |db, now, context| Box::pin(run(db, now, context)),
};

/// At most this many messages per run, so one run stays short.
const BATCH: u64 = 50;

pub async fn run(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    context: &JobContext,
) -> Result<u64, AppError> {
    let sent =
        crate::email::send_pending(db, &context.transport, now, BATCH, &context.stopping).await?;
    Ok(sent as u64)
}
