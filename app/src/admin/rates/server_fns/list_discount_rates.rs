use crate::domain::eligibility::rates::DiscountRate;
use crate::error::AppError;
use leptos::prelude::*;

/// Admins: the discount-rate table, oldest first.
#[server(prefix = "/api", endpoint = "admin/discount_rates")]
pub async fn list_discount_rates() -> Result<Vec<DiscountRate>, AppError> {
    use crate::account::{api::Role, auth};
    crate::form::respond(
        async {
            auth::require(&[Role::SuperAdmin]).await?;
            let db = crate::db::use_db()?;
            crate::admin::rates::queries::discount_rates(&db).await
        }
        .await,
    )
}
