//! Search through an index, never a scan (issue 10): `search_text` becomes the words a search
//! matches (Danish letters spelt out, accents dropped, see `app::domain::text::search_terms`),
//! indexed by SQLite's FTS5 or PostgreSQL's full text, which both answer prefixes ("kaf"
//! finds "kaffe"). Indexes for the registry's other orders: newest and recently checked.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend, Statement};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let backend = manager.get_database_backend();
        refill_search_text(db, backend).await?;
        match backend {
            DbBackend::Sqlite => {
                // External content: the index keeps only its terms; the triggers keep it in
                // step with every insert, update and delete of `company`.
                for sql in [
                    "CREATE VIRTUAL TABLE company_search USING fts5(search_text, \
                     content='company', content_rowid='id', tokenize='unicode61')",
                    "CREATE TRIGGER company_search_insert AFTER INSERT ON company BEGIN \
                     INSERT INTO company_search (rowid, search_text) VALUES (new.id, new.search_text); END",
                    "CREATE TRIGGER company_search_delete AFTER DELETE ON company BEGIN \
                     INSERT INTO company_search (company_search, rowid, search_text) \
                     VALUES ('delete', old.id, old.search_text); END",
                    "CREATE TRIGGER company_search_update AFTER UPDATE OF search_text ON company BEGIN \
                     INSERT INTO company_search (company_search, rowid, search_text) \
                     VALUES ('delete', old.id, old.search_text); \
                     INSERT INTO company_search (rowid, search_text) VALUES (new.id, new.search_text); END",
                    "INSERT INTO company_search (company_search) VALUES ('rebuild')",
                ] {
                    db.execute_unprepared(sql).await?;
                }
            }
            _ => {
                // 'simple': no stemming and no stop words, as the text is already folded.
                db.execute_unprepared(
                    "ALTER TABLE company ADD COLUMN search_vector tsvector \
                     GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED",
                )
                .await?;
                db.execute_unprepared(
                    "CREATE INDEX idx_company_search ON company USING GIN (search_vector)",
                )
                .await?;
            }
        }
        // The list's three orders within the published entries: a page is read in index
        // order and stops after 20 rows, instead of sorting every match.
        for (name, column) in [
            ("idx_company_listed_at", "listed_at"),
            ("idx_company_checked_at", "rsv_checked_at"),
            ("idx_company_sort_key", "sort_key"),
        ] {
            db.execute_unprepared(&format!(
                "CREATE INDEX {name} ON company (status, {column}, id)"
            ))
            .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for name in [
            "idx_company_listed_at",
            "idx_company_checked_at",
            "idx_company_sort_key",
        ] {
            db.execute_unprepared(&format!("DROP INDEX {name}")).await?;
        }
        match manager.get_database_backend() {
            DbBackend::Sqlite => {
                for sql in [
                    "DROP TRIGGER company_search_insert",
                    "DROP TRIGGER company_search_delete",
                    "DROP TRIGGER company_search_update",
                    "DROP TABLE company_search",
                ] {
                    db.execute_unprepared(sql).await?;
                }
            }
            _ => {
                db.execute_unprepared("ALTER TABLE company DROP COLUMN search_vector")
                    .await?;
            }
        }
        // The old form (lower case) is what the app wrote before; words still match.
        db.execute_unprepared("UPDATE company SET search_text = lower(search_text)")
            .await?;
        Ok(())
    }
}

/// Recomputes every company's `search_text` in the new form.
async fn refill_search_text(
    db: &SchemaManagerConnection<'_>,
    backend: DbBackend,
) -> Result<(), DbErr> {
    let rows = db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT id, name, city, products, description_da, description_en FROM company",
        ))
        .await?;
    let update = match backend {
        DbBackend::Postgres => "UPDATE company SET search_text = $1 WHERE id = $2",
        _ => "UPDATE company SET search_text = ? WHERE id = ?",
    };
    for row in rows {
        let id: i32 = row.try_get("", "id")?;
        let mut text = String::new();
        for column in ["name", "city", "products", "description_da"] {
            text.push_str(&row.try_get::<String>("", column)?);
            text.push(' ');
        }
        text.push_str(
            &row.try_get::<Option<String>>("", "description_en")?
                .unwrap_or_default(),
        );
        db.execute_raw(Statement::from_sql_and_values(
            backend,
            update,
            [search_terms(&text).into(), id.into()],
        ))
        .await?;
    }
    Ok(())
}

/// `app::domain::text::search_terms` as it was when this migration was written: a migration
/// keeps the rule of its day, so it gives the same result however the app changes later.
fn search_terms(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for c in input.chars().flat_map(char::to_lowercase) {
        let spelt = match c {
            'æ' | 'ä' => "ae",
            'ø' | 'ö' => "oe",
            'å' => "aa",
            'ü' => "ue",
            'é' | 'è' | 'ê' | 'ë' => "e",
            'á' | 'à' | 'â' => "a",
            'í' | 'ì' | 'î' | 'ï' => "i",
            'ó' | 'ò' | 'ô' => "o",
            'ú' | 'ù' | 'û' => "u",
            c if c.is_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => {
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
                continue;
            }
        };
        out.push_str(spelt);
    }
    out.trim_end().to_owned()
}
