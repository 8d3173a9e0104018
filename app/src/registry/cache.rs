//! What the registry's pages read again and again, kept in memory under the registry's
//! version (migration 16: a row that every change to a company or a municipality moves, by
//! trigger): a search's pages, its count and the municipalities. Exact, on every server
//! instance: a change moves the version before it is visible, so nothing is served from
//! before it. Reading the version is one primary-key lookup; a count of 40 000 matches is
//! ~20 ms, and so is a page of them in name order on SQLite (the matches are collected
//! before the name index is walked).
use super::api::CompanyPage;
use crate::entities::municipality;
use crate::error::AppError;
use lru::LruCache;
use sea_orm::{ConnectionTrait, EntityTrait, Statement};
use std::num::NonZeroUsize;
use std::sync::{LazyLock, Mutex};

/// Which database (`epoch`, random per database) and which state of its registry.
pub type Version = (i64, i64);

/// Values kept by search, least recently used dropped first.
type Kept<V> = LazyLock<Mutex<LruCache<(Version, String), V>>>;

/// How many searches' counts are kept.
const COUNTS: usize = 512;
/// How many result pages are kept: 20 companies each, a few kB to some 100 kB.
const PAGES: usize = 256;

static COUNT_CACHE: Kept<u64> =
    LazyLock::new(|| Mutex::new(LruCache::new(NonZeroUsize::new(COUNTS).expect("non-zero"))));
static PAGE_CACHE: Kept<CompanyPage> =
    LazyLock::new(|| Mutex::new(LruCache::new(NonZeroUsize::new(PAGES).expect("non-zero"))));
static MUNICIPALITIES: Mutex<Option<(Version, Vec<municipality::Model>)>> = Mutex::new(None);

/// The registry's version now.
pub async fn version(db: &impl ConnectionTrait) -> Result<Version, AppError> {
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT epoch, version FROM registry_version WHERE id = 1",
        ))
        .await?
        .ok_or_else(|| {
            tracing::error!("registry_version has no row");
            AppError::Internal
        })?;
    Ok((row.try_get("", "epoch")?, row.try_get("", "version")?))
}

/// The municipalities, read once per version.
pub async fn municipalities(
    db: &impl ConnectionTrait,
    at: Version,
) -> Result<Vec<municipality::Model>, AppError> {
    if let Some((seen, list)) = &*lock(&MUNICIPALITIES)
        && *seen == at
    {
        return Ok(list.clone());
    }
    let list = municipality::Entity::find().all(db).await?;
    *lock(&MUNICIPALITIES) = Some((at, list.clone()));
    Ok(list)
}

/// The count of search `key` at `at`, counted by `count` when not kept.
pub async fn count(
    at: Version,
    key: String,
    count: impl AsyncFnOnce() -> Result<u64, AppError>,
) -> Result<u64, AppError> {
    kept(&COUNT_CACHE, (at, key), count).await
}

/// The result page `key` (a search, its order and page) at `at`, read by `read` when not
/// kept.
pub async fn page(
    at: Version,
    key: String,
    read: impl AsyncFnOnce() -> Result<CompanyPage, AppError>,
) -> Result<CompanyPage, AppError> {
    kept(&PAGE_CACHE, (at, key), read).await
}

async fn kept<V: Clone>(
    cache: &Kept<V>,
    key: (Version, String),
    make: impl AsyncFnOnce() -> Result<V, AppError>,
) -> Result<V, AppError> {
    if let Some(value) = lock(cache).get(&key) {
        return Ok(value.clone());
    }
    let value = make().await?;
    lock(cache).put(key, value.clone());
    Ok(value)
}

/// A poisoned lock still holds a usable cache (every write to it is one assignment).
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
