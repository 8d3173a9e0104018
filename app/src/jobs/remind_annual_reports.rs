//! Listed companies are reminded of their annual report 30 days before it falls due
//! (`listing::queries::remind_annual_reports`: once per company and report).
use super::{DAILY, Job, JobContext};
use crate::error::AppError;
use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

pub const JOB: Job = Job {
    name: "remind_annual_reports",
    every: DAILY,
    run: |db, now, context| Box::pin(run(db, now, context)),
};

pub async fn run(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    context: &JobContext,
) -> Result<u64, AppError> {
    crate::listing::queries::remind_annual_reports(db, now, &context.settings.site_url.0).await
}
