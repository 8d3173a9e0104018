//! Every reference to a municipality or a member of staff becomes a foreign key, so the
//! database itself refuses a row that points nowhere. Rows that already do are settled
//! first: an optional reference to nothing is emptied, a routing rule for nothing is
//! deleted, and an enquiry of a municipality that does not exist stops the upgrade with a
//! message (it cannot be guessed where it belongs).
//!
//! PostgreSQL adds constraints in place. SQLite cannot, so each table is rebuilt from its
//! own `CREATE TABLE` text with the constraints added. Dropping a table that others refer
//! to would delete their rows (`ON DELETE CASCADE` fires, since foreign keys are on and
//! cannot be turned off inside the migration's transaction), so the tables are copied
//! aside and dropped children first, then made again parents first.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend, Statement};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// One reference: table, column, the table referred to (by its `id`), what deleting the
/// referred row does, and whether the column may be empty.
struct Reference {
    table: &'static str,
    column: &'static str,
    to: &'static str,
    on_delete: &'static str,
    nullable: bool,
}

const fn reference(
    table: &'static str,
    column: &'static str,
    to: &'static str,
    on_delete: &'static str,
    nullable: bool,
) -> Reference {
    Reference {
        table,
        column,
        to,
        on_delete,
        nullable,
    }
}

/// Municipalities and staff are never deleted by the app (staff are deactivated); the
/// actions say what a future deletion should do: keep an enquiry's or a log's history
/// without the person, drop a rule that routes to no one.
const REFERENCES: [Reference; 8] = [
    reference(
        "enquiry",
        "municipality_id",
        "municipality",
        "RESTRICT",
        false,
    ),
    reference("enquiry", "assignee_id", "staff_user", "SET NULL", true),
    reference("enquiry_event", "actor_id", "staff_user", "SET NULL", true),
    reference(
        "outbox_email",
        "municipality_id",
        "municipality",
        "RESTRICT",
        true,
    ),
    reference(
        "audit_log",
        "municipality_id",
        "municipality",
        "RESTRICT",
        true,
    ),
    reference("audit_log", "actor_id", "staff_user", "SET NULL", true),
    reference(
        "routing_rule",
        "municipality_id",
        "municipality",
        "CASCADE",
        false,
    ),
    reference(
        "routing_rule",
        "staff_user_id",
        "staff_user",
        "CASCADE",
        false,
    ),
];

/// The SQLite tables rebuilt, parents before children (`enquiry_event` refers to `enquiry`).
const REBUILT: [&str; 5] = [
    "enquiry",
    "enquiry_event",
    "outbox_email",
    "audit_log",
    "routing_rule",
];

fn constraint_name(r: &Reference) -> String {
    format!("fk_{}_{}", r.table, r.column.trim_end_matches("_id"))
}

