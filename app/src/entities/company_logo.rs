use sea_orm::entity::prelude::*;

/// A company's logo as the server re-encoded it: PNG, at most `listing::logo::MAX_SIDE`
/// pixels a side, no metadata.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "company_logo")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub company_id: i32,
    #[sea_orm(column_type = "Blob")]
    pub png: Vec<u8>,
    pub width: i32,
    pub height: i32,
    pub updated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
