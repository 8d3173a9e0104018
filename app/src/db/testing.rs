//! Test databases: an in-memory SQLite, or a fresh schema in PostgreSQL, migrated. Used by
//! the integration tests of `app` and `server` through [`db_test!`](crate::db_test).
use migrations::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection};
use std::sync::atomic::{AtomicU32, Ordering};

pub const DEFAULT_TEST_POSTGRES_URL: &str = "postgres://postgres@127.0.0.1:5432/test";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub struct TestDb {
    pub db: DatabaseConnection,
    /// PostgreSQL: the server, the admin connection and the schema to drop afterwards.
    cleanup: Option<Schema>,
}

struct Schema {
    url: String,
    admin: DatabaseConnection,
    name: String,
}

impl TestDb {
    /// A migrated, empty database.
    pub async fn new(backend: Backend) -> Self {
        let test_db = Self::unmigrated(backend).await;
        Migrator::up(&test_db.db, None)
            .await
            .expect("migrations apply");
        test_db
    }

    /// A database with no tables at all.
    pub async fn unmigrated(backend: Backend) -> Self {
        match backend {
            Backend::Sqlite => {
                // One connection that never idles out: each in-memory connection is its own
                // database.
                let mut options = ConnectOptions::new("sqlite::memory:");
                options
                    .max_connections(1)
                    .min_connections(1)
                    .idle_timeout(None)
                    .max_lifetime(None)
                    .sqlx_logging(false);
                let db = Database::connect(options)
                    .await
                    .expect("in-memory SQLite opens");
                Self { db, cleanup: None }
            }
            Backend::Postgres => {
                let url = std::env::var("TEST_POSTGRES_URL")
                    .unwrap_or_else(|_| DEFAULT_TEST_POSTGRES_URL.to_owned());
                let admin = connect_pg(&url, None).await;
                let schema = unique_schema_name();
                admin
                    .execute_unprepared(&format!("CREATE SCHEMA \"{schema}\""))
                    .await
                    .expect("create test schema");
                let db = connect_pg(&url, Some(&schema)).await;
                Self {
                    db,
                    cleanup: Some(Schema {
                        url,
                        admin,
                        name: schema,
                    }),
                }
            }
        }
    }

    /// One more connection pool to the same database, as a second server instance has;
    /// SQLite's in-memory database has only its one connection.
    pub async fn another_pool(&self) -> DatabaseConnection {
        match &self.cleanup {
            Some(schema) => connect_pg(&schema.url, Some(&schema.name)).await,
            None => self.db.clone(),
        }
    }

    /// PostgreSQL: a URL of this database for another process (its schema first in the
    /// search path).
    pub fn postgres_url(&self) -> Option<String> {
        let schema = self.cleanup.as_ref()?;
        let separator = if schema.url.contains('?') { '&' } else { '?' };
        Some(format!(
            "{}{separator}options=-c%20search_path%3D{}",
            schema.url, schema.name
        ))
    }

    /// Drops the PostgreSQL schema. A test that panics leaves its schema behind; the next
    /// test command drops such leftovers (`test_%` schemas) before it runs.
    pub async fn close(self) {
        let _ = self.db.close().await;
        if let Some(Schema {
            admin,
            name: schema,
            ..
        }) = self.cleanup
        {
            let _ = admin
                .execute_unprepared(&format!("DROP SCHEMA IF EXISTS \"{schema}\" CASCADE"))
                .await;
            let _ = admin.close().await;
        }
    }
}

async fn connect_pg(url: &str, schema: Option<&str>) -> DatabaseConnection {
    let mut options = ConnectOptions::new(url.to_owned());
    options.max_connections(2).sqlx_logging(false);
    if let Some(schema) = schema {
        options.set_schema_search_path(schema.to_owned());
    }
    match Database::connect(options).await {
        Ok(db) => db,
        Err(err) => panic!(
            "PostgreSQL is not reachable at {url}: {err}\n\
             The integration tests run on both databases and never skip PostgreSQL. Start it \
             (`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`) or \
             point TEST_POSTGRES_URL at one."
        ),
    }
}

fn unique_schema_name() -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or_default();
    format!(
        "test_{}_{}_{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// Runs a test body once on SQLite and once on PostgreSQL, as two named tests
/// (`name::sqlite`, `name::postgres`). The body sees `db: &DatabaseConnection`.
#[macro_export]
macro_rules! db_test {
    ($name:ident, |$db:ident| $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test]
            async fn sqlite() {
                let test_db =
                    $crate::db::testing::TestDb::new($crate::db::testing::Backend::Sqlite).await;
                {
                    let $db = &test_db.db;
                    $body
                }
                test_db.close().await;
            }

            #[tokio::test]
            async fn postgres() {
                let test_db =
                    $crate::db::testing::TestDb::new($crate::db::testing::Backend::Postgres).await;
                {
                    let $db = &test_db.db;
                    $body
                }
                test_db.close().await;
            }
        }
    };
}
