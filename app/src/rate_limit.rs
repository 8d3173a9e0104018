//! Rate limits for public forms, per client and form: a fixed window of counts kept in
//! memory. Server only. The limits come from the configuration (`RATE_LIMIT_*` in
//! `server/src/config.rs`); the client is the address the server resolved for the request
//! ([`ClientAddr`]: the socket's peer, or behind a trusted proxy the address it forwards),
//! an IPv6 client counted by its /64 network. At most [`MAX_ENTRIES`] counts are kept, the
//! least recently used dropped first, so a flood of new addresses cannot grow the memory.
//! One server instance counts alone; with several behind a load balancer each allows the
//! limit, which is still a limit.
use crate::error::AppError;
use lru::LruCache;
use std::net::{IpAddr, Ipv6Addr};
use std::num::NonZeroUsize;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// How many requests one client may make to one form in one window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    pub max: u32,
    pub window: Duration,
}

/// The limit of each public form, by the name its server function calls [`check`] with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// `assessment/start` (`RATE_LIMIT_ASSESSMENT_START`).
    pub assessment_start: Limit,
    /// `enquiry/submit` (`RATE_LIMIT_ENQUIRY_SUBMIT`).
    pub enquiry_submit: Limit,
    /// `listing/apply`, an application to the registry (`RATE_LIMIT_LISTING_APPLY`).
    pub listing_apply: Limit,
    /// `listing/logo`, a logo sent from an application's private page
    /// (`RATE_LIMIT_LISTING_LOGO`): apart, so trying pictures that are refused does not use
    /// up the application's own tries.
    pub listing_logo: Limit,
    /// `mentors/sign_up`, a sign-up to the mentor scheme, `mentors/availability` and
    /// `mentors/meeting`, a mentor's changes and meetings through their private link,
    /// `mentors/ask`, a request for a mentor, and `mentorships/agree` and
    /// `mentorships/evaluate`, a side's answers through its links, each counted apart
    /// (`RATE_LIMIT_MENTOR_SIGN_UP`).
    pub mentor_sign_up: Limit,
    /// `staff/sign_in` (`RATE_LIMIT_SIGN_IN`).
    pub sign_in: Limit,
    /// `staff/request_password_reset` (`RATE_LIMIT_RESET_REQUEST`).
    pub reset_request: Limit,
    /// `staff/reset_password`, from a reset or invitation link (`RATE_LIMIT_RESET_PASSWORD`).
    pub reset_password: Limit,
}

impl Limits {
    fn of(&self, form: &str) -> Option<Limit> {
        match form {
            "assessment/start" => Some(self.assessment_start),
            "enquiry/submit" => Some(self.enquiry_submit),
            "listing/apply" => Some(self.listing_apply),
            "listing/logo" => Some(self.listing_logo),
            // One limit, counted apart for each form.
            "mentors/sign_up"
            | "mentors/ask"
            | "mentors/availability"
            | "mentors/meeting"
            | "mentorships/agree"
            | "mentorships/evaluate" => Some(self.mentor_sign_up),
            "staff/sign_in" => Some(self.sign_in),
            "staff/request_password_reset" => Some(self.reset_request),
            "staff/reset_password" => Some(self.reset_password),
            _ => None,
        }
    }
}

/// The client address the server resolved for a request, in its extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientAddr(pub IpAddr);

/// What a client is counted as: its IPv4 address, or the /64 network of its IPv6 address
/// (a subscriber is usually given a whole /64 and may use any address in it).
pub fn counted_as(ip: IpAddr) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V6(v6) => IpAddr::V6(Ipv6Addr::from(u128::from(v6) & (u128::MAX << 64))),
        v4 => v4,
    }
}

/// Counts kept at most: about 120 bytes each (key, count, list links and map slot), some
/// 12 MB when full.
pub const MAX_ENTRIES: usize = 100_000;

