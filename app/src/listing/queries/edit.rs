//! Staff correct a listing's facts: the change is audited with what each field was before
//! and after, and the listing's history says it was corrected.
use super::{fill, keeping_cvr, record, reviewed, status_of};
use crate::account::api::CurrentUser;
use crate::audit::{self, Entry};
use crate::domain::listing::{By, Step};
use crate::entities::company;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::listing::api::ValidListing;
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, IntoActiveModel};
use serde_json::{Map, Value, json};

/// A member of staff (contact or admin of the listing's municipality) corrects a listing
/// that is under review or listed. The CVR number and the municipality stay; a correction
/// that changes nothing records nothing. Returns how many fields changed.
pub async fn edit(
    db: &impl crate::db::Transactional,
    staff: &CurrentUser,
    company_id: i32,
    form: &ValidListing,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    crate::db::write(db, async |db| {
        let row = reviewed(db, staff, company_id).await?;
        let status = status_of(&row)?;
        status
            .after(Step::Edit, By::Staff)
            .map_err(|_| AppError::invalid("step", Msg::ErrorStepNotAllowed))?;
        let form = keeping_cvr(&row, form)?;
        let before = facts(&row);
        let mut model = row.clone().into_active_model();
        fill(&mut model, &form, row.municipality_id);
        let after = facts(&model.update(db).await?);
        let changed: Map<String, Value> = before
            .iter()
            .filter(|(field, value)| after.get(*field) != Some(value))
            .map(|(field, value)| {
                let now = after.get(field).cloned().unwrap_or(Value::Null);
                (field.clone(), json!({ "before": value, "after": now }))
            })
            .collect();
        if changed.is_empty() {
            return Ok(0);
        }
        record(
            db,
            row.id,
            Some(staff.id),
            Step::Edit,
            Some(status),
            status,
            None,
            now,
        )
        .await?;
        audit::record(
            db,
            Entry {
                municipality_id: Some(row.municipality_id),
                actor_id: Some(staff.id),
                action: "listing.edit",
                subject: format!("company:{}", row.id),
                detail: json!({ "changed": changed }),
            },
        )
        .await?;
        Ok(changed.len())
    })
    .await
}

/// The facts a correction may change, as the audit log shows them.
fn facts(row: &company::Model) -> Map<String, Value> {
    let value = json!({
        "name": row.name,
        "legal_form": row.legal_form,
        "purpose": row.purpose,
        "description_da": row.description_da,
        "description_en": row.description_en,
        "products": row.products,
        "street": row.street,
        "postcode": row.postcode,
        "city": row.city,
        "website": row.website,
        "email": row.email,
        "phone": row.phone,
        "founded_year": row.founded_year,
        "employees": row.employees,
        "target_groups": row.target_groups,
        "target_group_employees": row.target_group_employees,
        "year_end": row.year_end,
        "rsv_status": row.rsv_status,
        "contact_name": row.contact_name,
        "contact_email": row.contact_email,
    });
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}
