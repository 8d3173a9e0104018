//! The audit log: every change staff make (and the system's own), with who and when.
//! Server only. Written in the same transaction as the change where there is one.
use crate::entities::audit_log;
use crate::error::AppError;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};

pub struct Entry<'a> {
    pub municipality_id: Option<i32>,
    pub actor_id: Option<i32>,
    pub action: &'a str,
    pub subject: String,
    pub detail: serde_json::Value,
}

pub async fn record(db: &impl ConnectionTrait, entry: Entry<'_>) -> Result<(), AppError> {
    audit_log::ActiveModel {
        municipality_id: Set(entry.municipality_id),
        actor_id: Set(entry.actor_id),
        action: Set(entry.action.to_owned()),
        subject: Set(entry.subject),
        detail: Set(entry.detail.to_string()),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}
