//! Staff passwords: argon2id with the library's default cost (19 MiB, 2 passes), stored
//! as PHC strings that carry their own parameters, so the cost can rise later.
use crate::error::AppError;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

fn hasher() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::default())
}

pub fn hash(password: &str) -> Result<String, AppError> {
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

pub fn verify(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|parsed| {
            hasher()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Spends the time of one verification, so an unknown email answers as slowly as a known
/// one with a wrong password.
pub fn verify_nothing(password: &str) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let phc = DUMMY.get_or_init(|| hash("not a real password").unwrap_or_default());
    let _ = verify(password, phc);
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

    #[test]
    fn hashes_are_argon2id_salted_and_verify_only_the_right_password() {
        let a = hash("correct horse battery").unwrap();
        let b = hash("correct horse battery").unwrap();
        assert!(a.starts_with("$argon2id$v=19$"), "{a}");
        assert_ne!(a, b, "salted");
        assert!(verify("correct horse battery", &a));
        assert!(!verify("correct horse batterY", &a));
        assert!(!verify("anything", "not a hash"));
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
