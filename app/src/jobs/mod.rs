//! Background jobs. Each is a named function with its schedule, doing one thing; the
//! server's one scheduler (`server/src/scheduler.rs`) runs every job of [`ALL`]. A job gets
//! the clock as `now`, so a test runs it at any moment it chooses. Server only.
pub mod anonymise_enquiries;
pub mod expire_sessions;
pub mod forget_drafts;
pub mod send_email;

use crate::email::Transport;
use crate::error::AppError;
use crate::settings::Settings;
use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

/// What jobs need besides the database and the clock.
#[derive(Clone, Debug)]
pub struct JobContext {
    pub settings: Settings,
    /// Where email goes (`SMTP_URL`, or `.eml` files in `OUTBOX_DIR`).
    pub transport: Transport,
}

/// A run of a job: how many things it handled (messages sent, rows deleted, …).
pub type JobRun<'a> = Pin<Box<dyn Future<Output = Result<u64, AppError>> + Send + 'a>>;

pub struct Job {
    /// For logs.
    pub name: &'static str,
    /// The first run is at start, then one every `every`.
    pub every: Duration,
    pub run: for<'a> fn(&'a DatabaseConnection, DateTime<Utc>, &'a JobContext) -> JobRun<'a>,
}

const DAILY: Duration = Duration::from_secs(24 * 60 * 60);

/// Every job the server runs.
pub static ALL: [Job; 4] = [
    send_email::JOB,
    forget_drafts::JOB,
    expire_sessions::JOB,
    anonymise_enquiries::JOB,
];
