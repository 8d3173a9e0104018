//! The one scheduler: runs every job of `app::jobs::ALL` at start and then at its interval,
//! each on its own task so that a slow job (email to a slow SMTP server) delays no other.
use app::jobs::{ALL, Job, JobContext};
use sea_orm::DatabaseConnection;
use std::sync::Arc;

pub fn start(db: DatabaseConnection, context: JobContext) {
    let context = Arc::new(context);
    for job in &ALL {
        tokio::spawn(run_every(job, db.clone(), context.clone()));
    }
}

async fn run_every(job: &'static Job, db: DatabaseConnection, context: Arc<JobContext>) {
    let mut tick = tokio::time::interval(job.every);
    loop {
        tick.tick().await;
        // Several server instances on one database: claim this run here, so that each run
        // happens on one instance only (a later issue).
        match (job.run)(&db, chrono::Utc::now(), &context).await {
            Ok(0) => {}
            Ok(done) => tracing::info!(job = job.name, done, "job done"),
            Err(err) => tracing::warn!(job = job.name, error = %err, "job failed"),
        }
    }
}
