//! The discount-rate table's repository: every read and write of `discount_rate`. The
//! dividend cap reads the rates (`discount_rates`); admins add or correct a row, audited
//! with before and after, in one transaction. Server only.
use crate::account::api::CurrentUser;
use crate::audit::{self, Entry};
use crate::domain::eligibility::money::Percent;
use crate::domain::eligibility::rates::{Confidence, DiscountRate};
use crate::entities::discount_rate;
use crate::error::AppError;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

fn from_row(row: &discount_rate::Model) -> DiscountRate {
    DiscountRate {
        effective_from: row.effective_from,
        rate: Percent(row.rate_units),
        confidence: if row.confidence == "confirmed" {
            Confidence::Confirmed
        } else {
            Confidence::Inferred
        },
        date_approximate: row.date_approximate,
    }
}

/// Every discount-rate row, oldest first.
pub async fn discount_rates(db: &impl ConnectionTrait) -> Result<Vec<DiscountRate>, AppError> {
    let rows = discount_rate::Entity::find()
        .order_by_asc(discount_rate::Column::EffectiveFrom)
        .all(db)
        .await?;
    Ok(rows.iter().map(from_row).collect())
}

/// An admin adds a rate from a date, or corrects the row of that date; audited.
pub async fn save(
    db: &DatabaseConnection,
    admin: &CurrentUser,
    rate: &DiscountRate,
) -> Result<(), AppError> {
    crate::db::write(db, async |txn| {
        let before = upsert_discount_rate(txn, rate).await?;
        audit::record(
            txn,
            Entry {
                municipality_id: None,
                actor_id: Some(admin.id),
                action: if before.is_some() {
                    "discount_rate.update"
                } else {
                    "discount_rate.create"
                },
                subject: format!("discount_rate:{}", rate.effective_from),
                detail: serde_json::json!({ "before": before, "after": rate }),
            },
        )
        .await?;
        Ok(())
    })
    .await
}

/// Adds a discount-rate row, or corrects the one with the same start date. Returns the
/// previous row for the audit log.
async fn upsert_discount_rate(
    db: &impl ConnectionTrait,
    rate: &DiscountRate,
) -> Result<Option<DiscountRate>, AppError> {
    let now = chrono::Utc::now();
    let existing = discount_rate::Entity::find()
        .filter(discount_rate::Column::EffectiveFrom.eq(rate.effective_from))
        .one(db)
        .await?;
    let confidence = match rate.confidence {
        Confidence::Confirmed => "confirmed",
        Confidence::Inferred => "inferred",
    };
    let before = existing.as_ref().map(from_row);
    match existing {
        Some(row) => {
            let mut active: discount_rate::ActiveModel = row.into();
            active.rate_units = Set(rate.rate.0);
            active.confidence = Set(confidence.to_owned());
            active.date_approximate = Set(rate.date_approximate);
            active.updated_at = Set(now);
            active.update(db).await?;
        }
        None => {
            discount_rate::ActiveModel {
                effective_from: Set(rate.effective_from),
                rate_units: Set(rate.rate.0),
                confidence: Set(confidence.to_owned()),
                date_approximate: Set(rate.date_approximate),
                note: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    Ok(before)
}
