//! Staff sessions in the database: a random token in an HttpOnly cookie, its hash in
//! `staff_session`. Any server instance on the same database knows every session.
use super::api::SESSION_HOURS;
use crate::entities::staff_session;
use crate::error::AppError;
use crate::token;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

pub const SESSION_COOKIE: &str = "sid";

/// Starts a session for the user and returns the cookie's token.
pub async fn create(
    db: &impl ConnectionTrait,
    staff_user_id: i32,
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    let token = token::new_token().map_err(|_| AppError::Internal)?;
    staff_session::ActiveModel {
        token_hash: Set(token::hash(&token)),
        staff_user_id: Set(staff_user_id),
        created_at: Set(now),
        expires_at: Set(now + Duration::hours(SESSION_HOURS)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The user id of a live session; `None` for unknown, malformed or expired tokens.
pub async fn user_id(
    db: &impl ConnectionTrait,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<i32>, AppError> {
    if !token::looks_valid(token) {
        return Ok(None);
    }
    let session = staff_session::Entity::find()
        .filter(staff_session::Column::TokenHash.eq(token::hash(token)))
        .filter(staff_session::Column::ExpiresAt.gt(now))
        .one(db)
        .await?;
    Ok(session.map(|s| s.staff_user_id))
}

pub async fn delete(db: &impl ConnectionTrait, token: &str) -> Result<(), AppError> {
    staff_session::Entity::delete_many()
        .filter(staff_session::Column::TokenHash.eq(token::hash(token)))
        .exec(db)
        .await?;
    Ok(())
}

/// Ends every session of a user (password changed or reset, account deactivated).
pub async fn delete_all_of(db: &impl ConnectionTrait, staff_user_id: i32) -> Result<(), AppError> {
    staff_session::Entity::delete_many()
        .filter(staff_session::Column::StaffUserId.eq(staff_user_id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn delete_expired(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
) -> Result<u64, AppError> {
    let result = staff_session::Entity::delete_many()
        .filter(staff_session::Column::ExpiresAt.lte(now))
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}

/// `Set-Cookie` for a new session. `Secure` is added by the server behind https.
pub fn cookie(token: &str) -> String {
    format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}",
        SESSION_HOURS * 3600
    )
}

pub fn clear_cookie() -> String {
    format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0")
}

/// The session token from a `Cookie` header.
pub fn token_from_cookie_header(header: &str) -> Option<&str> {
    header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value)
        .filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cookie_is_http_only_same_site_and_readable_back() {
        let c = cookie("abc");
        assert!(c.starts_with("sid=abc;") && c.contains("HttpOnly") && c.contains("SameSite=Lax"));
        assert_eq!(token_from_cookie_header("lang=da; sid=abc"), Some("abc"));
        assert_eq!(token_from_cookie_header("lang=da; xsid=abc"), None);
        assert_eq!(token_from_cookie_header("sid="), None);
        assert!(clear_cookie().contains("Max-Age=0"));
    }
}
