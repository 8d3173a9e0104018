//! The registry's version: one row whose `version` moves with every change to a company or
//! a municipality (triggers, so no write path can forget it), and whose `epoch` tells one
//! database from another. What the registry's pages read repeatedly (a search's count, the
//! municipalities) is cached by the server under this version: exact, on every instance,
//! since a change anywhere moves it before the change is visible.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLES: [&str; 2] = ["company", "municipality"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared(
            "CREATE TABLE registry_version (id INTEGER PRIMARY KEY, \
             epoch BIGINT NOT NULL, version BIGINT NOT NULL)",
        )
        .await?;
        let epoch = match manager.get_database_backend() {
            DbBackend::Postgres => "(random() * 1e15)::bigint",
            _ => "abs(random())",
        };
        db.execute_unprepared(&format!(
            "INSERT INTO registry_version (id, epoch, version) VALUES (1, {epoch}, 0)"
        ))
        .await?;
        const BUMP: &str = "UPDATE registry_version SET version = version + 1 WHERE id = 1";
        match manager.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared(&format!(
                    "CREATE FUNCTION registry_version_bump() RETURNS trigger \
                     LANGUAGE plpgsql AS $$ BEGIN {BUMP}; RETURN NULL; END $$"
                ))
                .await?;
                for table in TABLES {
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {table}_registry_version \
                         AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} \
                         FOR EACH STATEMENT EXECUTE FUNCTION registry_version_bump()"
                    ))
                    .await?;
                }
            }
            _ => {
                for table in TABLES {
                    for event in ["INSERT", "UPDATE", "DELETE"] {
                        let name = format!("{table}_registry_version_{}", event.to_lowercase());
                        db.execute_unprepared(&format!(
                            "CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN {BUMP}; END"
                        ))
                        .await?;
                    }
                }
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DbBackend::Postgres => {
                for table in TABLES {
                    db.execute_unprepared(&format!(
                        "DROP TRIGGER {table}_registry_version ON {table}"
                    ))
                    .await?;
                }
                db.execute_unprepared("DROP FUNCTION registry_version_bump()")
                    .await?;
            }
            _ => {
                for table in TABLES {
                    for event in ["insert", "update", "delete"] {
                        db.execute_unprepared(&format!(
                            "DROP TRIGGER {table}_registry_version_{event}"
                        ))
                        .await?;
                    }
                }
            }
        }
        db.execute_unprepared("DROP TABLE registry_version").await?;
        Ok(())
    }
}
