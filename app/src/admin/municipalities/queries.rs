//! Municipalities as admins manage them: list with their staff and companies, add, rename.
//! The code and the URL name stay as created: registry links and bookmarks use them.
//! Server only.
use super::api::{MunicipalityName, MunicipalityRow, NewMunicipality};
use crate::account::api::CurrentUser;
use crate::audit::{self, Entry};
use crate::domain::text::slugify;
use crate::entities::{company, municipality, staff_user};
use crate::error::AppError;
use crate::i18n::Msg;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};
use serde_json::json;

pub async fn list(db: &impl ConnectionTrait) -> Result<Vec<MunicipalityRow>, AppError> {
    let places = municipality::Entity::find()
        .order_by_asc(municipality::Column::Name)
        .all(db)
        .await?;
    let mut rows = Vec::with_capacity(places.len());
    for m in places {
        let staff = staff_user::Entity::find()
            .filter(staff_user::Column::MunicipalityId.eq(m.id))
            .count(db)
            .await?;
        let companies = company::Entity::find()
            .filter(company::Column::MunicipalityId.eq(m.id))
            .count(db)
            .await?;
        rows.push(MunicipalityRow {
            id: m.id,
            code: m.code,
            name: m.name,
            slug: m.slug,
            staff,
            companies,
        });
    }
    Ok(rows)
}

/// A name no other municipality has (its rules already checked), and its URL name.
async fn free_name(
    db: &impl ConnectionTrait,
    name: &MunicipalityName,
    except_id: Option<i32>,
) -> Result<(String, String), AppError> {
    let name = name.name.trim().to_owned();
    let slug = slugify(&name);
    let taken = municipality::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .filter(|m| Some(m.id) != except_id)
        .any(|m| m.slug == slug || m.name.to_lowercase() == name.to_lowercase());
    if taken {
        return Err(AppError::invalid("name", Msg::ErrorMunicipalityTaken));
    }
    Ok((name, slug))
}

/// A new municipality, audited as `actor_id`'s (none: `server create-admin` on a new
/// installation, before anyone can sign in).
pub async fn create(
    db: &impl crate::db::Transactional,
    actor_id: Option<i32>,
    input: &NewMunicipality,
    now: DateTime<Utc>,
) -> Result<municipality::Model, AppError> {
    crate::db::write(db, async |db| {
        crate::form::check(input).map_err(AppError::Invalid)?;
        let code = input.code.trim().to_owned();
        let (name, slug) = free_name(db, &input.name, None).await?;
        if municipality::Entity::find()
            .filter(municipality::Column::Code.eq(code.as_str()))
            .one(db)
            .await?
            .is_some()
        {
            return Err(AppError::invalid("code", Msg::ErrorMunicipalityTaken));
        }
        let row = municipality::ActiveModel {
            code: Set(code.clone()),
            slug: Set(slug.clone()),
            name: Set(name.clone()),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
        audit::record(
            db,
            Entry {
                municipality_id: Some(row.id),
                actor_id,
                action: "municipality.create",
                subject: format!("municipality:{}", row.id),
                detail: json!({ "code": code, "name": name, "slug": slug }),
            },
        )
        .await?;
        Ok(row)
    })
    .await
}

pub async fn rename(
    db: &impl crate::db::Transactional,
    admin: &CurrentUser,
    id: i32,
    name: &MunicipalityName,
) -> Result<(), AppError> {
    crate::db::write(db, async |db| {
        crate::form::check(name).map_err(AppError::Invalid)?;
        let row = municipality::Entity::find_by_id(id)
            .one(db)
            .await?
            .ok_or(AppError::NotFound)?;
        let (name, _) = free_name(db, name, Some(id)).await?;
        if name == row.name {
            return Ok(());
        }
        let before = row.name.clone();
        let mut change: municipality::ActiveModel = row.into();
        change.name = Set(name.clone());
        change.update(db).await?;
        audit::record(
            db,
            Entry {
                municipality_id: Some(id),
                actor_id: Some(admin.id),
                action: "municipality.rename",
                subject: format!("municipality:{id}"),
                detail: json!({ "before": before, "after": name }),
            },
        )
        .await
    })
    .await
}
