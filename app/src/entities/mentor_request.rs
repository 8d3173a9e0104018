use sea_orm::entity::prelude::*;

/// An enterprise asking for a mentor: who asks, the help needed, and where it was asked.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mentor_request")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub municipality_id: i32,
    pub status: String,
    pub name: String,
    pub email: String,
    pub company_name: Option<String>,
    pub cvr: Option<String>,
    pub company_id: Option<i32>,
    pub needs: String,
    pub sector: Option<String>,
    pub language: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub details: String,
    pub source: String,
    pub consent_at: DateTimeUtc,
    pub anonymised_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub matched_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