/// (form, client) → (window start, requests in the window)
type Counts = LruCache<(&'static str, Option<IpAddr>), (Instant, u32)>;

/// Shared by all requests of one server; the server puts it in context.
#[derive(Clone)]
pub struct RateLimiter {
    limits: Arc<Limits>,
    counts: Arc<Mutex<Counts>>,
}

impl RateLimiter {
    pub fn new(limits: Limits) -> Self {
        Self::keeping(limits, MAX_ENTRIES)
    }

    /// Keeping at most `entries` counts.
    pub fn keeping(limits: Limits, entries: usize) -> Self {
        let entries = NonZeroUsize::new(entries).unwrap_or(NonZeroUsize::MIN);
        Self {
            limits: Arc::new(limits),
            counts: Arc::new(Mutex::new(LruCache::sparse(entries))),
        }
    }

    /// Counts one request; `Ok(false)` when it is over the limit. A form without a limit is
    /// a bug, and an internal error.
    pub fn allow(
        &self,
        form: &'static str,
        client: Option<IpAddr>,
        now: Instant,
    ) -> Result<bool, AppError> {
        let Some(limit) = self.limits.of(form) else {
            tracing::error!(form, "a form without a rate limit");
            return Err(AppError::Internal);
        };
        let key = (form, client.map(counted_as));
        // Nothing panics while the lock is held; should it, the counts are still usable.
        let mut counts = self.counts.lock().unwrap_or_else(PoisonError::into_inner);
        let count = match counts.get_mut(&key) {
            Some((start, count)) if now.duration_since(*start) < limit.window => {
                *count = count.saturating_add(1);
                *count
            }
            Some(expired) => {
                *expired = (now, 1);
                1
            }
            None => {
                counts.push(key, (now, 1));
                1
            }
        };
        Ok(count <= limit.max)
    }
}

/// The client's address as the server resolved it (`None` in tests without a socket).
pub fn client_addr() -> Option<IpAddr> {
    leptos::prelude::use_context::<http::request::Parts>()?
        .extensions
        .get::<ClientAddr>()
        .map(|client| client.0)
}

/// In a server function: refuse with 429 when this client has posted `form` too often.
pub fn check(form: &'static str) -> Result<(), AppError> {
    let Some(limiter) = leptos::prelude::use_context::<RateLimiter>() else {
        tracing::error!("no rate limiter in context");
        return Err(AppError::Internal);
    };
    if limiter.allow(form, client_addr(), Instant::now())? {
        Ok(())
    } else {
        tracing::warn!(form, client = ?client_addr(), "rate limit reached");
        Err(AppError::RateLimited)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEN_MINUTES: Duration = Duration::from_secs(10 * 60);

    fn limits() -> Limits {
        let limit = |max| Limit {
            max,
            window: TEN_MINUTES,
        };
        Limits {
            assessment_start: limit(20),
            enquiry_submit: limit(10),
            listing_apply: limit(10),
            listing_logo: limit(20),
            mentor_sign_up: limit(3),
            sign_in: limit(60),
            reset_request: limit(3),
            reset_password: limit(4),
        }
    }

    fn ip(text: &str) -> Option<IpAddr> {
        Some(text.parse().unwrap())
    }

    #[test]
    fn a_client_is_stopped_at_the_limit_and_let_in_again_after_the_window() {
        let limiter = RateLimiter::new(limits());
        let (client, other) = (ip("192.0.2.1"), ip("192.0.2.2"));
        let t0 = Instant::now();
        let allow = |form, client, at| limiter.allow(form, client, at).unwrap();
        for _ in 0..20 {
            assert!(allow("assessment/start", client, t0));
        }
        assert!(!allow("assessment/start", client, t0));
        assert!(allow("assessment/start", other, t0), "per client");
        assert!(allow("enquiry/submit", client, t0), "per form");
        assert!(!allow("assessment/start", client, t0 + TEN_MINUTES / 2));
        assert!(allow("assessment/start", client, t0 + TEN_MINUTES));
    }

    #[test]
    fn each_form_has_its_own_limit() {
        let limiter = RateLimiter::new(limits());
        let now = Instant::now();
        for (form, max) in [
            ("assessment/start", 20),
            ("enquiry/submit", 10),
            ("staff/sign_in", 60),
            ("staff/request_password_reset", 3),
            ("staff/reset_password", 4),
        ] {
            let allowed = (0..100)
                .filter(|_| limiter.allow(form, ip("192.0.2.1"), now).unwrap())
                .count();
            assert_eq!(allowed, max, "{form}");
        }
        assert_eq!(
            limiter.allow("no/such/form", None, now),
            Err(AppError::Internal)
        );
    }

    #[test]
    fn ipv6_clients_are_counted_by_their_64_network() {
        let counted = |text: &str| counted_as(text.parse().unwrap()).to_string();
        assert_eq!(counted("2001:db8:1:2:3:4:5:6"), "2001:db8:1:2::");
        assert_eq!(counted("2001:db8:1:2::"), "2001:db8:1:2::");
        assert_eq!(counted("192.0.2.1"), "192.0.2.1");
        // An IPv4 client on a dual-stack socket is still the IPv4 client.
        assert_eq!(counted("::ffff:192.0.2.1"), "192.0.2.1");

        let limiter = RateLimiter::new(limits());
        let now = Instant::now();
        for host in 1..=3 {
            let address = ip(&format!("2001:db8:0:1::{host}"));
            assert!(
                limiter
                    .allow("staff/request_password_reset", address, now)
                    .unwrap()
            );
        }
        let same_64 = ip("2001:db8:0:1:ffff::1");
        assert!(
            !limiter
                .allow("staff/request_password_reset", same_64, now)
                .unwrap()
        );
        let next_64 = ip("2001:db8:0:2::1");
        assert!(
            limiter
                .allow("staff/request_password_reset", next_64, now)
                .unwrap()
        );
    }

    #[test]
    fn the_counts_kept_are_bounded_and_the_least_recent_go_first() {
        let limiter = RateLimiter::keeping(limits(), 2);
        let now = Instant::now();
        let reset = "staff/request_password_reset";
        let (a, b, c) = (ip("192.0.2.1"), ip("192.0.2.2"), ip("192.0.2.3"));
        for _ in 0..3 {
            assert!(limiter.allow(reset, a, now).unwrap());
        }
        assert!(!limiter.allow(reset, a, now).unwrap());
        assert!(limiter.allow(reset, b, now).unwrap());
        // a was used more recently than b …
        assert!(!limiter.allow(reset, a, now).unwrap());
        // … so c's count pushes out b's.
        assert!(limiter.allow(reset, c, now).unwrap());
        let counts = limiter.counts.lock().unwrap();
        assert_eq!(counts.len(), 2);
        assert!(counts.contains(&(reset, a)) && !counts.contains(&(reset, b)));
    }
}
