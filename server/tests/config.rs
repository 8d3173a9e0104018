//! Each setting takes effect: the server is configured from variables as `Config::from_env`
//! would be, and the test looks where the setting must show (the receipt, the links, the
//! cookies, the outbox, the database, the logs, the listen address). How each value is
//! parsed is tested in `server/src/config/tests.rs`; the anonymise job's cutoff
//! (`RETENTION_MONTHS`) in `jobs.rs`; the `RATE_LIMIT_*` settings and `TRUSTED_PROXIES` in
//! `rate_limits.rs`.
// Only `send` is used here; the app is built from each test's configuration.
mod common;

use app::db_test;
use app::domain::business_days::{add_business_days, danish_date};
use app::domain::dates::format_danish;
use app::entities::{company, enquiry, outbox_email, staff_user};
use app::seed::{DEMO_STAFF, DEMO_STAFF_PASSWORD, seed_demo_if_empty};
use common::process::{Running, answers_healthz, eventually, free_address, server_binary};
use common::{HTTPS_SITE, TestApp, config, scratch_dir};
use http::{StatusCode, header};
use sea_orm::{DatabaseConnection, EntityTrait, PaginatorTrait};
use server::config::Config;
use std::sync::{Arc, Mutex};

/// Sends the public enquiry form to a server with `config`; returns the receipt's text.
async fn enquire(db: &DatabaseConnection, config: &Config) -> String {
    seed_demo_if_empty(db).await.unwrap();
    common::send_enquiry(&TestApp::configured(db, config)).await;
    common::mail::newest_email_to(db, "mette@example.dk")
        .await
        .expect("a receipt")
        .body_text
}

db_test!(answer_target_days_sets_the_promised_date, |db| {
    let receipt = enquire(db, &config(&[("ANSWER_TARGET_DAYS", "10")])).await;
    let row = enquiry::Entity::find().one(db).await.unwrap().unwrap();
    let tenth = add_business_days(danish_date(row.submitted_at), 10);
    assert_eq!(row.due_on, tenth);
    assert!(receipt.contains(&format_danish(tenth)), "{receipt}");
});

db_test!(session_idle_minutes_ends_an_unused_session_sooner, |db| {
    use app::entities::staff_session;
    use sea_orm::sea_query::Expr;
    seed_demo_if_empty(db).await.unwrap();
    let token = common::sign_in(db, "kontakt@frederikshavn.demo.dk").await;
    staff_session::Entity::update_many()
        .col_expr(
            staff_session::Column::LastSeenAt,
            Expr::value(chrono::Utc::now() - chrono::Duration::minutes(6)),
        )
        .exec(db)
        .await
        .unwrap();
    let token = token.as_str();
    let me = |config: Config| async move {
        TestApp::configured(db, &config)
            .with_session(token)
            .post("/api/staff/current", "")
            .await
            .status
    };
    assert_eq!(
        me(config(&[("SESSION_IDLE_MINUTES", "5")])).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        me(config(&[])).await,
        StatusCode::OK,
        "60 minutes by default"
    );
});

db_test!(public_url_writes_the_links, |db| {
    let config = config(&[("PUBLIC_URL", "https://socialokonomi.example.dk/")]);
    let receipt = enquire(db, &config).await;
    assert!(
        receipt.contains("https://socialokonomi.example.dk/enquiry/status/"),
        "{receipt}"
    );
});

async fn language_cookie(db: &DatabaseConnection, config: &Config) -> String {
    let reply = TestApp::configured(db, config)
        .post("/api/set_language", "lang=da")
        .await;
    reply.headers[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_owned()
}

db_test!(an_https_public_url_marks_every_cookie_secure, |db| {
    let plain = language_cookie(db, &config(&[])).await;
    assert!(!plain.contains("Secure"), "{plain}");
    let secure = language_cookie(db, &config(&[("PUBLIC_URL", HTTPS_SITE)])).await;
    assert!(secure.ends_with("; Secure"), "{secure}");
});

/// Signs in Karen (demo staff) on a server with `config`; returns the `Set-Cookie` of the
/// session and the client that signed in.
async fn session_cookie<'a>(db: &'a DatabaseConnection, config: &Config) -> (String, TestApp<'a>) {
    seed_demo_if_empty(db).await.unwrap();
    let client = TestApp::configured(db, config);
    let reply = client
        .post_form(
            "/api/staff/sign_in",
            &[("email", KAREN), ("password", DEMO_STAFF_PASSWORD)],
        )
        .await;
    let cookie = reply
        .headers
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.contains("sid="))
        .unwrap_or_else(|| panic!("a session cookie: {}", reply.body));
    (cookie, client)
}

