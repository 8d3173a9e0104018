//! The enquiries' repository. Server only.
use super::api::{EnquiryStatusView, ValidEnquiry};
use crate::account::api::Role;
use crate::domain::business_days::{add_business_days, danish_date};
use crate::domain::enquiry::{EnquiryStatus, Topic};
use crate::email::{self, Mail};
use crate::entities::{enquiry, enquiry_event, municipality, staff_user};
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use crate::token;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

/// The private status link's path.
pub fn status_path(token: &str) -> String {
    format!("/enquiry/status/{token}")
}

pub struct Submitted {
    pub reference: String,
    pub token: String,
}

/// Saves the enquiry, its reference and events, and queues the receipt to the requester
/// and a notice to the municipality's contacts, in one transaction: all or nothing. The
/// emails go out later (the outbox), so a failing mail server never loses an enquiry.
pub async fn submit(
    db: &impl crate::db::Transactional,
    form: &ValidEnquiry,
    assessment_summary: Option<String>,
    target_days: u32,
    site_url: &str,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<Submitted, AppError> {
    crate::db::write(db, async |db| {
        let municipality = crate::registry::chosen_municipality(db, &form.municipality).await?;
        let token = token::new_token().map_err(|_| AppError::Internal)?;
        let submitted_on = danish_date(now);
        let due_on = add_business_days(submitted_on, target_days);
        let row = enquiry::ActiveModel {
            municipality_id: Set(municipality.id),
            // Unique placeholder until the id is known.
            reference: Set(format!("tmp-{}", &token::hash(&token)[..16])),
            status_token_hash: Set(token::hash(&token)),
            name: Set(form.name.clone()),
            email: Set(form.email.clone()),
            phone: Set(form.phone.clone()),
            organisation: Set(form.organisation.clone()),
            cvr: Set(form.cvr.as_ref().map(|c| c.as_str().to_owned())),
            topic: Set(form.topic.code().to_owned()),
            message: Set(form.message.clone()),
            assessment_summary: Set(assessment_summary),
            status: Set(EnquiryStatus::New.code().to_owned()),
            assignee_id: Set(None),
            submitted_at: Set(now),
            due_on: Set(due_on),
            first_answered_at: Set(None),
            closed_at: Set(None),
            anonymised_at: Set(None),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
        let reference = format!("HV-{}-{:05}", submitted_on.format("%Y"), row.id);
        let mut active: enquiry::ActiveModel = row.clone().into();
        active.reference = Set(reference.clone());
        active.update(db).await?;
        enquiry_event::ActiveModel {
            enquiry_id: Set(row.id),
            actor_id: Set(None),
            kind: Set("created".to_owned()),
            body: Set(None),
            for_requester: Set(false),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;

        // A routing rule for the topic hands it to its colleague at once.
        if let Some(assignee) =
            crate::admin::routing::default_assignee(db, municipality.id, form.topic).await?
        {
            let mut routed: enquiry::ActiveModel = row.clone().into();
            routed.reference = Set(reference.clone());
            routed.assignee_id = Set(Some(assignee.id));
            routed.status = Set(EnquiryStatus::Assigned.code().to_owned());
            routed.update(db).await?;
            enquiry_event::ActiveModel {
                enquiry_id: Set(row.id),
                actor_id: Set(None),
                kind: Set("assigned".to_owned()),
                body: Set(Some(assignee.display_name.clone())),
                for_requester: Set(false),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(db)
            .await?;
            let told = Mail::EnquiryAssigned {
                reference: &reference,
                by: Lang::Da.t(Msg::RoutingRuleActor),
            };
            let message = told.to(Some(municipality.id), &assignee.email, Lang::Da);
            email::enqueue(db, message, now).await?;
        }

        let link = format!("{site_url}{}", status_path(&token));
        let receipt = Mail::EnquiryReceipt {
            name: &form.name,
            reference: &reference,
            municipality: &municipality.name,
            due: due_on,
            link: &link,
        };
        email::enqueue(
            db,
            receipt.to(Some(municipality.id), &form.email, lang),
            now,
        )
        .await?;
        let contacts = staff_user::Entity::find()
            .filter(staff_user::Column::MunicipalityId.eq(municipality.id))
            .filter(staff_user::Column::Role.eq(Role::Contact.code()))
            .filter(staff_user::Column::Active.eq(true))
            .all(db)
            .await?;
        let case = format!("{site_url}/staff/enquiries/{}", row.id);
        let notice = Mail::EnquiryNotice {
            reference: &reference,
            topic: form.topic,
            name: &form.name,
            email: &form.email,
            due: due_on,
            message: &form.message,
            link: &case,
        };
        for contact in contacts {
            let message = notice.to(Some(municipality.id), &contact.email, Lang::Da);
            email::enqueue(db, message, now).await?;
        }
        Ok(Submitted { reference, token })
    })
    .await
}

/// The requester's view behind the status link; unknown tokens are "not found".
pub async fn status(db: &impl ConnectionTrait, token: &str) -> Result<EnquiryStatusView, AppError> {
    if !token::looks_valid(token) {
        return Err(AppError::NotFound);
    }
    let row = enquiry::Entity::find()
        .filter(enquiry::Column::StatusTokenHash.eq(token::hash(token)))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let municipality_name = municipality::Entity::find_by_id(row.municipality_id)
        .one(db)
        .await?
        .map(|m| m.name)
        .unwrap_or_default();
    let replies = enquiry_event::Entity::find()
        .filter(enquiry_event::Column::EnquiryId.eq(row.id))
        .filter(enquiry_event::Column::ForRequester.eq(true))
        .order_by_asc(enquiry_event::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|e| (danish_date(e.created_at), e.body.unwrap_or_default()))
        .collect();
    Ok(EnquiryStatusView {
        reference: row.reference,
        municipality_name,
        topic: Topic::from_code(&row.topic).unwrap_or(Topic::Other),
        status: EnquiryStatus::from_code(&row.status).unwrap_or(EnquiryStatus::New),
        submitted_on: danish_date(row.submitted_at),
        due_on: row.due_on,
        replies,
    })
}
