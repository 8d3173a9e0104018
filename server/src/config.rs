//! Configuration from the environment, in one place: every variable has its one default and
//! its one parse here, and a bad value stops the server at start with a message naming the
//! variable. The defaults suit a developer on their own machine; README lists them all.
//! What app code reads goes into [`Settings`], which the server puts in context and hands to
//! the jobs.
use crate::client_ip::TrustedProxies;
use crate::telemetry::Logging;
use app::email::Transport;
use app::jobs::JobContext;
use app::rate_limit::{Limit, Limits};
use app::settings::{Settings, SiteUrl};
use ipnet::IpNet;
use leptos::config::{LeptosOptions, get_configuration};
use std::collections::HashMap;
use std::net::IpAddr;
use std::path::Path;
use std::time::Duration;

#[derive(Clone, Debug)]
pub struct Config {
    /// `DATABASE_URL`: `sqlite://…?mode=rwc` or `postgres://…`.
    pub database_url: String,
    /// `DATABASE_POOL_SIZE`: connections this instance keeps open (at least 2 on
    /// PostgreSQL, where start-up holds one while migrating on another).
    pub pool_size: u32,
    /// `SEED_DEMO`: write demo data (and the demo accounts, whose password README publishes)
    /// into an empty database; only when asked for (`make run`, the browser tests).
    pub seed_demo: bool,
    /// `RUST_LOG`, `LOG_FORMAT`.
    pub log: Logging,
    /// `SMTP_URL`, else `.eml` files in `OUTBOX_DIR`; both send as `MAIL_FROM`.
    pub email: Transport,
    /// `PUBLIC_URL` (an https one also makes every cookie `Secure`), `ANSWER_TARGET_DAYS`,
    /// `RETENTION_MONTHS`, `SESSION_IDLE_MINUTES`.
    pub settings: Settings,
    /// `RATE_LIMIT_ASSESSMENT_START`, `RATE_LIMIT_ENQUIRY_SUBMIT`, `RATE_LIMIT_LISTING_APPLY`,
    /// `RATE_LIMIT_LISTING_LOGO`, `RATE_LIMIT_SIGN_IN`, `RATE_LIMIT_RESET_REQUEST`,
    /// `RATE_LIMIT_RESET_PASSWORD`: requests per window from one client to each public form.
    pub rate_limits: Limits,
    /// `TRUSTED_PROXIES`: reverse proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: TrustedProxies,
    /// `MAX_REQUESTS_IN_FLIGHT`: requests served at once; more are answered 503 at once
    /// rather than queued without end (`/healthz` and `/readyz` are not counted).
    pub max_in_flight: usize,
    /// `LEPTOS_SITE_ADDR`, `LEPTOS_SITE_ROOT` and friends, which Leptos reads itself.
    pub leptos_options: LeptosOptions,
}

