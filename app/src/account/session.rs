//! Staff sessions in the database: a random token in an HttpOnly cookie, its hash in
//! `staff_session`. Any server instance on the same database knows every session.
use super::api::SESSION_HOURS;
use crate::entities::staff_session;
use crate::error::AppError;
use crate::token;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

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
        last_seen_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// How often a session's `last_seen_at` is written: not on every request.
const SEEN_EVERY: Duration = Duration::minutes(1);

/// The user id of a live session; `None` for unknown, malformed or expired tokens, and for
/// a session unused for `idle` (a computer left signed in). A use moves its idle end on.
pub async fn user_id(
    db: &impl ConnectionTrait,
    token: &str,
    idle: Duration,
    now: DateTime<Utc>,
) -> Result<Option<i32>, AppError> {
    if !token::looks_valid(token) {
        return Ok(None);
    }
    let session = staff_session::Entity::find()
        .filter(staff_session::Column::TokenHash.eq(token::hash(token)))
        .filter(staff_session::Column::ExpiresAt.gt(now))
        .filter(staff_session::Column::LastSeenAt.gt(now - idle))
        .one(db)
        .await?;
    let Some(session) = session else {
        return Ok(None);
    };
    if session.last_seen_at <= now - SEEN_EVERY {
        staff_session::Entity::update_many()
            .col_expr(
                staff_session::Column::LastSeenAt,
                sea_orm::sea_query::Expr::value(now),
            )
            .filter(staff_session::Column::Id.eq(session.id))
            .exec(db)
            .await?;
    }
    Ok(Some(session.staff_user_id))
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

/// The session cookie's name. Over https it is `__Host-sid`: a browser keeps a cookie of
/// that name only when it is `Secure`, has `Path=/` and no `Domain`, so neither a page over
/// plain http nor a neighbouring subdomain can plant a session in it. On a developer's
/// machine over http it is `sid`, since a `Secure` cookie would not come back there.
pub fn cookie_name(https: bool) -> &'static str {
    if https { "__Host-sid" } else { "sid" }
}

/// `Set-Cookie` for a new session; `https`: the site is served over https (`PUBLIC_URL`).
pub fn cookie(token: &str, https: bool) -> String {
    format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{}",
        cookie_name(https),
        SESSION_HOURS * 3600,
        secure(https)
    )
}

pub fn clear_cookie(https: bool) -> String {
    format!(
        "{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{}",
        cookie_name(https),
        secure(https)
    )
}

fn secure(https: bool) -> &'static str {
    if https { "; Secure" } else { "" }
}

/// The session token from a `Cookie` header: only the cookie of the name `https` gives (over
/// https a plain `sid`, which anyone could have set, is no session).
pub fn token_from_cookie_header(header: &str, https: bool) -> Option<&str> {
    header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == cookie_name(https))
        .map(|(_, value)| value)
        .filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cookie_is_http_only_same_site_and_readable_back() {
        let c = cookie("abc", false);
        assert!(c.starts_with("sid=abc;") && c.contains("HttpOnly") && c.contains("SameSite=Lax"));
        assert!(!c.contains("Secure"), "plain http on a developer's machine");
        assert_eq!(
            token_from_cookie_header("lang=da; sid=abc", false),
            Some("abc")
        );
        assert_eq!(token_from_cookie_header("lang=da; xsid=abc", false), None);
        assert_eq!(token_from_cookie_header("sid=", false), None);
        assert!(clear_cookie(false).contains("Max-Age=0"));
    }

    #[test]
    fn over_https_the_cookie_is_host_prefixed_and_secure() {
        let c = cookie("abc", true);
        assert!(c.starts_with("__Host-sid=abc;"), "{c}");
        // What a browser demands of a `__Host-` cookie.
        assert!(c.contains("; Secure") && c.contains("; Path=/;"), "{c}");
        assert!(!c.to_ascii_lowercase().contains("domain="), "{c}");
        let cleared = clear_cookie(true);
        assert!(cleared.starts_with("__Host-sid=;") && cleared.contains("; Secure"));
        assert_eq!(
            token_from_cookie_header("lang=da; __Host-sid=abc", true),
            Some("abc")
        );
        assert_eq!(
            token_from_cookie_header("sid=abc", true),
            None,
            "a cookie anyone could set"
        );
        assert_eq!(token_from_cookie_header("__Host-sid=abc", false), None);
    }
}
