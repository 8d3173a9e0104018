use sea_orm::entity::prelude::*;

/// Someone from a local business who offers to mentor social-economy enterprises
/// (`domain::mentoring`: status, expertise, sectors and languages as stored codes).
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mentor")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub municipality_id: i32,
    pub status: String,
    pub name: String,
    pub organisation: String,
    pub role: String,
    pub email: String,
    pub phone: Option<String>,
    pub expertise: String,
    pub sectors: String,
    pub languages: String,
    pub capacity: i32,
    pub available_from: Option<Date>,
    pub available_to: Option<Date>,
    #[sea_orm(column_type = "Text")]
    pub introduction: String,
    pub consent_at: DateTimeUtc,
    #[sea_orm(unique)]
    pub confirm_token_hash: Option<String>,
    pub email_confirmed_at: Option<DateTimeUtc>,
    #[sea_orm(unique)]
    pub private_token_hash: Option<String>,
    pub decided_at: Option<DateTimeUtc>,
    pub decided_by: Option<i32>,
    #[sea_orm(column_type = "Text", nullable)]
    pub decision_reason: Option<String>,
    pub anonymised_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
