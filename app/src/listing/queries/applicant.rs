//! What the applicant does, through the form and the emailed links.
use super::{
    by_private_token, fill, greeted, keeping_cvr, move_on, municipality_of, record, status_of,
};
use crate::domain::listing::{By, ListingStatus, Step};
use crate::email::{self, Facts, Mail, MailText};
use crate::entities::company;
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use crate::listing::api::ValidListing;
use crate::token;
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

/// The applicant's links.
pub fn confirm_path(token: &str) -> String {
    format!("/registry/apply/confirm/{token}")
}

pub fn application_path(token: &str) -> String {
    format!("/registry/application/{token}")
}

/// An application saved, waiting for its email to be confirmed.
#[derive(Debug)]
pub struct Applied {
    pub company_id: i32,
}

/// Saves an application (or a rejected or deregistered company's new one), with the
/// snapshot of an attached self-assessment, and emails the confirmation link. A CVR with
/// an application in progress, or already in the registry, is refused by the CVR field.
pub async fn apply(
    db: &impl crate::db::Transactional,
    form: &ValidListing,
    assessment_summary: Option<String>,
    site_url: &str,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<Applied, AppError> {
    crate::db::write(db, async |db| {
        let municipality = crate::registry::chosen_municipality(db, &form.municipality).await?;
        let existing = company::Entity::find()
            .filter(company::Column::Cvr.eq(form.cvr.as_str()))
            .one(db)
            .await?;
        let (from, step) = match &existing {
            None => (None, Step::Apply),
            Some(row) => {
                let status = status_of(row)?;
                if status.is_open_application() {
                    return Err(AppError::invalid("cvr", Msg::ErrorListingOpen));
                }
                if status.after(Step::Reapply, By::Applicant).is_err() {
                    return Err(AppError::invalid("cvr", Msg::ErrorAlreadyListed));
                }
                (Some(status), Step::Reapply)
            }
        };
        let confirm = token::new_token().map_err(|_| AppError::Internal)?;
        let mut model = match existing {
            Some(row) => row.into(),
            None => company::ActiveModel {
                created_at: Set(now),
                ..Default::default()
            },
        };
        fill(&mut model, form, municipality.id);
        model.status = Set(ListingStatus::AwaitingConfirmation.code().to_owned());
        model.confirm_token_hash = Set(Some(token::hash(&confirm)));
        model.applicant_token_hash = Set(None);
        model.assessment_summary = Set(assessment_summary);
        let row = model.save(db).await?;
        let company_id = *row.id.as_ref();
        record(
            db,
            company_id,
            None,
            step,
            from,
            ListingStatus::AwaitingConfirmation,
            None,
            now,
        )
        .await?;
        let link = format!("{site_url}{}", confirm_path(&confirm));
        // An applicant's form always names them (`form::Sender::Applicant`).
        let (Some(contact), Some(to)) = (&form.contact_name, &form.contact_email) else {
            return Err(AppError::invalid("contact_email", Msg::ErrorRequired));
        };
        let mail = Mail::Step {
            subject: MailText::ListingConfirmSubject,
            body: MailText::ListingConfirmBody,
            facts: Facts {
                name: contact,
                company: &form.name,
                municipality: &municipality.name,
                link: &link,
                ..Default::default()
            },
        };
        email::enqueue(db, mail.to(Some(municipality.id), to, lang), now).await?;
        Ok(Applied { company_id })
    })
    .await
}

/// The applicant opened the confirmation link: the application goes to the municipality,
/// the applicant gets the private link (returned, and emailed), and the contacts a notice.
/// A link works once.
pub async fn confirm(
    db: &impl crate::db::Transactional,
    confirm_token: &str,
    site_url: &str,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    if !token::looks_valid(confirm_token) {
        return Err(AppError::NotFound);
    }
    crate::db::write(db, async |db| {
        let row = company::Entity::find()
            .filter(company::Column::ConfirmTokenHash.eq(token::hash(confirm_token)))
            .one(db)
            .await?
            .ok_or(AppError::NotFound)?;
        let private = token::new_token().map_err(|_| AppError::Internal)?;
        let to = move_on(db, &row, Step::Confirm, By::Applicant, |m| {
            m.confirm_token_hash = Set(None);
            m.applicant_token_hash = Set(Some(token::hash(&private)));
        })
        .await?;
        record(
            db,
            row.id,
            None,
            Step::Confirm,
            Some(status_of(&row)?),
            to,
            None,
            now,
        )
        .await?;
        let municipality = municipality_of(db, &row).await?;
        let link = format!("{site_url}{}", application_path(&private));
        let facts = Facts {
            name: greeted(&row),
            company: &row.name,
            cvr: &row.cvr,
            municipality: &municipality.name,
            link: &link,
            ..Default::default()
        };
        if let Some(to) = &row.contact_email {
            let mail = Mail::Step {
                subject: MailText::ListingReceivedSubject,
                body: MailText::ListingReceivedBody,
                facts,
            };
            email::enqueue(db, mail.to(Some(row.municipality_id), to, lang), now).await?;
        }
        // The staff's own page of it: never the applicant's private link.
        let review = format!("{site_url}/staff/listings/{}", row.id);
        let notice = Mail::Step {
            subject: MailText::ListingNoticeSubject,
            body: MailText::ListingNoticeBody,
            facts: Facts {
                link: &review,
                ..facts
            },
        };
        for reviewer in crate::account::reviewers(db, row.municipality_id).await? {
            let message = notice.to(Some(row.municipality_id), &reviewer.email, Lang::Da);
            email::enqueue(db, message, now).await?;
        }
        Ok(private)
    })
    .await
}

/// The applicant answers a change request through the private link: the facts as
/// corrected, back to the municipality. The CVR and municipality stay as applied.
pub async fn answer(
    db: &impl crate::db::Transactional,
    private_token: &str,
    form: &ValidListing,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    if !token::looks_valid(private_token) {
        return Err(AppError::NotFound);
    }
    crate::db::write(db, async |db| {
        let row = by_private_token(db, private_token).await?;
        let municipality_id = row.municipality_id;
        let form = keeping_cvr(&row, form)?;
        let to = move_on(db, &row, Step::Answer, By::Applicant, |m| {
            fill(m, &form, municipality_id);
        })
        .await?;
        record(
            db,
            row.id,
            None,
            Step::Answer,
            Some(status_of(&row)?),
            to,
            None,
            now,
        )
        .await
    })
    .await
}
