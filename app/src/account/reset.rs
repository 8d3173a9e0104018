//! Password reset by an emailed link: single use, valid for an hour, stored as a hash.
//! New staff choose their first password the same way, through an invitation.
//! Asking never reveals whether an address has an account. Server only.
use super::{password, session};
use crate::audit::{self, Entry};
use crate::email::{self, Mail, Message};
use crate::entities::{password_reset, staff_user};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::token;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

pub const RESET_VALID_MINUTES: i64 = 60;
/// How long the link in a new member of staff's invitation works.
pub const INVITE_VALID_DAYS: i64 = 7;

pub fn reset_path(token: &str) -> String {
    format!("/staff/reset/{token}")
}

/// Emails a reset link when `email` belongs to an active account; does nothing otherwise.
pub async fn request(
    db: &impl crate::db::Transactional,
    email: &str,
    site_url: &str,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let user = staff_user::Entity::find()
        .filter(staff_user::Column::Email.eq(super::queries::normalise_email(email)))
        .filter(staff_user::Column::Active.eq(true))
        .one(db)
        .await?;
    match user {
        Some(user) => send_reset(db, &user, site_url, lang, now).await,
        None => Ok(()),
    }
}

/// Emails `user` a link to choose a new password, valid for `RESET_VALID_MINUTES`.
pub async fn send_reset(
    db: &impl crate::db::Transactional,
    user: &staff_user::Model,
    site_url: &str,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let valid = Duration::minutes(RESET_VALID_MINUTES);
    let mail = |link: &str| {
        Mail::PasswordReset {
            name: &user.display_name,
            link,
            minutes: RESET_VALID_MINUTES,
        }
        .to(Some(user.municipality_id), &user.email, lang)
    };
    send_link(db, user, valid, mail, site_url, now).await
}

/// A new member of staff has no password: they choose one through this emailed link,
/// valid longer than a reset link since they may not read their email the same day.
pub async fn invite(
    db: &impl crate::db::Transactional,
    user: &staff_user::Model,
    invited_by: &str,
    site_url: &str,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let valid = Duration::days(INVITE_VALID_DAYS);
    let mail = |link: &str| {
        Mail::Invitation {
            name: &user.display_name,
            invited_by,
            link,
            days: INVITE_VALID_DAYS,
        }
        .to(Some(user.municipality_id), &user.email, lang)
    };
    send_link(db, user, valid, mail, site_url, now).await
}

/// Stores a new single-use token for `user` (its hash only) and emails the link in the
/// message `mail` writes around it. Older links of theirs stop working: only the newest
/// email opens the account.
async fn send_link(
    db: &impl crate::db::Transactional,
    user: &staff_user::Model,
    valid: Duration,
    mail: impl Fn(&str) -> Message,
    site_url: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    crate::db::write(db, async |db| {
        revoke_all_of(db, user.id, now).await?;
        let token = token::new_token().map_err(|_| AppError::Internal)?;
        password_reset::ActiveModel {
            token_hash: Set(token::hash(&token)),
            staff_user_id: Set(user.id),
            created_at: Set(now),
            expires_at: Set(now + valid),
            used_at: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?;
        let link = format!("{site_url}{}", reset_path(&token));
        email::enqueue(db, mail(&link), now).await?;
        Ok(())
    })
    .await
}

/// Sets a new password with a reset token, once. Ends the user's sessions, lifts a
/// lockout and kills the user's other links. An unknown, used or expired token, or one of
/// a deactivated account, is "not found".
///
/// The link is spent by one conditional update (unused and unexpired, then used), so of
/// two submissions at once exactly one finds it unused; on PostgreSQL the other waits
/// for the first to commit and then finds it used.
pub async fn complete(
    db: &impl crate::db::Transactional,
    token: &str,
    new_password: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    crate::db::write(db, async |db| {
        if !token::looks_valid(token) {
            return Err(AppError::NotFound);
        }
        let token_hash = token::hash(token);
        let spent = password_reset::Entity::update_many()
            .col_expr(password_reset::Column::UsedAt, Expr::value(Some(now)))
            .filter(password_reset::Column::TokenHash.eq(token_hash.as_str()))
            .filter(password_reset::Column::UsedAt.is_null())
            .filter(password_reset::Column::ExpiresAt.gt(now))
            .exec(db)
            .await?;
        if spent.rows_affected != 1 {
            return Err(AppError::NotFound);
        }
        let reset = password_reset::Entity::find()
            .filter(password_reset::Column::TokenHash.eq(token_hash))
            .one(db)
            .await?
            .ok_or(AppError::NotFound)?;
        password::check_policy(new_password)?;
        let user = staff_user::Entity::find_by_id(reset.staff_user_id)
            .one(db)
            .await?
            .filter(|u| u.active)
            .ok_or(AppError::NotFound)?;
        let (user_id, municipality_id) = (user.id, user.municipality_id);
        let mut active: staff_user::ActiveModel = user.into();
        active.password_hash = Set(Some(password::hash(new_password).await?));
        active.failed_logins = Set(0);
        active.locked_until = Set(None);
        active.update(db).await?;
        revoke_all_of(db, user_id, now).await?;
        session::delete_all_of(db, user_id).await?;
        audit::record(
            db,
            Entry {
                municipality_id: Some(municipality_id),
                actor_id: Some(user_id),
                action: "staff_user.password_reset",
                subject: format!("staff_user:{user_id}"),
                detail: serde_json::json!({}),
            },
        )
        .await
    })
    .await
}

/// Kills every unused link of the user's: marked used at `now`. For a new link, a
/// completed reset, a deactivated account and a changed email address.
pub async fn revoke_all_of(
    db: &impl ConnectionTrait,
    staff_user_id: i32,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    password_reset::Entity::update_many()
        .col_expr(password_reset::Column::UsedAt, Expr::value(Some(now)))
        .filter(password_reset::Column::StaffUserId.eq(staff_user_id))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}
