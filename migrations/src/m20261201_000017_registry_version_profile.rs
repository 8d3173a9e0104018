//! A company's public profile also shows its history (`company_event`) and its logo
//! (`company_logo`): changes to those move the registry's version too, so a profile kept
//! under the version (the server's page cache) is never older than its data.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLES: [&str; 2] = ["company_event", "company_logo"];
const EVENTS: [&str; 3] = ["INSERT", "UPDATE", "DELETE"];
const BUMP: &str = "UPDATE registry_version SET version = version + 1 WHERE id = 1";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for table in TABLES {
            match manager.get_database_backend() {
                // The function is migration 16's.
                DbBackend::Postgres => {
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {table}_registry_version \
                         AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} \
                         FOR EACH STATEMENT EXECUTE FUNCTION registry_version_bump()"
                    ))
                    .await?;
                }
                _ => {
                    for event in EVENTS {
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
        for table in TABLES {
            match manager.get_database_backend() {
                DbBackend::Postgres => {
                    db.execute_unprepared(&format!(
                        "DROP TRIGGER {table}_registry_version ON {table}"
                    ))
                    .await?;
                }
                _ => {
                    for event in EVENTS {
                        let name = format!("{table}_registry_version_{}", event.to_lowercase());
                        db.execute_unprepared(&format!("DROP TRIGGER {name}"))
                            .await?;
                    }
                }
            }
        }
        Ok(())
    }
}
