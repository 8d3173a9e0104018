use sea_orm::entity::prelude::*;

/// One mentor with one enterprise (`domain::mentoring::mentorship` for its statuses).
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mentorship")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub municipality_id: i32,
    pub mentor_id: i32,
    pub request_id: i32,
    pub status: String,
    pub period_from: Date,
    pub period_to: Option<Date>,
    #[sea_orm(column_type = "Text")]
    pub goals: String,
    #[sea_orm(unique)]
    pub mentor_token_hash: String,
    #[sea_orm(unique)]
    pub enterprise_token_hash: String,
    pub mentor_confirmed_at: Option<DateTimeUtc>,
    pub enterprise_confirmed_at: Option<DateTimeUtc>,
    pub active_since: Option<Date>,
    #[sea_orm(column_type = "Text", nullable)]
    pub cancel_reason: Option<String>,
    pub ended_at: Option<DateTimeUtc>,
    pub quiet_reminded_at: Option<DateTimeUtc>,
    pub created_by: Option<i32>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
