//! The registry's "newest" and "recently checked" orders are `DESC NULLS LAST` (a company
//! never checked comes last). PostgreSQL reads an ascending index backwards only as
//! `DESC NULLS FIRST`, so migration 13's indexes left it sorting every match; these are
//! built in the order the list asks for. SQLite already puts NULL last when descending
//! and keeps its indexes.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

const INDEXES: [(&str, &str); 2] = [
    ("idx_company_listed_at", "listed_at"),
    ("idx_company_checked_at", "rsv_checked_at"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        rebuild(manager, |column| {
            format!("{column} DESC NULLS LAST, id DESC")
        })
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        rebuild(manager, |column| format!("{column}, id")).await
    }
}

/// Each index anew on (status, `order(column)`).
async fn rebuild(manager: &SchemaManager<'_>, order: fn(&str) -> String) -> Result<(), DbErr> {
    if manager.get_database_backend() != DbBackend::Postgres {
        return Ok(());
    }
    let db = manager.get_connection();
    for (name, column) in INDEXES {
        db.execute_unprepared(&format!("DROP INDEX {name}")).await?;
        db.execute_unprepared(&format!(
            "CREATE INDEX {name} ON company (status, {})",
            order(column)
        ))
        .await?;
    }
    Ok(())
}
