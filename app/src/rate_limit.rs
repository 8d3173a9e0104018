//! Rate limits for public forms, per client address and form: a fixed window of counts kept
//! in memory. Server only. One server instance counts alone; with several behind a load
//! balancer each allows the limit, which is still a limit.
use crate::error::AppError;
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How many requests one address may make to one form in one window.
#[derive(Clone, Copy, Debug)]
pub struct Limit {
    pub max: u32,
    pub window: Duration,
}

/// The limits of the public forms, by the name `check` is called with.
fn limit_for(form: &str) -> Limit {
    match form {
        // A person starts a handful of self-assessments; a script starts thousands.
        "assessment/start" => Limit {
            max: 20,
            window: Duration::from_secs(10 * 60),
        },
        // Staff behind one office address sign in at the same time in the morning; guessing
        // one account is stopped by its lockout after 5 wrong passwords.
        "staff/sign_in" => Limit {
            max: 60,
            window: Duration::from_secs(10 * 60),
        },
        _ => Limit {
            max: 10,
            window: Duration::from_secs(10 * 60),
        },
    }
}

/// (form, client) → (window start, requests in the window)
type Counts = HashMap<(String, Option<IpAddr>), (Instant, u32)>;

/// Shared by all requests of one server; the server puts it in context.
#[derive(Clone, Default)]
pub struct RateLimiter {
    counts: Arc<Mutex<Counts>>,
}

/// Entries kept before expired ones are swept out.
const SWEEP_AT: usize = 10_000;

impl RateLimiter {
    /// Counts one request; `false` when it is over the limit.
    pub fn allow(&self, form: &str, client: Option<IpAddr>, now: Instant) -> bool {
        let limit = limit_for(form);
        let Ok(mut counts) = self.counts.lock() else {
            return true;
        };
        if counts.len() >= SWEEP_AT {
            counts.retain(|_, (start, _)| now.duration_since(*start) < limit.window);
        }
        let entry = counts.entry((form.to_owned(), client)).or_insert((now, 0));
        if now.duration_since(entry.0) >= limit.window {
            *entry = (now, 0);
        }
        entry.1 += 1;
        entry.1 <= limit.max
    }
}

/// The client's address as the connection reports it (`None` in tests without a socket).
pub fn client_addr() -> Option<IpAddr> {
    use axum::extract::ConnectInfo;
    use leptos::prelude::use_context;
    use std::net::SocketAddr;
    use_context::<http::request::Parts>()?
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|info| info.0.ip())
}

/// In a server function: refuse with 429 when this client has posted `form` too often.
pub fn check(form: &str) -> Result<(), AppError> {
    let Some(limiter) = leptos::prelude::use_context::<RateLimiter>() else {
        tracing::error!("no rate limiter in context");
        return Err(AppError::Internal);
    };
    if limiter.allow(form, client_addr(), Instant::now()) {
        Ok(())
    } else {
        tracing::warn!(form, client = ?client_addr(), "rate limit reached");
        Err(AppError::RateLimited)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_is_stopped_at_the_limit_and_let_in_again_after_the_window() {
        let limiter = RateLimiter::default();
        let client = Some(IpAddr::from([192, 0, 2, 1]));
        let other = Some(IpAddr::from([192, 0, 2, 2]));
        let t0 = Instant::now();
        for _ in 0..20 {
            assert!(limiter.allow("assessment/start", client, t0));
        }
        assert!(!limiter.allow("assessment/start", client, t0));
        assert!(limiter.allow("assessment/start", other, t0), "per client");
        assert!(limiter.allow("enquiry/submit", client, t0), "per form");
        let later = t0 + Duration::from_secs(10 * 60);
        assert!(limiter.allow("assessment/start", client, later));
    }
}
