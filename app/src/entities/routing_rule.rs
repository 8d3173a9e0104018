use sea_orm::entity::prelude::*;

/// A municipality's default member of staff for enquiries on one topic.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "routing_rule")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub municipality_id: i32,
    pub topic: String,
    pub staff_user_id: i32,
}

impl ActiveModelBehavior for ActiveModel {}
