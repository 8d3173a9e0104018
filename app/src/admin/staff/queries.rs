//! Staff accounts as admins manage them: list, create with an emailed invitation, edit,
//! deactivate, send a new password link. A municipality's admin manages the accounts of
//! their municipality; the installation's administrator every account (they also add
//! municipalities and give a new one its first admin or contact), and only they give the
//! installation role. Every change is audited with before and after. Server only.
use super::api::{StaffEdit, StaffInput, StaffList, StaffRow, ValidStaff, validate};
use crate::account::api::{CurrentUser, Role};
use crate::account::{reset, session};
use crate::audit::{self, Entry};
use crate::entities::{municipality, staff_user};
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use serde_json::json;
use std::collections::HashMap;

/// The municipalities `admin` administers as (id, name), by name.
pub async fn municipalities(
    db: &impl ConnectionTrait,
    admin: &CurrentUser,
) -> Result<Vec<(i32, String)>, AppError> {
    Ok(municipality::Entity::find()
        .order_by_asc(municipality::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .filter(|m| admin.administers(m.id))
        .map(|m| (m.id, m.name))
        .collect())
}

/// The roles `admin` may give: the installation's only by its administrator.
pub fn grantable(admin: &CurrentUser) -> Vec<Role> {
    Role::ALL
        .into_iter()
        .filter(|role| *role != Role::SuperAdmin || admin.role == Role::SuperAdmin)
        .collect()
}

fn row(user: staff_user::Model, names: &HashMap<i32, String>, now: DateTime<Utc>) -> StaffRow {
    StaffRow {
        id: user.id,
        role: Role::from_code(&user.role).unwrap_or(Role::Colleague),
        municipality_name: names
            .get(&user.municipality_id)
            .cloned()
            .unwrap_or_default(),
        municipality_id: user.municipality_id,
        active: user.active,
        locked: user.locked_until.is_some_and(|until| until > now),
        invited: user.password_hash.is_none(),
        display_name: user.display_name,
        email: user.email,
    }
}

pub async fn list(
    db: &impl ConnectionTrait,
    admin: &CurrentUser,
    now: DateTime<Utc>,
) -> Result<StaffList, AppError> {
    let municipalities = municipalities(db, admin).await?;
    let names: HashMap<i32, String> = municipalities.iter().cloned().collect();
    let mut staff: Vec<StaffRow> = staff_user::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .filter(|u| manages(admin, u))
        .map(|u| row(u, &names, now))
        .collect();
    staff.sort_by(|a, b| {
        (&a.municipality_name, &a.display_name, a.id).cmp(&(
            &b.municipality_name,
            &b.display_name,
            b.id,
        ))
    });
    Ok(StaffList {
        staff,
        municipalities,
        roles: grantable(admin),
    })
}

/// Whether `admin` manages `user`'s account: of a municipality they administer, and not
/// the installation's administrator unless they are one.
fn manages(admin: &CurrentUser, user: &staff_user::Model) -> bool {
    admin.administers(user.municipality_id)
        && (user.role != Role::SuperAdmin.code() || admin.role == Role::SuperAdmin)
}

/// An account `admin` manages; any other is not found (its existence is not theirs to know).
async fn find(
    db: &impl ConnectionTrait,
    admin: &CurrentUser,
    id: i32,
) -> Result<staff_user::Model, AppError> {
    staff_user::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|user| manages(admin, user))
        .ok_or(AppError::NotFound)
}

pub async fn get(
    db: &impl ConnectionTrait,
    admin: &CurrentUser,
    id: i32,
    now: DateTime<Utc>,
) -> Result<StaffEdit, AppError> {
    let user = find(db, admin, id).await?;
    let municipalities = municipalities(db, admin).await?;
    let names: HashMap<i32, String> = municipalities.iter().cloned().collect();
    Ok(StaffEdit {
        row: row(user, &names, now),
        municipalities,
        roles: grantable(admin),
        is_self: id == admin.id,
    })
}

