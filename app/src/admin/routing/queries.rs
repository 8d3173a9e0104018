//! The routing rules' repository: reads and writes of `routing_rule`. Server only.
use super::api::RoutingData;
use crate::account::api::CurrentUser;
use crate::audit::{self, Entry};
use crate::domain::enquiry::Topic;
use crate::entities::{routing_rule, staff_user};
use crate::error::AppError;
use crate::i18n::Msg;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use std::collections::BTreeMap;

/// The default assignee for a topic in a municipality, if a rule names an active one.
pub async fn default_assignee(
    db: &impl ConnectionTrait,
    municipality_id: i32,
    topic: Topic,
) -> Result<Option<staff_user::Model>, AppError> {
    let Some(rule) = routing_rule::Entity::find()
        .filter(routing_rule::Column::MunicipalityId.eq(municipality_id))
        .filter(routing_rule::Column::Topic.eq(topic.code()))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(staff_user::Entity::find_by_id(rule.staff_user_id)
        .filter(staff_user::Column::Active.eq(true))
        .one(db)
        .await?)
}

/// Topic code → staff id of the admin's municipality.
pub async fn rules(
    db: &impl ConnectionTrait,
    municipality_id: i32,
) -> Result<BTreeMap<String, i32>, AppError> {
    Ok(routing_rule::Entity::find()
        .filter(routing_rule::Column::MunicipalityId.eq(municipality_id))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.topic, r.staff_user_id))
        .collect())
}

/// The page's data: every topic with its rule, and the active staff of the municipality.
pub async fn page(
    db: &impl ConnectionTrait,
    municipality_id: i32,
) -> Result<RoutingData, AppError> {
    let rules = rules(db, municipality_id).await?;
    let staff = staff_user::Entity::find()
        .filter(staff_user::Column::MunicipalityId.eq(municipality_id))
        .filter(staff_user::Column::Active.eq(true))
        .all(db)
        .await?;
    Ok(RoutingData {
        topics: Topic::ALL
            .into_iter()
            .map(|t| (t, rules.get(t.code()).copied()))
            .collect(),
        staff: staff.into_iter().map(|u| (u.id, u.display_name)).collect(),
    })
}

/// Replaces the rules of the admin's municipality: topic code → staff id, or nothing.
pub async fn save_rules(
    db: &impl crate::db::Transactional,
    admin: &CurrentUser,
    wanted: &BTreeMap<String, String>,
) -> Result<(), AppError> {
    crate::db::write(db, async |db| {
        // The form's fields are named by topic, so its rules are called here, field by field,
        // rather than declared on a struct; whether the person may be chosen is the database's.
        let mut parsed = BTreeMap::new();
        for (topic, staff) in wanted {
            let topic = Topic::from_code(topic)
                .ok_or_else(|| AppError::invalid("rules", Msg::ErrorChoose))?;
            crate::form::rules::id(staff).map_err(|m| AppError::invalid(topic.code(), m))?;
            let Ok(id) = staff.trim().parse::<i32>() else {
                continue; // empty: nobody
            };
            staff_user::Entity::find_by_id(id)
                .filter(staff_user::Column::MunicipalityId.eq(admin.municipality_id))
                .filter(staff_user::Column::Active.eq(true))
                .one(db)
                .await?
                .ok_or_else(|| AppError::invalid(topic.code(), Msg::ErrorChoose))?;
            parsed.insert(topic.code().to_owned(), id);
        }
        let before = rules(db, admin.municipality_id).await?;
        routing_rule::Entity::delete_many()
            .filter(routing_rule::Column::MunicipalityId.eq(admin.municipality_id))
            .exec(db)
            .await?;
        for (topic, staff_user_id) in &parsed {
            routing_rule::ActiveModel {
                municipality_id: Set(admin.municipality_id),
                topic: Set(topic.clone()),
                staff_user_id: Set(*staff_user_id),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
        audit::record(
            db,
            Entry {
                municipality_id: Some(admin.municipality_id),
                actor_id: Some(admin.id),
                action: "routing_rules.update",
                subject: format!("municipality:{}", admin.municipality_id),
                detail: serde_json::json!({ "before": before, "after": parsed }),
            },
        )
        .await
    })
    .await
}
