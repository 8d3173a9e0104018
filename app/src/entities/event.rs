use sea_orm::entity::prelude::*;

/// A network event (`domain::events` for its kinds and statuses). `confirmed` and
/// `waiting` count seats taken and people on the waitlist; registration changes them only
/// under the row's lock.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub municipality_id: i32,
    pub kind: String,
    pub status: String,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    pub venue: String,
    pub address: String,
    pub capacity: i32,
    pub registration_deadline: DateTimeUtc,
    pub stands: i32,
    pub confirmed: i32,
    pub waiting: i32,
    pub created_by: Option<i32>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