/// Checks the form, that the municipality exists and is one `admin` administers, that
/// they may give the role, and that no one else has the email.
async fn checked(
    db: &impl ConnectionTrait,
    admin: &CurrentUser,
    input: &StaffInput,
    except_id: Option<i32>,
) -> Result<ValidStaff, AppError> {
    let valid = validate(input).map_err(AppError::Invalid)?;
    let exists = municipality::Entity::find_by_id(valid.municipality_id)
        .one(db)
        .await?
        .is_some();
    if !exists || !admin.administers(valid.municipality_id) {
        return Err(AppError::invalid("municipality_id", Msg::ErrorChoose));
    }
    if !grantable(admin).contains(&valid.role) {
        return Err(AppError::invalid("role", Msg::ErrorChoose));
    }
    let taken = staff_user::Entity::find()
        .filter(staff_user::Column::Email.eq(valid.email.as_str()))
        .one(db)
        .await?
        .is_some_and(|other| Some(other.id) != except_id);
    if taken {
        return Err(AppError::invalid("email", Msg::ErrorEmailTaken));
    }
    Ok(valid)
}

/// A new member of staff without a password, and an email inviting them to choose one.
pub async fn create(
    db: &impl crate::db::Transactional,
    admin: &CurrentUser,
    input: &StaffInput,
    site_url: &str,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<staff_user::Model, AppError> {
    crate::db::write(db, async |db| {
        let valid = checked(db, admin, input, None).await?;
        let user = crate::account::create_staff_user(
            db,
            valid.municipality_id,
            &valid.email,
            &valid.display_name,
            valid.role,
            None,
            Some(admin.id),
        )
        .await?;
        reset::invite(db, &user, &admin.display_name, site_url, lang, now).await?;
        Ok(user)
    })
    .await
}

/// Name, email, role, municipality and whether the account may sign in. Admins cannot
/// deactivate themselves or give up their own role, so there is always one left.
/// Deactivating (or moving to another role or municipality) ends the user's sessions;
/// deactivating or changing the email kills the links sent for a new password (the
/// old address may no longer be theirs).
pub async fn update(
    db: &impl crate::db::Transactional,
    admin: &CurrentUser,
    id: i32,
    input: &StaffInput,
    active: bool,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    crate::db::write(db, async |db| {
        let user = find(db, admin, id).await?;
        let valid = checked(db, admin, input, Some(id)).await?;
        if id == admin.id && valid.role != admin.role {
            return Err(AppError::invalid("role", Msg::ErrorOwnAccount));
        }
        if id == admin.id && !active {
            return Err(AppError::invalid("active", Msg::ErrorOwnAccount));
        }
        let before = json!({
            "display_name": user.display_name,
            "email": user.email,
            "role": user.role,
            "municipality_id": user.municipality_id,
            "active": user.active,
        });
        let after = json!({
            "display_name": valid.display_name,
            "email": valid.email,
            "role": valid.role.code(),
            "municipality_id": valid.municipality_id,
            "active": active,
        });
        if before == after {
            return Ok(());
        }
        let ends_sessions = !active
            || user.role != valid.role.code()
            || user.municipality_id != valid.municipality_id;
        let kills_links = !active || user.email != valid.email;
        let mut change: staff_user::ActiveModel = user.into();
        change.display_name = Set(valid.display_name);
        change.email = Set(valid.email);
        change.role = Set(valid.role.code().to_owned());
        change.municipality_id = Set(valid.municipality_id);
        change.active = Set(active);
        change.update(db).await?;
        if ends_sessions {
            session::delete_all_of(db, id).await?;
        }
        if kills_links {
            reset::revoke_all_of(db, id, now).await?;
        }
        audit::record(
            db,
            Entry {
                municipality_id: Some(valid.municipality_id),
                actor_id: Some(admin.id),
                action: "staff_user.update",
                subject: format!("staff_user:{id}"),
                detail: json!({ "before": before, "after": after }),
            },
        )
        .await
    })
    .await
}

/// A new invitation (no password yet) or a password reset link (which also lifts a
/// lockout once used). Only for active accounts.
pub async fn send_password_link(
    db: &impl crate::db::Transactional,
    admin: &CurrentUser,
    id: i32,
    site_url: &str,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    crate::db::write(db, async |db| {
        let user = find(db, admin, id).await?;
        if !user.active {
            return Err(AppError::invalid("active", Msg::ErrorAccountInactive));
        }
        if user.password_hash.is_none() {
            reset::invite(db, &user, &admin.display_name, site_url, lang, now).await?;
        } else {
            reset::send_reset(db, &user, site_url, lang, now).await?;
        }
        audit::record(
            db,
            Entry {
                municipality_id: Some(user.municipality_id),
                actor_id: Some(admin.id),
                action: "staff_user.password_link",
                subject: format!("staff_user:{id}"),
                detail: json!({ "invitation": user.password_hash.is_none() }),
            },
        )
        .await
    })
    .await
}
