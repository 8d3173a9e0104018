use crate::error::AppError;
use leptos::prelude::*;

/// Admins: adds a discount rate from a date, or corrects the row of that date. Audited.
#[server(prefix = "/api", endpoint = "admin/save_discount_rate")]
pub async fn save_discount_rate(
    effective_from: String,
    rate: String,
    confidence: String,
    #[server(default)] date_approximate: Option<String>,
) -> Result<(), AppError> {
    use crate::account::{api::Role, auth};
    use crate::audit::{self, Entry};
    use crate::domain::eligibility::money::Percent;
    use crate::domain::eligibility::rates::{Confidence, DiscountRate};
    use crate::error::FieldError;
    use crate::i18n::Msg;
    let result = async {
        let admin = auth::require(&[Role::Admin]).await?;
        let mut errors = Vec::new();
        let mut bad = |field: &str, message: Msg| {
            errors.push(FieldError {
                field: field.to_owned(),
                message,
                min: None,
                max: None,
            })
        };
        let day = chrono::NaiveDate::parse_from_str(effective_from.trim(), "%Y-%m-%d").ok();
        if day.is_none() {
            bad("effective_from", Msg::ErrorDate);
        }
        let pct = Percent::parse(rate.trim())
            .ok()
            .filter(|p| *p >= Percent::from_points(-10) && *p <= Percent::from_points(100));
        if pct.is_none() {
            bad("rate", Msg::ErrorPercent);
        }
        let confidence = match confidence.as_str() {
            "confirmed" => Some(Confidence::Confirmed),
            "inferred" => Some(Confidence::Inferred),
            _ => {
                bad("confidence", Msg::ErrorChoose);
                None
            }
        };
        let (Some(day), Some(pct), Some(confidence)) = (day, pct, confidence) else {
            return Err(AppError::Invalid(errors));
        };
        let row = DiscountRate {
            effective_from: day,
            rate: pct,
            confidence,
            date_approximate: date_approximate.is_some(),
        };
        let db = crate::db::use_db()?;
        let before = crate::assessment::queries::upsert_discount_rate(&db, &row).await?;
        audit::record(
            &db,
            Entry {
                municipality_id: None,
                actor_id: Some(admin.id),
                action: if before.is_some() {
                    "discount_rate.update"
                } else {
                    "discount_rate.create"
                },
                subject: format!("discount_rate:{day}"),
                detail: serde_json::json!({ "before": before, "after": row }),
            },
        )
        .await?;
        Ok(())
    }
    .await;
    crate::form::respond_keeping(
        result,
        &[("effective_from", &effective_from), ("rate", &rate)],
    )
}
