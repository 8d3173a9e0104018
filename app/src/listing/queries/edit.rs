//! Staff correct a listing's facts: the change is audited with what each field was before
//! and after, and the listing's history says it was corrected.
use super::{fill, keeping_cvr, record, reviewed, status_of};
use crate::account::api::CurrentUser;
use crate::audit::{self, Entry};
use crate::domain::listing::{By, Step};
use crate::entities::company;
use crate::error::{AppError, FieldError};
use crate::i18n::Msg;
use crate::listing::api::ValidListing;
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, TryIntoModel};
use serde_json::{Map, Value, json};

/// A member of staff (contact or admin of the listing's municipality) corrects a listing
/// that is under review or listed. The CVR number and the municipality stay; a correction
/// that changes nothing records nothing. `version` is the listing's as the form showed it
/// ([`ReviewView::version`]): if anyone changed the listing since, nothing is written and
/// the correction is refused, so no one's changes are overwritten unseen. Returns how many
/// fields changed.
///
/// [`ReviewView::version`]: crate::listing::api::ReviewView::version
pub async fn edit(
    db: &impl crate::db::Transactional,
    staff: &CurrentUser,
    company_id: i32,
    version: i64,
    form: &ValidListing,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    crate::db::write(db, async |db| {
        let row = reviewed(db, staff, company_id).await?;
        let status = status_of(&row)?;
        status
            .after(Step::Edit, By::Staff)
            .map_err(|_| AppError::invalid("step", Msg::ErrorStepNotAllowed))?;
        if super::version_of(&row) != version {
            return Err(changed_meanwhile());
        }
        let form = keeping_cvr(&row, form)?;
        // An application still in progress keeps someone to answer: the change requests
        // and the decision go to its contact person.
        if status.is_open_application() && form.contact_email.is_none() {
            return Err(AppError::Invalid(
                ["contact_name", "contact_email"]
                    .map(|field| FieldError::new(field, Msg::ErrorContactNeeded))
                    .into(),
            ));
        }
        let before = facts(&row);
        let mut model = row.clone().into_active_model();
        fill(&mut model, &form, row.municipality_id);
        let after = facts(&model.clone().try_into_model()?);
        // Conditional on the version read: a correction saved at the same moment by someone
        // else (after this one read the row) makes this one change nothing.
        let done = company::Entity::update_many()
            .set(model)
            .filter(company::Column::Id.eq(row.id))
            .filter(company::Column::UpdatedAt.eq(row.updated_at))
            .exec(db)
            .await?;
        if done.rows_affected != 1 {
            return Err(changed_meanwhile());
        }
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

fn changed_meanwhile() -> AppError {
    AppError::invalid("version", Msg::ErrorChangedMeanwhile)
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
