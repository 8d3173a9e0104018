//! Staff passwords: argon2id with the library's default cost (19 MiB, 2 passes), stored
//! as PHC strings that carry their own parameters, so the cost can rise later.
//!
//! Each hash takes tens of milliseconds of one core: it runs on the blocking pool, never on
//! the threads that answer requests, and at most one per core at a time, so a flood of
//! sign-ins queues here while every other page (and `/healthz`) still answers.
use crate::error::AppError;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::LazyLock;
use tokio::sync::Semaphore;

fn hasher() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::default())
}

/// One argon2 computation per core at a time.
static CORES: LazyLock<Semaphore> =
    LazyLock::new(|| Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get())));

/// Runs `work` on the blocking pool once a core is free for it.
async fn on_a_core<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AppError> {
    let _permit = CORES.acquire().await.map_err(|_| AppError::Internal)?;
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|_| AppError::Internal)
}

pub async fn hash(password: &str) -> Result<String, AppError> {
    let password = password.to_owned();
    on_a_core(move || hash_now(&password)).await?
}

/// Whether `password` is the one `phc` was made from.
pub async fn verify(password: &str, phc: &str) -> bool {
    let (password, phc) = (password.to_owned(), phc.to_owned());
    on_a_core(move || verify_now(&password, &phc))
        .await
        .unwrap_or(false)
}

/// Spends the time of one verification, so an unknown email answers as slowly as a known
/// one with a wrong password.
pub async fn verify_nothing(password: &str) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let password = password.to_owned();
    let _ = on_a_core(move || {
        let phc = DUMMY.get_or_init(|| hash_now("not a real password").unwrap_or_default());
        verify_now(&password, phc)
    })
    .await;
}

fn hash_now(password: &str) -> Result<String, AppError> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|_| AppError::Internal)?;
    let salt = SaltString::encode_b64(&salt).map_err(|_| AppError::Internal)?;
    hasher()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|err| {
            tracing::error!(error = %err, "password hashing failed");
            AppError::Internal
        })
}

fn verify_now(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|parsed| {
            hasher()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// The password policy (`api::NewPasswordForm`'s rules) for a password set without the
/// form: the command line's `create-admin`, and again when a reset link is spent.
pub fn check_policy(password: &str) -> Result<(), AppError> {
    let form = super::api::NewPasswordForm {
        password: password.to_owned(),
        repeat: password.to_owned(),
    };
    crate::form::check(&form).map_err(AppError::Invalid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_are_argon2id_salted_and_verify_only_the_right_password() {
        let a = hash("correct horse battery").await.unwrap();
        let b = hash("correct horse battery").await.unwrap();
        assert!(a.starts_with("$argon2id$v=19$"), "{a}");
        assert_ne!(a, b, "salted");
        assert!(verify("correct horse battery", &a).await);
        assert!(!verify("correct horse batterY", &a).await);
        assert!(!verify("anything", "not a hash").await);
    }

    #[test]
    fn the_policy_wants_twelve_to_128_characters() {
        let short = check_policy("short").unwrap_err();
        assert_eq!(
            short.field("password").map(|e| (e.message, e.min, e.max)),
            Some((crate::i18n::Msg::ErrorPasswordLength, Some(12), Some(128)))
        );
        assert!(check_policy("twelve chars").is_ok());
        assert!(check_policy(&"x".repeat(129)).is_err());
        assert!(check_policy("æøåæøåæøåæøå").is_ok(), "counts characters");
    }
}
