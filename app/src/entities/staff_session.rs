use sea_orm::entity::prelude::*;

/// A signed-in browser. The cookie holds the token; the database only its SHA-256, so a
/// leaked database does not sign anyone in.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_session")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub staff_user_id: i32,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    /// When the session was last used (to the minute): idle too long, it has ended.
    pub last_seen_at: DateTimeUtc,
    #[sea_orm(belongs_to, from = "staff_user_id", to = "id")]
    pub staff_user: HasOne<super::staff_user::Entity>,
}

impl ActiveModelBehavior for ActiveModel {}
