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
    use crate::admin::rates::{
        api::{RateInput, validate},
        queries,
    };
    let result = async {
        let admin = auth::require(&[Role::SuperAdmin]).await?;
        let row = validate(&RateInput {
            effective_from: effective_from.clone(),
            rate: rate.clone(),
            confidence: confidence.clone(),
            date_approximate: date_approximate.is_some(),
        })
        .map_err(AppError::Invalid)?;
        queries::save(&crate::db::use_db()?, &admin, &row).await
    }
    .await;
    crate::form::respond_keeping(
        result,
        &[("effective_from", &effective_from), ("rate", &rate)],
    )
}
