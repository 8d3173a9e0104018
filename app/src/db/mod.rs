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
