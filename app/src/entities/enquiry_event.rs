use sea_orm::entity::prelude::*;

/// Something that happened to an enquiry: created, assigned, status changed, an internal
/// note, or a reply (the only kind the requester sees).
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "enquiry_event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub enquiry_id: i32,
    pub actor_id: Option<i32>,
    pub kind: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub body: Option<String>,
    pub for_requester: bool,
    pub created_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
