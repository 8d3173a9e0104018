use sea_orm::entity::prelude::*;

/// The evaluation asked of one side of a completed mentorship; shown to staff only.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mentorship_evaluation")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub mentorship_id: i32,
    /// `mentor` or `enterprise`.
    pub side: String,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub rating: Option<i16>,
    #[sea_orm(column_type = "Text", nullable)]
    pub comment: Option<String>,
    pub answered_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
