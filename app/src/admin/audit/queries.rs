//! Reads the audit log for admins. Server only.
use super::api::{AUDIT_PAGE_SIZE, AuditPage, AuditQuery, AuditRow};
use crate::domain::text::like_escape;
use crate::entities::{audit_log, municipality, staff_user};
use crate::error::AppError;
use sea_orm::sea_query::LikeExpr;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::HashMap;

/// A page of the log of one municipality (`scope`), or of the whole installation (`None`).
pub async fn page(
    db: &impl ConnectionTrait,
    scope: Option<i32>,
    query: &AuditQuery,
) -> Result<AuditPage, AppError> {
    crate::form::check(query).map_err(AppError::Invalid)?;
    let mut select = audit_log::Entity::find();
    if let Some(municipality_id) = scope {
        select = select.filter(audit_log::Column::MunicipalityId.eq(municipality_id));
    }
    if let Some(q) = query.q.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
        let pattern = || LikeExpr::new(format!("%{}%", like_escape(q))).escape('\\');
        select = select.filter(
            Condition::any()
                .add(audit_log::Column::Action.like(pattern()))
                .add(audit_log::Column::Subject.like(pattern())),
        );
    }
    if let Some(before) = query.before {
        select = select.filter(audit_log::Column::Id.lt(before));
    }
    // One more than a page tells whether there is an older page.
    let mut rows = select
        .order_by_desc(audit_log::Column::Id)
        .limit(AUDIT_PAGE_SIZE + 1)
        .all(db)
        .await?;
    let older = (rows.len() as u64 > AUDIT_PAGE_SIZE).then(|| {
        rows.truncate(AUDIT_PAGE_SIZE as usize);
        rows.last().map(|r| r.id).unwrap_or_default()
    });
    let staff: HashMap<i32, String> = staff_user::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let places: HashMap<i32, String> = municipality::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.id, m.name))
        .collect();
    let rows = rows
        .into_iter()
        .map(|r| AuditRow {
            id: r.id,
            at: r.created_at.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
            actor: r.actor_id.and_then(|id| staff.get(&id).cloned()),
            municipality: r.municipality_id.and_then(|id| places.get(&id).cloned()),
            action: r.action,
            subject: r.subject,
            detail: r.detail,
        })
        .collect();
    Ok(AuditPage { rows, older })
}