const KAREN: &str = "kontakt@frederikshavn.demo.dk";

db_test!(
    an_https_public_url_names_the_session_cookie_host_only,
    |db| {
        let (plain, _) = session_cookie(db, &config(&[])).await;
        assert!(
            plain.starts_with("sid=") && !plain.contains("Secure"),
            "{plain}"
        );

        let (cookie, client) = session_cookie(db, &config(&[("PUBLIC_URL", HTTPS_SITE)])).await;
        assert!(cookie.starts_with("__Host-sid="), "{cookie}");
        assert!(cookie.contains("; Path=/;") && cookie.contains("; Secure"));
        assert!(!cookie.to_ascii_lowercase().contains("domain="), "{cookie}");
        let token = cookie["__Host-sid=".len()..].split(';').next().unwrap();
        // The cookie the browser sends back is a session …
        let me = client
            .with_header(header::COOKIE, &format!("lang=da; __Host-sid={token}"))
            .post("/api/staff/current", "")
            .await;
        assert_eq!(me.status, StatusCode::OK, "{}", me.body);
        // … and the same token under the plain name, which a neighbouring site could set, is not.
        let planted = client
            .with_header(header::COOKIE, &format!("sid={token}"))
            .post("/api/staff/current", "")
            .await;
        assert_eq!(planted.status, StatusCode::UNAUTHORIZED);
        // Signing out clears the prefixed cookie, Secure as a browser demands.
        let out = client
            .with_header(header::COOKIE, &format!("__Host-sid={token}"))
            .post("/api/staff/sign_out", "")
            .await;
        let cleared = out.headers[header::SET_COOKIE].to_str().unwrap();
        assert!(
            cleared.starts_with("__Host-sid=;") && cleared.contains("; Secure"),
            "{cleared}"
        );
    }
);

/// Queues one message and runs the send job with the configuration's transport.
async fn send_one(db: &DatabaseConnection, config: &Config) -> outbox_email::Model {
    let now = chrono::Utc::now();
    let message = app::email::Message {
        municipality_id: None,
        to: "mette@example.dk".into(),
        subject: "Kvittering".into(),
        body: "Hej".into(),
    };
    let id = app::email::enqueue(db, message, now).await.unwrap();
    app::jobs::send_email::run(db, now, &config.job_context())
        .await
        .unwrap();
    outbox_email::Entity::find_by_id(id)
        .one(db)
        .await
        .unwrap()
        .unwrap()
}

