use sea_orm::entity::prelude::*;

/// One item of an event's programme: when, what, and who speaks.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event_programme_item")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub starts_at: DateTimeUtc,
    pub title: String,
    pub speaker: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub bio: Option<String>,
}

impl ActiveModelBehavior for ActiveModel {}
