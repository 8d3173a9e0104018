use sea_orm::entity::prelude::*;

/// A self-assessment in progress, found by the hash of its resume token.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "assessment_draft")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub token_hash: String,
    /// JSON of `assessment::api::DraftAnswers`.
    #[sea_orm(column_type = "Text")]
    pub answers: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
