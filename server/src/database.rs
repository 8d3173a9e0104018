//! Connecting, migrating and seeding at start, and what a database must not hold to be
//! served over https.
use app::settings::SiteUrl;
use migrations::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};

pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
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
    options.sqlx_logging(false);
    Database::connect(options).await
}

/// Applies pending migrations, then writes demo data into an empty database if asked.
pub async fn prepare(db: &DatabaseConnection, seed_demo: bool) -> Result<(), DbErr> {
    Migrator::up(db, None).await?;
    if seed_demo && app::seed::seed_demo_if_empty(db).await? {
        tracing::info!("empty database: demo data written");
    }
    Ok(())
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