impl Config {
    /// From the process environment.
    pub fn from_env() -> Result<Self, String> {
        let leptos_options = get_configuration(None)
            .map_err(|e| format!("LEPTOS_SITE_ADDR or another LEPTOS_ variable: {e}"))?
            .leptos_options;
        let exe_dir = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(Path::to_path_buf))
            .unwrap_or_default();
        let leptos_options = hashed_files(
            leptos_options,
            std::env::var("LEPTOS_HASH_FILES").ok().as_deref(),
            &exe_dir,
        )?;
        let vars: HashMap<String, String> = std::env::vars_os()
            .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
            .collect();
        Self::from_vars(&vars, leptos_options)
    }

    /// From the given variables; an empty (or blank) variable counts as unset.
    pub fn from_vars(
        vars: &HashMap<String, String>,
        leptos_options: LeptosOptions,
    ) -> Result<Self, String> {
        let var = |name: &str| vars.get(name).map(|v| v.trim()).filter(|v| !v.is_empty());
        let mail_from = var("MAIL_FROM").unwrap_or("Socialøkonomi <noreply@socialokonomi.local>");
        // A mistyped SMTP_URL or MAIL_FROM stops the server now, not the first email later.
        let email = match var("SMTP_URL") {
            Some(url) => Transport::smtp(url, mail_from)?,
            None => Transport::folder(var("OUTBOX_DIR").unwrap_or("outbox"), mail_from)?,
        };
        let site_url = SiteUrl::new(&match var("PUBLIC_URL") {
            None => format!("http://{}", leptos_options.site_addr),
            Some(url) => web_address("PUBLIC_URL", url)?,
        });
        let seed_demo = parse_flag("SEED_DEMO", var("SEED_DEMO"), false)?;
        if seed_demo && site_url.is_https() {
            return Err(format!(
                "SEED_DEMO=true writes demo accounts whose password README publishes; not \
                 with PUBLIC_URL {} (https): leave SEED_DEMO unset in production",
                site_url.0
            ));
        }
        // Cookies are `Secure` exactly when PUBLIC_URL is https; a setting that could say
        // otherwise is refused rather than silently ignored.
        if var("COOKIE_SECURE").is_some() {
            return Err(
                "COOKIE_SECURE is no longer read: cookies are Secure when PUBLIC_URL \
                 is an https:// address; set that and remove COOKIE_SECURE"
                    .to_owned(),
            );
        }
        let database_url = database_url(var("DATABASE_URL"))?;
        let pool_size = number(
            "DATABASE_POOL_SIZE",
            var("DATABASE_POOL_SIZE"),
            crate::database::DEFAULT_POOL_SIZE,
            1000,
        )?;
        if pool_size < 2 && database_url.starts_with("postgres") {
            return Err("DATABASE_POOL_SIZE must be at least 2 with PostgreSQL".to_owned());
        }
        Ok(Self {
            database_url,
            pool_size,
            seed_demo,
            log: Logging {
                filter: log_filter(var("RUST_LOG"))?,
                json: log_format_is_json(var("LOG_FORMAT"))?,
            },
            email,
            settings: Settings {
                site_url,
                answer_target_days: number("ANSWER_TARGET_DAYS", var("ANSWER_TARGET_DAYS"), 5, 60)?,
                retention_months: number("RETENTION_MONTHS", var("RETENTION_MONTHS"), 24, 120)?,
                session_idle_minutes: number(
                    "SESSION_IDLE_MINUTES",
                    var("SESSION_IDLE_MINUTES"),
                    60,
                    24 * 60,
                )?,
            },
            rate_limits: {
                let limit = |name, max| rate_limit(name, var(name), max, minutes(10));
                Limits {
                    // A person starts a handful of self-assessments; a script thousands.
                    assessment_start: limit("RATE_LIMIT_ASSESSMENT_START", 20)?,
                    enquiry_submit: limit("RATE_LIMIT_ENQUIRY_SUBMIT", 10)?,
                    listing_apply: limit("RATE_LIMIT_LISTING_APPLY", 10)?,
                    // Someone may try a few pictures before one is small enough.
                    listing_logo: limit("RATE_LIMIT_LISTING_LOGO", 20)?,
                    mentor_sign_up: limit("RATE_LIMIT_MENTOR_SIGN_UP", 10)?,
                    // Staff behind one office address sign in at the same time in the
                    // morning; guessing one account is stopped by its lockout after 5 wrong
                    // passwords.
                    sign_in: limit("RATE_LIMIT_SIGN_IN", 60)?,
                    reset_request: limit("RATE_LIMIT_RESET_REQUEST", 10)?,
                    reset_password: limit("RATE_LIMIT_RESET_PASSWORD", 10)?,
                }
            },
            trusted_proxies: trusted_proxies(var("TRUSTED_PROXIES"))?,
            max_in_flight: number(
                "MAX_REQUESTS_IN_FLIGHT",
                var("MAX_REQUESTS_IN_FLIGHT"),
                512,
                100_000,
            )? as usize,
            leptos_options,
        })
    }

    /// With every variable at its default (tests, benchmarks).
    pub fn defaults(leptos_options: LeptosOptions) -> Self {
        Self::from_vars(&HashMap::new(), leptos_options).expect("the defaults are valid")
    }

    pub fn job_context(&self) -> JobContext {
        JobContext {
            settings: self.settings.clone(),
            transport: self.email.clone(),
            stopping: app::jobs::Stopping::never(),
        }
    }
}

/// The built files carry their content's hash in their names (`hash-files` in Cargo.toml),
/// so browsers may keep them for a year. Leptos finds the names in the hash file that
/// `cargo leptos build` writes beside the server binary (`hash.txt`), but only when
/// `LEPTOS_HASH_FILES` says so, which cargo-leptos sets for the servers it starts and
/// nobody else does: unset, it is on exactly when that file is there. Asked for without the
/// file, the server would answer every page with a panic, so it does not start.
pub fn hashed_files(
    mut options: LeptosOptions,
    asked: Option<&str>,
    exe_dir: &Path,
) -> Result<LeptosOptions, String> {
    let file = exe_dir.join(&*options.hash_file);
    options.hash_files = match asked.map(str::trim).filter(|v| !v.is_empty()) {
        None => file.is_file(),
        Some(value) => parse_flag("LEPTOS_HASH_FILES", Some(value), false)?,
    };
    if options.hash_files && !file.is_file() {
        return Err(format!(
            "LEPTOS_HASH_FILES is on but {} is missing: copy the hash file that `cargo leptos \
             build` writes beside the server binary along with it",
            file.display()
        ));
    }
    Ok(options)
}

