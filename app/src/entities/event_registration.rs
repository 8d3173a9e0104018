use sea_orm::entity::prelude::*;

/// Someone registered for an event: confirmed, on the waitlist (in order of `id`) or
/// cancelled; a stand asked for (`stand_status`: none, asked, confirmed, declined).
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event_registration")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub status: String,
    pub name: String,
    pub email: String,
    pub organisation: Option<String>,
    pub cvr: Option<String>,
    pub company_id: Option<i32>,
    #[sea_orm(column_type = "Text", nullable)]
    pub needs: Option<String>,
    pub stand_wanted: bool,
    #[sea_orm(column_type = "Text", nullable)]
    pub stand_note: Option<String>,
    pub stand_status: String,
    #[sea_orm(unique)]
    pub cancel_token_hash: String,
    pub reminded_at: Option<DateTimeUtc>,
    pub checked_in_at: Option<DateTimeUtc>,
    pub consent_at: DateTimeUtc,
    pub anonymised_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
