//! The one scheduler: runs every job of `app::jobs::ALL` when it is due, each on its own
//! task so that a slow job (email to a slow SMTP server) delays no other. With several
//! instances on one database, each looks at least once a minute and the instance that
//! claims a due run (`app::jobs::claim`) does it.
use app::jobs::{ALL, Job, JobContext, claim};
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::MissedTickBehavior;

/// How often an instance looks whether a job is due: a daily job runs within this long of
/// its time on whichever instance is up.
const LOOK_EVERY: Duration = Duration::from_secs(60);

/// The running jobs; [`Jobs::finish`] waits for the runs in hand once stopping is requested.
pub struct Jobs(JoinSet<()>);

pub fn start(db: DatabaseConnection, context: JobContext) -> Jobs {
    let context = Arc::new(context);
    let mut tasks = JoinSet::new();
    for job in &ALL {
        tasks.spawn(run_when_due(job, db.clone(), context.clone()));
    }
    Jobs(tasks)
}

impl Jobs {
    /// Waits up to `limit` for the jobs to end (they end at their next look once stopping
    /// is requested, after the item in hand); then stops what is left.
    pub async fn finish(mut self, limit: Duration) {
        let all_ended = async { while self.0.join_next().await.is_some() {} };
        if tokio::time::timeout(limit, all_ended).await.is_err() {
            tracing::warn!("a job was still running at shutdown; stopped");
        }
    }
}

async fn run_when_due(job: &'static Job, db: DatabaseConnection, context: Arc<JobContext>) {
    let mut stopping = context.stopping.clone();
    let mut tick = tokio::time::interval(job.every.min(LOOK_EVERY));
    tick.set_missed_tick_behavior(MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            () = stopping.requested() => return,
        }
        let now = chrono::Utc::now();
        match claim(&db, job, now).await {
            Ok(true) => {}
            Ok(false) => continue,
            Err(err) => {
                tracing::warn!(job = job.name, error = %err, "job not claimed");
                continue;
            }
        }
        // A run in hand is not interrupted: the job itself looks at `stopping`.
        match (job.run)(&db, now, &context).await {
            Ok(0) => {}
            Ok(done) => tracing::info!(job = job.name, done, "job done"),
            Err(err) => tracing::warn!(job = job.name, error = %err, "job failed"),
        }
    }
}
