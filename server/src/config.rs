//! Configuration from the environment. Every variable has a default that suits a developer
//! on their own machine; see README for the list.
use leptos::config::{LeptosOptions, get_configuration};

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/socialokonomi.db?mode=rwc";

#[derive(Clone, Debug)]
pub struct Config {
    /// `DATABASE_URL`: `sqlite://…?mode=rwc` (default) or `postgres://…`.
    pub database_url: String,
    /// `SEED_DEMO`: write demo data into an empty database (default true).
    pub seed_demo: bool,
    /// `COOKIE_SECURE`: mark cookies `Secure`; set it when served over https (default false).
    pub cookie_secure: bool,
    /// `PUBLIC_URL`: the address people reach the site at, for links in pages and emails
    /// (default `http://` + the listen address).
    pub public_url: String,
    /// `ANSWER_TARGET_DAYS`: business days from an enquiry to its promised answer (default 5).
    pub answer_target_days: u32,
    /// `RETENTION_MONTHS`: closed enquiries are anonymised this long after closing (default 24).
    pub retention_months: u32,
    /// `OUTBOX_DIR`: where outgoing email is written as `.eml` files (default `outbox`).
    pub outbox_dir: String,
    /// `MAIL_FROM`: the sender of outgoing email.
    pub mail_from: String,
    /// `SMTP_URL`: send email through this SMTP server (`smtps://user:pass@host`,
    /// `smtp://host:587?tls=required`); unset, it goes to `OUTBOX_DIR` as `.eml` files.
    pub smtp_url: Option<String>,
    /// `LEPTOS_SITE_ADDR` (default 127.0.0.1:3000), `LEPTOS_SITE_ROOT` and friends.
    pub leptos_options: LeptosOptions,
}

impl Config {
    pub fn from_env() -> Result<Self, String> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let leptos_options = get_configuration(None)
            .map_err(|e| format!("Leptos settings: {e}"))?
            .leptos_options;
        let config = Self {
            database_url: var("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned()),
            seed_demo: parse_flag("SEED_DEMO", var("SEED_DEMO"), true)?,
            cookie_secure: parse_flag("COOKIE_SECURE", var("COOKIE_SECURE"), false)?,
            answer_target_days: match var("ANSWER_TARGET_DAYS") {
                None => 5,
                Some(days) => days
                    .trim()
                    .parse()
                    .ok()
                    .filter(|d| (1..=60).contains(d))
                    .ok_or_else(|| format!("ANSWER_TARGET_DAYS must be 1 to 60, not {days:?}"))?,
            },
            retention_months: match var("RETENTION_MONTHS") {
                None => 24,
                Some(months) => months
                    .trim()
                    .parse()
                    .ok()
                    .filter(|m| (1..=120).contains(m))
                    .ok_or_else(|| format!("RETENTION_MONTHS must be 1 to 120, not {months:?}"))?,
            },
            outbox_dir: var("OUTBOX_DIR").unwrap_or_else(|| "outbox".to_owned()),
            mail_from: var("MAIL_FROM")
                .unwrap_or_else(|| "Socialøkonomi <noreply@socialokonomi.local>".to_owned()),
            public_url: var("PUBLIC_URL")
                .unwrap_or_else(|| format!("http://{}", leptos_options.site_addr)),
            smtp_url: var("SMTP_URL"),
            leptos_options,
        };
        // A mistyped SMTP_URL or MAIL_FROM stops the server now, not the first email later.
        config.email_transport()?;
        Ok(config)
    }

    /// SMTP when `SMTP_URL` is set, else `.eml` files in `OUTBOX_DIR`.
    pub fn email_transport(&self) -> Result<app::email::Transport, String> {
        match &self.smtp_url {
            Some(url) => app::email::Transport::smtp(url, &self.mail_from),
            None => Ok(app::email::Transport::Folder {
                dir: self.outbox_dir.clone().into(),
                from: self.mail_from.clone(),
            }),
        }
    }
}

fn parse_flag(name: &str, value: Option<String>, default: bool) -> Result<bool, String> {
    match value.as_deref().map(str::to_ascii_lowercase).as_deref() {
        None => Ok(default),
        Some("1" | "true" | "yes" | "on") => Ok(true),
        Some("0" | "false" | "no" | "off") => Ok(false),
        Some(other) => Err(format!("{name} must be true or false, not {other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::parse_flag;

    #[test]
    fn flags_accept_common_spellings_and_reject_typos() {
        assert_eq!(parse_flag("X", None, true), Ok(true));
        assert_eq!(parse_flag("X", Some("FALSE".into()), true), Ok(false));
        assert_eq!(parse_flag("X", Some("1".into()), false), Ok(true));
        assert!(parse_flag("X", Some("flase".into()), true).is_err());
    }
}
