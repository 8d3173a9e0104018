//! Staff accounts: sign-in with lockout, creation. Server only.
use super::api::{CurrentUser, LOCKOUT_MINUTES, MAX_FAILED_LOGINS, Role};
use super::password;
use crate::audit::{self, Entry};
use crate::entities::{municipality, staff_user};
use crate::error::AppError;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;

pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Checks email and password. Wrong passwords count; the fifth in a row locks the account
/// for a while, and a locked account is refused even with the right password. The answer
/// never tells whether the email exists.
pub async fn authenticate(
    db: &impl crate::db::Transactional,
    email: &str,
    password: &str,
    now: DateTime<Utc>,
) -> Result<staff_user::Model, AppError> {
    // Read and verify outside a transaction (argon2 takes a while); only the lockout,
    // which writes two rows, is one.
    let user = staff_user::Entity::find()
        .filter(staff_user::Column::Email.eq(normalise_email(email)))
        .one(db)
        .await?;
    let Some(user) = user.filter(|u| u.active) else {
        password::verify_nothing(password);
        return Err(AppError::BadCredentials);
    };
    if user.locked_until.is_some_and(|until| until > now) {
        return Err(AppError::AccountLocked);
    }
    let right = user
        .password_hash
        .as_deref()
        .is_some_and(|phc| password::verify(password, phc));
    let mut active: staff_user::ActiveModel = user.clone().into();
    if right {
        if user.failed_logins != 0 || user.locked_until.is_some() {
            active.failed_logins = Set(0);
            active.locked_until = Set(None);
            active.update(db).await?;
        }
        return Ok(user);
    }
    let failed = user.failed_logins + 1;
    if failed >= MAX_FAILED_LOGINS {
        active.failed_logins = Set(0);
        active.locked_until = Set(Some(now + Duration::minutes(LOCKOUT_MINUTES)));
        crate::db::write(db, async |db| {
            active.update(db).await?;
            audit::record(
                db,
                Entry {
                    municipality_id: Some(user.municipality_id),
                    actor_id: None,
                    action: "staff_user.locked",
                    subject: format!("staff_user:{}", user.id),
                    detail: json!({ "after_failed_logins": failed }),
                },
            )
            .await
        })
        .await?;
        return Err(AppError::AccountLocked);
    }
    active.failed_logins = Set(failed);
    active.update(db).await?;
    Err(AppError::BadCredentials)
}

/// A new member of staff. Without a password they cannot sign in until they reset it.
pub async fn create_staff_user(
    db: &impl ConnectionTrait,
    municipality_id: i32,
    email: &str,
    display_name: &str,
    role: Role,
    password: Option<&str>,
    actor_id: Option<i32>,
) -> Result<staff_user::Model, AppError> {
    let password_hash = match password {
        Some(password) => {
            password::check_policy(password)?;
            Some(password::hash(password)?)
        }
        None => None,
    };
    let email = normalise_email(email);
    // The staff form checked it already; the command line's `create-admin` did not.
    use crate::{form::rules, i18n::Msg};
    if email.is_empty() || rules::email::<Msg>(&email).is_err() {
        return Err(AppError::invalid("email", Msg::ErrorEmail));
    }
    let user = staff_user::ActiveModel {
        municipality_id: Set(municipality_id),
        email: Set(email.clone()),
        display_name: Set(display_name.trim().to_owned()),
        role: Set(role.code().to_owned()),
        password_hash: Set(password_hash),
        active: Set(true),
        created_at: Set(Utc::now()),
        failed_logins: Set(0),
        locked_until: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    audit::record(
        db,
        Entry {
            municipality_id: Some(municipality_id),
            actor_id,
            action: "staff_user.create",
            subject: format!("staff_user:{}", user.id),
            detail: json!({ "email": email, "role": role.code() }),
        },
    )
    .await?;
    Ok(user)
}

/// The signed-in user as pages see them; `None` when deactivated or unknown.
pub async fn current_user(
    db: &impl ConnectionTrait,
    staff_user_id: i32,
) -> Result<Option<CurrentUser>, AppError> {
    let Some(user) = staff_user::Entity::find_by_id(staff_user_id)
        .one(db)
        .await?
        .filter(|u| u.active)
    else {
        return Ok(None);
    };
    let Some(role) = Role::from_code(&user.role) else {
        tracing::error!(user = user.id, role = %user.role, "unknown role");
        return Ok(None);
    };
    let municipality_name = municipality::Entity::find_by_id(user.municipality_id)
        .one(db)
        .await?
        .map(|m| m.name)
        .unwrap_or_default();
    Ok(Some(CurrentUser {
        id: user.id,
        display_name: user.display_name,
        email: user.email,
        role,
        municipality_id: user.municipality_id,
        municipality_name,
    }))
}