db_test!(outbox_dir_and_mail_from_make_the_eml, |db| {
    let dir = scratch_dir("outbox");
    let config = config(&[
        ("OUTBOX_DIR", dir.to_str().unwrap()),
        (
            "MAIL_FROM",
            "Frederikshavn Kommune <post@frederikshavn.example.dk>",
        ),
    ]);
    let row = send_one(db, &config).await;
    assert_eq!(row.status, "sent");
    let eml = std::fs::read_to_string(dir.join(format!("{:06}.eml", row.id))).unwrap();
    assert!(
        eml.starts_with("From: Frederikshavn Kommune <post@frederikshavn.example.dk>\r\n"),
        "{eml}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
});

db_test!(smtp_url_sends_through_smtp_instead_of_the_folder, |db| {
    // A port nobody listens on: the attempt fails, and nothing goes to the folder.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = scratch_dir("smtp");
    let config = config(&[
        ("SMTP_URL", &format!("smtp://127.0.0.1:{port}")),
        ("OUTBOX_DIR", dir.to_str().unwrap()),
    ]);
    let row = send_one(db, &config).await;
    assert_eq!((row.status.as_str(), row.attempts), ("pending", 1));
    assert!(row.last_error.is_some());
    assert!(!dir.exists());
});

db_test!(seed_demo_decides_whether_demo_data_is_written, |db| {
    let companies = || company::Entity::find().count(db);
    let staff = || staff_user::Entity::find().count(db);
    // Unset: an empty production database stays empty, without demo accounts.
    server::database::prepare(db, config(&[]).seed_demo)
        .await
        .unwrap();
    assert_eq!((companies().await.unwrap(), staff().await.unwrap()), (0, 0));
    server::database::prepare(db, config(&[("SEED_DEMO", "false")]).seed_demo)
        .await
        .unwrap();
    assert_eq!(companies().await.unwrap(), 0);
    server::database::prepare(db, config(&[("SEED_DEMO", "true")]).seed_demo)
        .await
        .unwrap();
    assert_eq!(
        companies().await.unwrap(),
        app::seed::DEMO_COMPANY_ROWS as u64
    );
    assert_eq!(staff().await.unwrap(), DEMO_STAFF.len() as u64);
});

#[tokio::test]
async fn database_url_names_the_sqlite_file_created_with_its_folder() {
    let dir = scratch_dir("database");
    let file = dir.join("data").join("app.db");
    let url = format!("sqlite://{}?mode=rwc", file.display());
    let config = config(&[("DATABASE_URL", &url), ("SEED_DEMO", "false")]);
    let db = server::database::connect(&config.database_url, config.pool_size)
        .await
        .unwrap();
    server::database::prepare(&db, config.seed_demo)
        .await
        .unwrap();
    db.close().await.unwrap();
    assert!(file.is_file());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A SQLite file is opened with each setting a server needs, explicit.
#[tokio::test]
async fn a_sqlite_file_gets_wal_normal_sync_a_busy_timeout_and_foreign_keys() {
    use sea_orm::{ConnectionTrait, Statement};
    let dir = scratch_dir("pragmas");
    let url = format!("sqlite://{}?mode=rwc", dir.join("app.db").display());
    let db = server::database::connect(&url, 2).await.unwrap();
    let pragma = async |name: &str| {
        let statement = Statement::from_string(db.get_database_backend(), format!("PRAGMA {name}"));
        let row = db.query_one_raw(statement).await.unwrap().unwrap();
        row.try_get_by_index::<String>(0)
            .or_else(|_| row.try_get_by_index::<i64>(0).map(|n| n.to_string()))
            .unwrap()
    };
    assert_eq!(pragma("journal_mode").await, "wal");
    assert_eq!(pragma("synchronous").await, "1", "NORMAL");
    assert_eq!(pragma("busy_timeout").await, "5000");
    assert_eq!(pragma("foreign_keys").await, "1");
    db.close().await.unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Use cases that read and then write, at the same moment on one SQLite file, all succeed
/// and none loses another's write: each waits for the write lock at its start (a deferred
/// transaction would fail at its first write with "database is locked", its reads being
/// out of date by then).
#[tokio::test]
async fn simultaneous_read_then_write_transactions_on_a_sqlite_file_take_turns() {
    use sea_orm::{ConnectionTrait, Statement};
    let dir = scratch_dir("write-turns");
    let url = format!("sqlite://{}?mode=rwc", dir.join("app.db").display());
    let db = server::database::connect(&url, 8).await.unwrap();
    db.execute_unprepared(
        "CREATE TABLE counter (n INTEGER NOT NULL); INSERT INTO counter VALUES (0)",
    )
    .await
    .unwrap();
    let increments = (0..24).map(|_| {
        let db = db.clone();
        tokio::spawn(async move {
            app::db::write(&db, async |txn| {
                let backend = txn.get_database_backend();
                let row = txn
                    .query_one_raw(Statement::from_string(backend, "SELECT n FROM counter"))
                    .await?
                    .expect("one row");
                let n: i64 = row.try_get_by_index(0)?;
                tokio::time::sleep(std::time::Duration::from_millis(2)).await;
                txn.execute_raw(Statement::from_string(
                    backend,
                    format!("UPDATE counter SET n = {}", n + 1),
                ))
                .await?;
                Ok(())
            })
            .await
        })
    });
    for outcome in futures_util::future::join_all(increments).await {
        outcome.unwrap().expect("every write succeeds");
    }
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT n FROM counter",
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.try_get_by_index::<i64>(0).unwrap(), 24);
    db.close().await.unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Where a test's log lines go.
#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Buffer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Buffer {
    /// A subscriber built from `config` that writes here.
    fn subscriber(&self, config: &Config) -> Box<dyn tracing::Subscriber + Send + Sync> {
        let writer = self.clone();
        server::telemetry::subscriber(&config.log, move || writer.clone())
    }

    fn text(&self) -> String {
        String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
    }
}

/// What a subscriber built from `config` writes for one info and one warning.
fn logged(config: &Config) -> String {
    let buffer = Buffer::default();
    tracing::subscriber::with_default(buffer.subscriber(config), || {
        tracing::info!("an info line");
        tracing::warn!("a warning line");
    });
    buffer.text()
}

db_test!(
    a_constraint_error_is_logged_by_its_kind_without_the_values,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let buffer = Buffer::default();
        let _logging = tracing::subscriber::set_default(buffer.subscriber(&config(&[])));
        let (taken, ..) = DEMO_STAFF[0];
        let user = common::staff_by_email(db, taken).await.unwrap();
        let twice = app::account::create_staff_user(
            db,
            user.municipality_id,
            taken,
            "Twice",
            app::account::api::Role::Colleague,
            None,
            None,
        )
        .await;
        assert_eq!(twice.unwrap_err(), app::error::AppError::Internal);
        let log = buffer.text();
        assert!(log.contains("unique constraint violated"), "{log}");
        assert!(!log.contains(taken), "{log}");
    }
);

#[test]
fn rust_log_filters_the_log() {
    let default = logged(&config(&[]));
    assert!(default.contains("an info line") && default.contains("a warning line"));
    let warnings = logged(&config(&[("RUST_LOG", "warn")]));
    assert!(!warnings.contains("an info line") && warnings.contains("a warning line"));
}

#[test]
fn log_format_json_writes_one_object_per_line() {
    let text = logged(&config(&[]));
    assert!(serde_json::from_str::<serde_json::Value>(text.lines().next().unwrap()).is_err());
    let json = logged(&config(&[("LOG_FORMAT", "json")]));
    let lines: Vec<serde_json::Value> = json
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["fields"]["message"], "a warning line");
}

