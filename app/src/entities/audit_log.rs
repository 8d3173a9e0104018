use sea_orm::entity::prelude::*;

/// One change made by staff (or by the system): who, when, what.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub municipality_id: Option<i32>,
    pub actor_id: Option<i32>,
    /// e.g. `staff.sign_in`, `staff_user.create`.
    pub action: String,
    /// What was changed, e.g. `staff_user:3`.
    pub subject: String,
    /// JSON with the details (before/after where it applies).
    #[sea_orm(column_type = "Text")]
    pub detail: String,
    pub created_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
