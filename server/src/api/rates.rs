//! The discount-rate table, read from the database at most once a minute: every check needs
//! it, and staff changes it a few times a year.
use app::domain::eligibility::rates::DiscountRate;
use app::error::AppError;
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::RwLock;

const MAX_AGE: Duration = Duration::from_secs(60);

/// The rows and when they were read.
type Loaded = (Instant, Arc<Vec<DiscountRate>>);

#[derive(Clone, Default)]
pub struct RateCache {
    inner: Arc<RwLock<Option<Loaded>>>,
}

impl RateCache {
    pub async fn get(&self, db: &DatabaseConnection) -> Result<Arc<Vec<DiscountRate>>, AppError> {
        if let Some((loaded, rates)) = self.inner.read().await.as_ref()
            && loaded.elapsed() < MAX_AGE
        {
            return Ok(rates.clone());
        }
        let rates = Arc::new(app::admin::rates::discount_rates(db).await?);
        *self.inner.write().await = Some((Instant::now(), rates.clone()));
        Ok(rates)
    }
}
