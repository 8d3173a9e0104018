//! The parse of each variable: its default, a good value, and a bad one refused by name.
//! That each setting then takes effect is tested through the app in `server/tests/config.rs`.
use super::{Config, parse_flag};
use crate::client_ip::TrustedProxies;
use app::email::Transport;
use app::rate_limit::{Limit, Limits};
use leptos::config::LeptosOptions;
use std::collections::HashMap;
use std::time::Duration;

fn leptos_options() -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("socialokonomi")
        .build()
}

fn parse(vars: &[(&str, &str)]) -> Result<Config, String> {
    let vars: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    Config::from_vars(&vars, leptos_options())
}

/// The error a bad value gives; it must name the variable.
fn refused(name: &str, value: &str) -> String {
    let err = parse(&[(name, value)]).expect_err(value);
    assert!(err.starts_with(name), "{err}");
    err
}

#[test]
fn every_variable_has_a_default() {
    let config = parse(&[]).unwrap();
    assert_eq!(
        config.database_url,
        "sqlite://data/socialokonomi.db?mode=rwc"
    );
    assert!(!config.seed_demo, "demo accounts only when asked for");
    assert!(!config.settings.site_url.is_https());
    assert_eq!(config.log.filter, "info,sqlx=warn,sea_orm=warn");
    assert!(!config.log.json);
    assert_eq!(config.settings.site_url.0, "http://127.0.0.1:3000");
    assert_eq!(config.settings.answer_target_days, 5);
    assert_eq!(config.settings.retention_months, 24);
    assert_eq!(config.settings.session_idle_minutes, 60);
    assert_eq!(config.max_in_flight, 512);
    assert_eq!(config.pool_size, 10);
    let per_10_minutes = |max| Limit {
        max,
        window: Duration::from_secs(600),
    };
    assert_eq!(
        config.rate_limits,
        Limits {
            assessment_start: per_10_minutes(20),
            enquiry_submit: per_10_minutes(10),
            listing_apply: per_10_minutes(10),
            listing_logo: per_10_minutes(20),
            mentor_sign_up: per_10_minutes(10),
            sign_in: per_10_minutes(60),
            reset_request: per_10_minutes(10),
            reset_password: per_10_minutes(10),
        }
    );
    assert_eq!(config.trusted_proxies, TrustedProxies::default());
    match config.email {
        Transport::Folder { dir, from } => {
            assert_eq!(dir, std::path::PathBuf::from("outbox"));
            assert_eq!(from, "Socialøkonomi <noreply@socialokonomi.local>");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_blank_variable_counts_as_unset() {
    let config = parse(&[("ANSWER_TARGET_DAYS", " "), ("SEED_DEMO", "")]).unwrap();
    assert_eq!(config.settings.answer_target_days, 5);
    assert!(!config.seed_demo);
}

#[test]
fn database_url_takes_sqlite_or_postgres() {
    let url = "postgres://app@db:5432/socialokonomi";
    assert_eq!(parse(&[("DATABASE_URL", url)]).unwrap().database_url, url);
    refused("DATABASE_URL", "mysql://db/x");
}

#[test]
fn flags_accept_common_spellings_and_reject_typos() {
    assert_eq!(parse_flag("X", None, true), Ok(true));
    assert_eq!(parse_flag("X", Some("FALSE"), true), Ok(false));
    assert_eq!(parse_flag("X", Some("1"), false), Ok(true));
    assert!(parse_flag("X", Some("flase"), true).is_err());
}

#[test]
fn seed_demo_is_a_flag() {
    assert!(parse(&[("SEED_DEMO", "true")]).unwrap().seed_demo);
    assert!(parse(&[("SEED_DEMO", "1")]).unwrap().seed_demo);
    assert!(!parse(&[("SEED_DEMO", "FALSE")]).unwrap().seed_demo);
    refused("SEED_DEMO", "flase");
}

#[test]
fn demo_data_is_refused_with_an_https_public_url() {
    let https = ("PUBLIC_URL", "https://socialokonomi.example.dk");
    let err = parse(&[("SEED_DEMO", "true"), https]).unwrap_err();
    assert!(err.starts_with("SEED_DEMO"), "{err}");
    assert!(err.contains("https"), "{err}");
    assert!(parse(&[("SEED_DEMO", "false"), https]).is_ok());
    assert!(
        parse(&[
            ("SEED_DEMO", "true"),
            ("PUBLIC_URL", "http://localhost:3000")
        ])
        .is_ok()
    );
}

#[test]
fn cookie_secure_is_refused_since_an_https_public_url_decides() {
    for value in ["true", "false"] {
        let err = refused("COOKIE_SECURE", value);
        assert!(err.contains("PUBLIC_URL"), "{err}");
    }
    // Blank counts as unset, as for every variable.
    assert!(parse(&[("COOKIE_SECURE", "")]).is_ok());
}

#[test]
fn public_url_defaults_to_the_listen_address_and_must_be_a_web_address() {
    let mut options = leptos_options();
    options.site_addr = "0.0.0.0:8080".parse().unwrap();
    let config = Config::from_vars(&HashMap::new(), options).unwrap();
    assert_eq!(config.settings.site_url.0, "http://0.0.0.0:8080");
    let config = parse(&[("PUBLIC_URL", "https://socialokonomi.example.dk/")]).unwrap();
    assert_eq!(
        config.settings.site_url.0,
        "https://socialokonomi.example.dk"
    );
    assert!(config.settings.site_url.is_https());
    refused("PUBLIC_URL", "socialokonomi.example.dk");
    refused("PUBLIC_URL", "https://");
}

#[test]
fn the_log_filter_and_format_are_checked() {
    let config = parse(&[("RUST_LOG", "debug,hyper=warn"), ("LOG_FORMAT", "JSON")]).unwrap();
    assert_eq!(config.log.filter, "debug,hyper=warn");
    assert!(config.log.json);
    assert!(!parse(&[("LOG_FORMAT", "text")]).unwrap().log.json);
    refused("RUST_LOG", "sqlx=loud");
    refused("LOG_FORMAT", "jsno");
}

#[test]
fn answer_target_days_is_1_to_60() {
    let days = |v| parse(&[("ANSWER_TARGET_DAYS", v)]).map(|c| c.settings.answer_target_days);
    assert_eq!(days("10"), Ok(10));
    assert_eq!(days("60"), Ok(60));
    for bad in ["0", "61", "-1", "ten", "5.5"] {
        let err = refused("ANSWER_TARGET_DAYS", bad);
        assert!(err.contains("1 to 60"), "{err}");
    }
}

#[test]
fn retention_months_is_1_to_120() {
    let months = |v| parse(&[("RETENTION_MONTHS", v)]).map(|c| c.settings.retention_months);
    assert_eq!(months("1"), Ok(1));
    assert_eq!(months("120"), Ok(120));
    refused("RETENTION_MONTHS", "0");
    refused("RETENTION_MONTHS", "121");
}

#[test]
fn session_idle_minutes_is_a_minute_to_a_day() {
    let idle = |v| parse(&[("SESSION_IDLE_MINUTES", v)]).map(|c| c.settings.session_idle_minutes);
    assert_eq!(idle("15"), Ok(15));
    assert_eq!(idle("1440"), Ok(1440));
    refused("SESSION_IDLE_MINUTES", "0");
    refused("SESSION_IDLE_MINUTES", "1441");
}

#[test]
fn the_pool_size_is_at_least_two_on_postgres() {
    let size = |vars: &[(&str, &str)]| parse(vars).map(|c| c.pool_size);
    assert_eq!(size(&[("DATABASE_POOL_SIZE", "1")]), Ok(1), "SQLite");
    let postgres = ("DATABASE_URL", "postgres://localhost/x");
    assert_eq!(size(&[postgres, ("DATABASE_POOL_SIZE", "4")]), Ok(4));
    let err = size(&[postgres, ("DATABASE_POOL_SIZE", "1")]).unwrap_err();
    assert!(err.starts_with("DATABASE_POOL_SIZE"), "{err}");
    refused("DATABASE_POOL_SIZE", "0");
}

#[test]
fn max_requests_in_flight_is_at_least_one() {
    let max = |v| parse(&[("MAX_REQUESTS_IN_FLIGHT", v)]).map(|c| c.max_in_flight);
    assert_eq!(max("2"), Ok(2));
    refused("MAX_REQUESTS_IN_FLIGHT", "0");
    refused("MAX_REQUESTS_IN_FLIGHT", "lots");
}

#[test]
fn email_goes_to_smtp_when_set_else_to_the_outbox_folder() {
    let config = parse(&[
        ("OUTBOX_DIR", "/tmp/mail"),
        ("MAIL_FROM", "Kommunen <post@x.dk>"),
    ])
    .unwrap();
    match config.email {
        Transport::Folder { dir, from } => {
            assert_eq!(dir, std::path::PathBuf::from("/tmp/mail"));
            assert_eq!(from, "Kommunen <post@x.dk>");
        }
        other => panic!("{other:?}"),
    }
    let config = parse(&[("SMTP_URL", "smtps://u:p@smtp.example.dk")]).unwrap();
    assert!(matches!(config.email, Transport::Smtp { .. }));
    refused("SMTP_URL", "http://smtp.example.dk");
    // The sender is checked whichever way email goes.
    refused("MAIL_FROM", "nobody");
    let err = parse(&[
        ("SMTP_URL", "smtps://smtp.example.dk"),
        ("MAIL_FROM", "nobody"),
    ])
    .unwrap_err();
    assert!(err.starts_with("MAIL_FROM"), "{err}");
}

#[test]
fn each_rate_limit_is_requests_per_window() {
    let limit = |name: &str, value| parse(&[(name, value)]).map(|c| c.rate_limits);
    let per = |max, secs| Limit {
        max,
        window: Duration::from_secs(secs),
    };
    assert_eq!(
        limit("RATE_LIMIT_ASSESSMENT_START", "5/30s")
            .unwrap()
            .assessment_start,
        per(5, 30)
    );
    assert_eq!(
        limit("RATE_LIMIT_ENQUIRY_SUBMIT", "3/1h")
            .unwrap()
            .enquiry_submit,
        per(3, 3600)
    );
    assert_eq!(
        limit("RATE_LIMIT_SIGN_IN", " 100 / 15m ").unwrap().sign_in,
        per(100, 900)
    );
    assert_eq!(
        limit("RATE_LIMIT_RESET_REQUEST", "1/24h")
            .unwrap()
            .reset_request,
        per(1, 86_400)
    );
    assert_eq!(
        limit("RATE_LIMIT_RESET_PASSWORD", "100000/1s")
            .unwrap()
            .reset_password,
        per(100_000, 1)
    );
    // One setting leaves the others at their defaults.
    let only_sign_in = limit("RATE_LIMIT_SIGN_IN", "7/1m").unwrap();
    assert_eq!(only_sign_in.assessment_start, per(20, 600));
    for bad in [
        "20",
        "0/10m",
        "100001/10m",
        "20/0s",
        "20/25h",
        "20/10",
        "20/10d",
        "-1/10m",
        "x/10m",
        "20/m",
        "20/10m/2",
        "20/99999999999999999999h",
    ] {
        let err = refused("RATE_LIMIT_SIGN_IN", bad);
        assert!(err.contains("such as 20/10m"), "{err}");
    }
}

#[test]
fn trusted_proxies_are_addresses_and_ranges() {
    let proxies = |value| parse(&[("TRUSTED_PROXIES", value)]).map(|c| c.trusted_proxies);
    let trusted = proxies("10.0.0.1, 172.16.0.0/12,fd00::/8 ,").unwrap();
    for (ip, inside) in [
        ("10.0.0.1", true),
        ("10.0.0.2", false),
        ("172.31.255.255", true),
        ("172.32.0.0", false),
        ("fd00::1", true),
        ("2001:db8::1", false),
    ] {
        assert_eq!(trusted.contains(ip.parse().unwrap()), inside, "{ip}");
    }
    // Host bits in a range are the range.
    assert!(
        proxies("10.1.2.3/8")
            .unwrap()
            .contains("10.200.0.1".parse().unwrap())
    );
    for bad in [
        "proxy.local",
        "10.0.0.0/33",
        "10.0.0.256",
        "10.0.0.1;10.0.0.2",
    ] {
        let err = refused("TRUSTED_PROXIES", bad);
        assert!(err.contains("CIDR"), "{err}");
    }
}

#[test]
fn hashed_file_names_are_used_when_the_hash_file_is_beside_the_server() {
    let dir = std::env::temp_dir().join(format!("hash-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let hashed = |asked| super::hashed_files(leptos_options(), asked, &dir);
    std::fs::remove_file(dir.join("hash.txt")).ok();
    assert!(
        !hashed(None).unwrap().hash_files,
        "no file: the plain names"
    );
    let err = hashed(Some("true")).expect_err("asked for without the file");
    assert!(
        err.starts_with("LEPTOS_HASH_FILES") && err.contains("hash.txt"),
        "{err}"
    );
    std::fs::write(dir.join("hash.txt"), "js: abc\n").unwrap();
    assert!(hashed(None).unwrap().hash_files, "the file is there");
    assert!(
        hashed(Some("")).unwrap().hash_files,
        "blank counts as unset"
    );
    assert!(
        !hashed(Some("false")).unwrap().hash_files,
        "turned off by hand"
    );
    assert!(hashed(Some("maybe")).is_err());
    std::fs::remove_dir_all(&dir).unwrap();
}
