//! The contacts are reminded once of an active mentorship with no meeting logged for six
//! weeks (`mentoring::remind_quiet_mentorships`: once per quiet spell).
use super::{DAILY, Job, JobContext};
use crate::error::AppError;
use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

pub const JOB: Job = Job {
    name: "remind_quiet_mentorships",
    every: DAILY,
    run: |db, now, context| Box::pin(run(db, now, context)),
};

pub async fn run(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    context: &JobContext,
) -> Result<u64, AppError> {
    crate::mentoring::remind_quiet_mentorships(db, now, &context.settings.site_url.0).await
}
