//! Connecting, migrating and seeding at start, and what a database must not hold to be
//! served over https.
use app::settings::SiteUrl;
use migrations::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    DbErr, TransactionTrait,
};

/// Connections per instance unless `DATABASE_POOL_SIZE` says otherwise.
pub const DEFAULT_POOL_SIZE: u32 = 10;

/// Opens the pool. SQLite is set up for a server's use, each setting explicit rather than
/// the driver's default: write-ahead logging (readers never wait for the writer),
/// `synchronous=NORMAL` (durable at each checkpoint, safe with WAL), a writer waits up to 5
/// seconds for another instead of failing, and foreign keys are enforced.
pub async fn connect(url: &str, pool_size: u32) -> Result<DatabaseConnection, DbErr> {
    if let Some(path) = sqlite_file(url) {
        // SQLite creates the file (mode=rwc) but not its folder.
        if let Some(dir) = std::path::Path::new(path)
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
        {
            std::fs::create_dir_all(dir)
                .map_err(|e| DbErr::Custom(format!("cannot create {}: {e}", dir.display())))?;
        }
    }
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .sqlx_logging(false)
        .max_connections(pool_size)
        .map_sqlx_sqlite_opts(|sqlite| {
            sqlite
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(std::time::Duration::from_secs(5))
                .foreign_keys(true)
        });
    Database::connect(options).await
}

/// Applies pending migrations, then writes demo data into an empty database if asked.
///
/// Instances that start together on one PostgreSQL database take turns: the first holds a
/// lock while it migrates and seeds, the next finds both done. (A SQLite file is one
/// instance's database.)
pub async fn prepare(db: &DatabaseConnection, seed_demo: bool) -> Result<(), DbErr> {
    let turn = match db.get_database_backend() {
        DbBackend::Postgres => Some(start_turn(db).await?),
        _ => None,
    };
    Migrator::up(db, None).await?;
    if seed_demo && app::seed::seed_demo_if_empty(db).await? {
        tracing::info!("empty database: demo data written");
    }
    if let Some(turn) = turn {
        turn.commit().await?;
    }
    Ok(())
}

/// Waits for this instance's turn to prepare the database: a transaction holding
/// PostgreSQL's advisory lock for the schema (so installations or tests in other schemas
/// of the same database do not wait), released when it ends, or when the process dies.
async fn start_turn(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    let turn = db.begin().await?;
    turn.execute_unprepared(
        "SELECT pg_advisory_xact_lock(hashtext('socialokonomi.prepare:' || current_schema()))",
    )
    .await?;
    Ok(turn)
}

/// Over https the site is public, and README publishes the demo accounts' password: a
/// database that holds any of them is not served there. The message says what to do.
pub async fn refuse_demo_accounts(db: &DatabaseConnection, site: &SiteUrl) -> Result<(), String> {
    if !site.is_https() {
        return Ok(());
    }
    let found = app::seed::demo_accounts(db)
        .await
        .map_err(|e| e.to_string())?;
    if found.is_empty() {
        return Ok(());
    }
    Err(format!(
        "refusing to serve {} (PUBLIC_URL is https): the database holds the demo accounts {}, \
         whose password is published in README. Demo data belongs on a developer's machine \
         over http. Serve a database without them: start production from an empty one \
         (SEED_DEMO is false unless set) and create the first administrator with \
         `server create-admin`",
        site.0,
        found.join(", ")
    ))
}

/// Writes a consistent copy of a SQLite database to the new file `path` while the server
/// runs (`VACUUM INTO`); restoring is putting the copy in the database file's place with
/// the server stopped. PostgreSQL has its own tools (`pg_dump`, `pg_restore`; README).
pub async fn backup(db: &DatabaseConnection, path: &std::path::Path) -> Result<(), String> {
    if db.get_database_backend() != DbBackend::Sqlite {
        return Err("on PostgreSQL, back up with pg_dump (see README, Backup)".to_owned());
    }
    if path.exists() {
        return Err(format!("{} exists: name a new file", path.display()));
    }
    let target = path
        .to_str()
        .ok_or_else(|| format!("{} is not a UTF-8 path", path.display()))?;
    db.execute_unprepared(&format!("VACUUM INTO '{}'", target.replace('\'', "''")))
        .await
        .map(|_| ())
        .map_err(|e| format!("backup failed: {e}"))
}

/// The file path of a `sqlite://path?query` URL, if it names a file.
fn sqlite_file(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next()?;
    (!path.is_empty() && !path.starts_with(":memory:")).then_some(path)
}

#[cfg(test)]
mod tests {
    use super::sqlite_file;

    #[test]
    fn finds_the_file_of_a_sqlite_url() {
        assert_eq!(
            sqlite_file("sqlite://data/x.db?mode=rwc"),
            Some("data/x.db")
        );
        assert_eq!(sqlite_file("sqlite:///tmp/x.db"), Some("/tmp/x.db"));
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(sqlite_file("postgres://localhost/x"), None);
    }
}
