use sea_orm::entity::prelude::*;

/// A form posted without JavaScript that had errors: what was typed, where it may not sit
/// in a URL (a requester's personal data), kept for an hour behind a random token so the
/// form can be shown again, filled in. Its errors travel in the URL (`form::post_back`).
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "form_retry")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub form: String,
    #[sea_orm(column_type = "Text")]
    pub values: String,
    pub created_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