/// The server binary with only these variables set.
#[test]
fn a_bad_value_stops_the_server_at_start_naming_the_variable() {
    for (name, value, says) in [
        (
            "ANSWER_TARGET_DAYS",
            "0",
            "ANSWER_TARGET_DAYS must be 1 to 60, not \"0\"",
        ),
        ("SEED_DEMO", "ja", "SEED_DEMO must be true or false"),
        ("COOKIE_SECURE", "true", "COOKIE_SECURE is no longer read"),
        ("LEPTOS_SITE_ADDR", "localhost", "LEPTOS_SITE_ADDR"),
        ("MAIL_FROM", "nobody", "MAIL_FROM"),
    ] {
        let output = server_binary(&[(name, value)]).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{name}: {stderr}");
        assert!(
            stderr.contains(&format!("configuration: {says}")),
            "{name}: {stderr}"
        );
    }
}

/// The server started as in production: it listens on `LEPTOS_SITE_ADDR`, and its
/// scheduler sends what the outbox held at start to `OUTBOX_DIR`.
#[tokio::test]
async fn the_server_listens_on_leptos_site_addr_and_runs_its_jobs() {
    let dir = scratch_dir("serve");
    let database_url = format!("sqlite://{}?mode=rwc", dir.join("app.db").display());
    let outbox = dir.join("outbox");
    let db = server::database::connect(&database_url, 2).await.unwrap();
    server::database::prepare(&db, false).await.unwrap();
    let message = app::email::Message {
        municipality_id: None,
        to: "mette@example.dk".into(),
        subject: "Kvittering".into(),
        body: "Hej".into(),
    };
    let id = app::email::enqueue(&db, message, chrono::Utc::now())
        .await
        .unwrap();
    db.close().await.unwrap();
    let addr = free_address();
    let _server = Running(
        server_binary(&[
            ("DATABASE_URL", &database_url),
            ("SEED_DEMO", "false"),
            ("LEPTOS_SITE_ADDR", &addr),
            ("OUTBOX_DIR", outbox.to_str().unwrap()),
        ])
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap(),
    );
    eventually("the server answers", async || answers_healthz(&addr).await).await;
    let eml = outbox.join(format!("{id:06}.eml"));
    eventually("the queued email is sent", async || eml.is_file()).await;
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A database written with demo data (by an earlier `make run`, or the old default) is
/// never served over https: the binary stops with the reason and a failing exit code.
#[tokio::test]
async fn an_https_public_url_refuses_to_serve_demo_accounts() {
    let dir = scratch_dir("demo-https");
    let database_url = format!("sqlite://{}?mode=rwc", dir.join("app.db").display());
    let db = server::database::connect(&database_url, 2).await.unwrap();
    server::database::prepare(&db, true).await.unwrap();
    db.close().await.unwrap();
    let mut server = server_binary(&[
        ("DATABASE_URL", &database_url),
        ("PUBLIC_URL", "https://socialokonomi.example.dk"),
        ("LEPTOS_SITE_ADDR", &free_address()),
    ])
    .stdout(std::process::Stdio::piped())
    .stderr(std::process::Stdio::piped())
    .spawn()
    .unwrap();
    let mut stopped = false;
    for _ in 0..600 {
        if server.try_wait().unwrap().is_some() {
            stopped = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    if !stopped {
        let _ = server.kill();
    }
    let output = server.wait_with_output().unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stopped, "still serving demo accounts over https: {said}");
    assert!(!output.status.success(), "{said}");
    assert!(
        said.contains("refusing to serve https://socialokonomi.example.dk")
            && said.contains("admin@demo.socialokonomi.dk"),
        "{said}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
