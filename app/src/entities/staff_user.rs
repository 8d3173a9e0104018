use sea_orm::entity::prelude::*;

/// A municipal employee. Roles: `contact` (everything in their municipality), `colleague`
/// (what is routed to them), `admin`.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_user")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub municipality_id: i32,
    #[sea_orm(unique)]
    pub email: String,
    pub display_name: String,
    pub role: String,
    /// argon2id PHC string; `None` until the user has chosen a password.
    pub password_hash: Option<String>,
    pub active: bool,
    pub created_at: DateTimeUtc,
    /// Wrong passwords in a row; reset on success and when the account locks.
    pub failed_logins: i32,
    /// Sign-in refused until then, after too many wrong passwords.
    pub locked_until: Option<DateTimeUtc>,
    #[sea_orm(belongs_to, from = "municipality_id", to = "id")]
    pub municipality: HasOne<super::municipality::Entity>,
}

impl ActiveModelBehavior for ActiveModel {}
