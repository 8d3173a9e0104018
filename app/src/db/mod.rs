//! Database access for server functions. Server only.
use crate::error::AppError;
use leptos::prelude::use_context;
pub use sea_orm::DatabaseConnection;

/// The connection the server put in context for this request.
pub fn use_db() -> Result<DatabaseConnection, AppError> {
    use_context::<DatabaseConnection>().ok_or_else(|| {
        tracing::error!("no database connection in context");
        AppError::Internal
    })
}

#[cfg(feature = "test-support")]
pub mod testing;

/// Runs one use case's writes in one transaction: committed when `work` returns `Ok`,
/// rolled back when it returns an error (or panics, or the request is dropped), so a
/// use case that writes several rows leaves all of them or none. Given a transaction,
/// it nests (a savepoint).
///
/// On SQLite the transaction takes the write lock at `BEGIN IMMEDIATE`, waiting up to the
/// busy timeout for another writer. The default (deferred) takes it at the first write:
/// a use case that reads and then writes while another one commits cannot get the lock
/// and fails at once with "database is locked", busy timeout or not, because its reads
/// are already out of date. PostgreSQL ignores the mode.
pub async fn write<T>(
    db: &impl Transactional,
    work: impl AsyncFnOnce(&sea_orm::DatabaseTransaction) -> Result<T, AppError>,
) -> Result<T, AppError> {
    let txn = db
        .begin_with_options(sea_orm::TransactionOptions {
            sqlite_transaction_mode: Some(sea_orm::SqliteTransactionMode::Immediate),
            ..Default::default()
        })
        .await?;
    let out = work(&txn).await?;
    txn.commit().await?;
    Ok(out)
}

/// What a use case that writes several rows takes: the connection, or a transaction to
/// nest in.
pub trait Transactional:
    sea_orm::ConnectionTrait + sea_orm::TransactionTrait<Transaction = sea_orm::DatabaseTransaction>
{
}
impl<T> Transactional for T where
    T: sea_orm::ConnectionTrait
        + sea_orm::TransactionTrait<Transaction = sea_orm::DatabaseTransaction>
{
}
