use sea_orm::entity::prelude::*;

/// A meeting of a mentorship, logged by staff (`logged_by`) or by the mentor (none).
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mentorship_meeting")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub mentorship_id: i32,
    pub met_on: Date,
    #[sea_orm(column_type = "Text")]
    pub notes: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub next_step: Option<String>,
    pub logged_by: Option<i32>,
    pub created_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
