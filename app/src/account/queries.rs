//! Staff accounts: sign-in with lockout, creation. Server only.
use super::api::{CurrentUser, LOCKOUT_MINUTES, MAX_FAILED_LOGINS, Role};
use super::password;
use crate::audit::{self, Entry};
use crate::entities::{municipality, staff_user};
use crate::error::AppError;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, Set,
};
use serde_json::json;

pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Checks email and password. Wrong passwords count; the fifth in a row locks the account
/// for a while, and a locked account is refused even with the right password. The answer
/// never tells whether the email exists.
///
/// Attempts may arrive at once: each wrong password adds one in the database itself, and
/// the attempt whose count reaches the limit locks the account in the same transaction,
/// which starts the count over. Attempts that find the account locked by then do not
/// count; they are told it is locked.
pub async fn authenticate(
    db: &impl crate::db::Transactional,
    email: &str,
    password: &str,
    now: DateTime<Utc>,
) -> Result<staff_user::Model, AppError> {
    // Read and verify outside a transaction (argon2 takes a while); only the count and the
    // lockout are one.
    let user = staff_user::Entity::find()
        .filter(staff_user::Column::Email.eq(normalise_email(email)))
        .one(db)
        .await?;
    let Some(user) = user.filter(|u| u.active) else {
        password::verify_nothing(password).await;
        return Err(AppError::BadCredentials);
    };
    if user.locked_until.is_some_and(|until| until > now) {
        return Err(AppError::AccountLocked);
    }
    let right = match user.password_hash.as_deref() {
        Some(phc) => password::verify(password, phc).await,
        None => false,
    };
    if right {
        if user.failed_logins != 0 || user.locked_until.is_some() {
            let cleared = staff_user::Entity::update_many()
                .col_expr(staff_user::Column::FailedLogins, Expr::value(0))
                .col_expr(
                    staff_user::Column::LockedUntil,
                    Expr::value(None::<DateTime<Utc>>),
                )
                .filter(staff_user::Column::Id.eq(user.id))
                .filter(not_locked(now))
                .exec(db)
                .await?;
            // Locked by wrong passwords since we read it: the lock holds.
            if cleared.rows_affected == 0 {
                return Err(AppError::AccountLocked);
            }
        }
        return Ok(user);
    }
    // The transaction's answer is the refusal: returning it as an error would roll back
    // the count.
    let refusal = crate::db::write(db, async |db| {
        // One more, unless it got locked since we read it. On PostgreSQL the row stays
        // locked to this transaction from here, so no other attempt counts in between.
        let counted = staff_user::Entity::update_many()
            .col_expr(
                staff_user::Column::FailedLogins,
                Expr::col(staff_user::Column::FailedLogins).add(1),
            )
            .filter(staff_user::Column::Id.eq(user.id))
            .filter(not_locked(now))
            .exec(db)
            .await?;
        if counted.rows_affected == 0 {
            return Ok(AppError::AccountLocked);
        }
        let failed = staff_user::Entity::find_by_id(user.id)
            .one(db)
            .await?
            .ok_or(AppError::BadCredentials)?
            .failed_logins;
        if failed < MAX_FAILED_LOGINS {
            return Ok(AppError::BadCredentials);
        }
        staff_user::Entity::update_many()
            .col_expr(staff_user::Column::FailedLogins, Expr::value(0))
            .col_expr(
                staff_user::Column::LockedUntil,
                Expr::value(Some(now + Duration::minutes(LOCKOUT_MINUTES))),
            )
            .filter(staff_user::Column::Id.eq(user.id))
            .exec(db)
            .await?;
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
        .await?;
        Ok(AppError::AccountLocked)
    })
    .await?;
    Err(refusal)
}

/// The account is not locked at `now` (never was, or the lock ran out).
fn not_locked(now: DateTime<Utc>) -> Condition {
    Condition::any()
        .add(staff_user::Column::LockedUntil.is_null())
        .add(staff_user::Column::LockedUntil.lte(now))
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
            Some(password::hash(password).await?)
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

/// The active member of staff with this email, as signed in (the tests sign in the demo
/// accounts this way).
pub async fn signed_in_by_email(
    db: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<CurrentUser>, AppError> {
    let Some(row) = staff_user::Entity::find()
        .filter(staff_user::Column::Email.eq(email))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    current_user(db, row.id).await
}

/// The municipality's active contacts and admins: who reviews its listings and decides on
/// its mentors, and is told of new ones.
pub async fn reviewers(
    db: &impl ConnectionTrait,
    municipality_id: i32,
) -> Result<Vec<staff_user::Model>, AppError> {
    Ok(staff_user::Entity::find()
        .filter(staff_user::Column::MunicipalityId.eq(municipality_id))
        .filter(staff_user::Column::Role.is_in([Role::Contact.code(), Role::Admin.code()]))
        .filter(staff_user::Column::Active.eq(true))
        .all(db)
        .await?)
}