fn database_url(value: Option<&str>) -> Result<String, String> {
    match value {
        None => Ok("sqlite://data/socialokonomi.db?mode=rwc".to_owned()),
        Some(url)
            if ["sqlite:", "postgres://", "postgresql://"]
                .iter()
                .any(|p| url.starts_with(p)) =>
        {
            Ok(url.to_owned())
        }
        Some(other) => Err(format!(
            "DATABASE_URL must start with sqlite: or postgres://, not {other:?}"
        )),
    }
}

fn parse_flag(name: &str, value: Option<&str>, default: bool) -> Result<bool, String> {
    match value.map(str::to_ascii_lowercase).as_deref() {
        None => Ok(default),
        Some("1" | "true" | "yes" | "on") => Ok(true),
        Some("0" | "false" | "no" | "off") => Ok(false),
        Some(other) => Err(format!("{name} must be true or false, not {other:?}")),
    }
}

/// A whole number from 1 to `max`.
fn number(name: &str, value: Option<&str>, default: u32, max: u32) -> Result<u32, String> {
    match value {
        None => Ok(default),
        Some(text) => text
            .parse()
            .ok()
            .filter(|n| (1..=max).contains(n))
            .ok_or_else(|| format!("{name} must be 1 to {max}, not {text:?}")),
    }
}

/// An `http://` or `https://` address with a host.
fn web_address(name: &str, url: &str) -> Result<String, String> {
    let host = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match host {
        Some(host) if !host.trim_end_matches('/').is_empty() => Ok(url.to_owned()),
        _ => Err(format!(
            "{name} must be an http:// or https:// address, not {url:?}"
        )),
    }
}

const fn minutes(n: u64) -> Duration {
    Duration::from_secs(n * 60)
}

/// Requests per window, `MAX/WINDOW`: 1 to 100 000 requests per 1 s to 24 h, the window in
/// seconds, minutes or hours (`20/10m`, `5/30s`, `100/1h`).
fn rate_limit(
    name: &str,
    value: Option<&str>,
    max: u32,
    window: Duration,
) -> Result<Limit, String> {
    let Some(text) = value else {
        return Ok(Limit { max, window });
    };
    let parse = || -> Option<Limit> {
        let (max, window) = text.split_once('/')?;
        let max: u32 = max
            .trim()
            .parse()
            .ok()
            .filter(|n| (1..=100_000).contains(n))?;
        let window = window.trim();
        let unit = match window.chars().last()? {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            _ => return None,
        };
        let count: u64 = window[..window.len() - 1].parse().ok()?;
        let window = Duration::from_secs(count.checked_mul(unit)?);
        (Duration::from_secs(1)..=Duration::from_secs(24 * 3600))
            .contains(&window)
            .then_some(Limit { max, window })
    };
    parse().ok_or_else(|| {
        format!(
            "{name} must be requests per window, 1 to 100000 per 1s to 24h, such as 20/10m \
             (s, m or h), not {text:?}"
        )
    })
}

/// Comma-separated IP addresses and CIDR ranges (`10.0.0.1, 10.1.0.0/16, fd00::/8`).
fn trusted_proxies(value: Option<&str>) -> Result<TrustedProxies, String> {
    let entries = value.unwrap_or_default().split(',').map(str::trim);
    let ranges = entries
        .filter(|entry| !entry.is_empty())
        .map(|entry| {
            entry
                .parse::<IpNet>()
                .or_else(|_| entry.parse::<IpAddr>().map(IpNet::from))
                .map(|range| range.trunc())
                .map_err(|_| {
                    format!(
                        "TRUSTED_PROXIES must be IP addresses or CIDR ranges separated by \
                         commas (10.0.0.1, 10.0.0.0/8, fd00::/8), not {entry:?}"
                    )
                })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(TrustedProxies::new(ranges))
}

fn log_filter(value: Option<&str>) -> Result<String, String> {
    let filter = value.unwrap_or("info,sqlx=warn,sea_orm=warn");
    tracing_subscriber::EnvFilter::try_new(filter)
        .map(|_| filter.to_owned())
        .map_err(|e| format!("RUST_LOG is not a log filter ({e}): {filter:?}"))
}

fn log_format_is_json(value: Option<&str>) -> Result<bool, String> {
    match value.map(str::to_ascii_lowercase).as_deref() {
        None | Some("text") => Ok(false),
        Some("json") => Ok(true),
        Some(other) => Err(format!("LOG_FORMAT must be text or json, not {other:?}")),
    }
}

#[cfg(test)]
mod tests;