fn clause(r: &Reference) -> String {
    format!(
        "CONSTRAINT \"{}\" FOREIGN KEY (\"{}\") REFERENCES \"{}\" (\"id\") ON DELETE {}",
        constraint_name(r),
        r.column,
        r.to,
        r.on_delete
    )
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    /// Whole or not at all, on SQLite too.
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        settle_dangling(manager).await?;
        match manager.get_database_backend() {
            DbBackend::Sqlite => rebuild_with_keys(manager).await,
            _ => {
                for r in &REFERENCES {
                    let on_delete = match r.on_delete {
                        "CASCADE" => ForeignKeyAction::Cascade,
                        "SET NULL" => ForeignKeyAction::SetNull,
                        _ => ForeignKeyAction::Restrict,
                    };
                    manager
                        .create_foreign_key(
                            ForeignKey::create()
                                .name(constraint_name(r))
                                .from(Alias::new(r.table), Alias::new(r.column))
                                .to(Alias::new(r.to), Alias::new("id"))
                                .on_delete(on_delete)
                                .to_owned(),
                        )
                        .await?;
                }
                Ok(())
            }
        }
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DbBackend::Sqlite {
            // The constraints are part of the tables' text there; they stay.
            return Ok(());
        }
        for r in &REFERENCES {
            manager
                .drop_foreign_key(
                    ForeignKey::drop()
                        .name(constraint_name(r))
                        .table(Alias::new(r.table))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

/// Empties or deletes what refers to nothing; refuses an enquiry without its municipality.
async fn settle_dangling(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    // What can be settled first, then what cannot: a refusal leaves the rest untouched too.
    let refused = |r: &&Reference| !r.nullable && r.on_delete != "CASCADE";
    let settled = REFERENCES.iter().filter(|r| !refused(r));
    for r in settled.chain(REFERENCES.iter().filter(refused)) {
        let dangling = format!(
            "{col} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {to} WHERE {to}.id = {table}.{col})",
            col = r.column,
            to = r.to,
            table = r.table
        );
        let sql = if r.nullable {
            format!(
                "UPDATE {} SET {} = NULL WHERE {dangling}",
                r.table, r.column
            )
        } else if r.on_delete == "CASCADE" {
            format!("DELETE FROM {} WHERE {dangling}", r.table)
        } else {
            let found = db
                .query_one_raw(Statement::from_string(
                    manager.get_database_backend(),
                    format!("SELECT MIN(id) AS id FROM {} WHERE {dangling}", r.table),
                ))
                .await?
                .and_then(|row| row.try_get::<Option<i32>>("", "id").ok().flatten());
            if let Some(id) = found {
                return Err(DbErr::Migration(format!(
                    "{} {id} refers to {} {} through {}, which does not exist: give it an \
                     existing one, then start again",
                    r.table, r.to, r.column, r.column
                )));
            }
            continue;
        };
        db.execute_unprepared(&sql).await?;
    }
    Ok(())
}

/// What a rebuilt SQLite table must get back: its text, indexes and id counter.
struct Saved {
    table: &'static str,
    create: String,
    indexes: Vec<String>,
    next_id_after: Option<i64>,
}

async fn rebuild_with_keys(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let text = async |sql: &str, table: &str| -> Result<Vec<String>, DbErr> {
        let rows = db
            .query_all_raw(Statement::from_sql_and_values(
                DbBackend::Sqlite,
                sql,
                [table.into()],
            ))
            .await?;
        rows.iter()
            .map(|row| row.try_get::<String>("", "sql"))
            .collect()
    };
    let mut saved = Vec::new();
    for &table in REBUILT.iter().rev() {
        let create = text(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
            table,
        )
        .await?
        .pop()
        .ok_or_else(|| DbErr::Migration(format!("table {table} not found")))?;
        let indexes = text(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            table,
        )
        .await?;
        let next_id_after = db
            .query_one_raw(Statement::from_sql_and_values(
                DbBackend::Sqlite,
                "SELECT seq FROM sqlite_sequence WHERE name = ?",
                [table.into()],
            ))
            .await?
            .map(|row| row.try_get::<i64>("", "seq"))
            .transpose()?;
        db.execute_unprepared(&format!(
            "CREATE TEMP TABLE keep_{table} AS SELECT * FROM {table}; DROP TABLE {table}"
        ))
        .await?;
        saved.push(Saved {
            table,
            create,
            indexes,
            next_id_after,
        });
    }
    for s in saved.iter().rev() {
        let clauses: Vec<String> = REFERENCES
            .iter()
            .filter(|r| r.table == s.table)
            .map(clause)
            .collect();
        let body = s.create.trim_end().strip_suffix(')').ok_or_else(|| {
            DbErr::Migration(format!(
                "unexpected definition of {}: {}",
                s.table, s.create
            ))
        })?;
        let table = s.table;
        db.execute_unprepared(&format!("{body}, {})", clauses.join(", ")))
            .await?;
        db.execute_unprepared(&format!(
            "INSERT INTO {table} SELECT * FROM temp.keep_{table}; DROP TABLE temp.keep_{table}"
        ))
        .await?;
        for index in &s.indexes {
            db.execute_unprepared(index).await?;
        }
        if let Some(seq) = s.next_id_after {
            // Ids of deleted rows are not given out again.
            db.execute_unprepared(&format!(
                "DELETE FROM sqlite_sequence WHERE name = '{table}'; \
                 INSERT INTO sqlite_sequence (name, seq) VALUES ('{table}', {seq})"
            ))
            .await?;
        }
    }
    let broken = db
        .query_all_raw(Statement::from_string(
            DbBackend::Sqlite,
            "PRAGMA foreign_key_check",
        ))
        .await?;
    if !broken.is_empty() {
        return Err(DbErr::Migration(format!(
            "{} rows refer to rows that do not exist",
            broken.len()
        )));
    }
    Ok(())
}
