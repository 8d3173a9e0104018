use sea_orm::entity::prelude::*;

/// A password-reset link sent by email: single use, expiring, stored as a hash.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "password_reset")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub staff_user_id: i32,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub used_at: Option<DateTimeUtc>,
    #[sea_orm(belongs_to, from = "staff_user_id", to = "id")]
    pub staff_user: HasOne<super::staff_user::Entity>,
}

impl ActiveModelBehavior for ActiveModel {}
