use sea_orm::entity::prelude::*;

/// Danmarks Nationalbank's discount rate from a date on (see `domain::eligibility::rates`).
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "discount_rate")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub effective_from: Date,
    /// In 1/10 000 of a percentage point: 1.60 % is 16 000.
    pub rate_units: i64,
    /// `confirmed` or `inferred`.
    pub confidence: String,
    pub date_approximate: bool,
    #[sea_orm(column_type = "Text", nullable)]
    pub note: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
