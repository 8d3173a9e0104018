use sea_orm::entity::prelude::*;

/// One installation serves several municipalities (a regional network can share it).
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "municipality")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Official four-digit municipality code, e.g. "0813".
    #[sea_orm(unique)]
    pub code: String,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    pub created_at: DateTimeUtc,
    #[sea_orm(has_many)]
    pub companies: HasMany<super::company::Entity>,
    #[sea_orm(has_many)]
    pub staff: HasMany<super::staff_user::Entity>,
}

impl ActiveModelBehavior for ActiveModel {}
