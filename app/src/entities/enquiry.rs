use sea_orm::entity::prelude::*;

/// A question to the municipality, from someone without an account.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "enquiry")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub municipality_id: i32,
    #[sea_orm(unique)]
    pub reference: String,
    /// SHA-256 of the token in the requester's private status link.
    #[sea_orm(unique)]
    pub status_token_hash: String,
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
    pub organisation: Option<String>,
    pub cvr: Option<String>,
    pub topic: String,
    #[sea_orm(column_type = "Text")]
    pub message: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub assessment_summary: Option<String>,
    pub status: String,
    pub assignee_id: Option<i32>,
    pub submitted_at: DateTimeUtc,
    pub due_on: Date,
    pub first_answered_at: Option<DateTimeUtc>,
    pub closed_at: Option<DateTimeUtc>,
    pub anonymised_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
