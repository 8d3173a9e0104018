use sea_orm::entity::prelude::*;

/// One change of a company's listing: who (the applicant, a member of staff, or the system
/// when an entry was carried over), which step, from and to which status, and why.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "company_event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub company_id: i32,
    /// `applicant`, `staff` or `system`.
    pub actor: String,
    pub staff_user_id: Option<i32>,
    /// A `domain::listing::Step` code, `carried_over` or `edit`.
    pub step: String,
    pub from_status: Option<String>,
    pub to_status: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub reason: Option<String>,
    pub created_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
