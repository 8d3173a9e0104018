//! The settings app code reads: one struct, filled by the server from its configuration
//! (`server/src/config.rs`, where each has its one default and parse) and put in context for
//! pages and server functions, and handed to the background jobs. Server only. App code has
//! no defaults of its own: a missing `Settings` is a wiring bug and an internal error.
use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    /// `PUBLIC_URL`: how links in pages and emails are written, and whether cookies are
    /// `Secure` (https).
    pub site_url: SiteUrl,
    /// `ANSWER_TARGET_DAYS`: business days from an enquiry to the answer promised in the
    /// receipt.
    pub answer_target_days: u32,
    /// `RETENTION_MONTHS`: enquiries are anonymised this many months after closing (or after
    /// their last change, when never closed); sent email is forgotten as long after.
    pub retention_months: u32,
    /// `SESSION_IDLE_MINUTES`: a staff session unused this long has ended.
    pub session_idle_minutes: u32,
}

impl Settings {
    /// What is older than this at `now` has passed `RETENTION_MONTHS`.
    pub fn retention_cutoff(
        &self,
        now: chrono::DateTime<chrono::Utc>,
    ) -> chrono::DateTime<chrono::Utc> {
        now.checked_sub_months(chrono::Months::new(self.retention_months))
            .unwrap_or(now)
    }
}

/// Where the site is reachable from outside: scheme and host without a trailing slash, e.g.
/// `https://socialokonomi.example.dk`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteUrl(pub String);

impl SiteUrl {
    pub fn new(url: &str) -> Self {
        Self(url.trim().trim_end_matches('/').to_owned())
    }

    /// Served over https: every cookie is `Secure`, the session cookie `__Host-` prefixed,
    /// and demo accounts are refused at start.
    pub fn is_https(&self) -> bool {
        self.0.starts_with("https://")
    }
}

/// The settings the server put in context for this request.
pub fn use_settings() -> Result<Settings, AppError> {
    leptos::prelude::use_context::<Settings>().ok_or_else(|| {
        tracing::error!("no settings in context");
        AppError::Internal
    })
}
