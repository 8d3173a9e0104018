//! Enterprises' requests for a mentor: asked on the public form (from a registry profile,
//! a self-assessment's result, the enquiry form or the scheme's page), waiting in the
//! municipality's list, and read with the suggested mentors.
use super::{municipality_names, stored_codes, suggestions};
use crate::account::api::CurrentUser;
use crate::email::{self, Facts, Mail, MailText};
use crate::entities::{company, mentor, mentor_request, municipality};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::mentoring::api::{ExcludedView, RequestDetail, RequestItem, SuggestionView};
use crate::mentoring::form::ValidMentorRequest;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use std::collections::HashMap;

/// A request is open until a mentorship is proposed for it.
pub const OPEN: &str = "open";

/// The staff page of request `id`.
pub fn request_path(id: i32) -> String {
    format!("/staff/mentors/requests/{id}")
}

/// The registry's entry with this CVR, if published: only those are linked or filled in
/// (an application in progress is not the public's to look up).
async fn published_company(
    db: &impl ConnectionTrait,
    cvr: &str,
) -> Result<Option<company::Model>, AppError> {
    use crate::domain::listing::ListingStatus;
    Ok(company::Entity::find()
        .filter(company::Column::Cvr.eq(cvr))
        .filter(company::Column::Status.eq(ListingStatus::Published.code()))
        .one(db)
        .await?)
}

/// Saves a request, linked to the registry's company when its CVR is listed there; the
/// asker gets a receipt, the municipality's contacts a notice.
pub async fn ask(
    db: &impl crate::db::Transactional,
    form: &ValidMentorRequest,
    site_url: &str,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    crate::db::write(db, async |db| {
        let place = crate::registry::chosen_municipality(db, &form.municipality).await?;
        let company_id = match &form.cvr {
            Some(cvr) => published_company(db, cvr.as_str()).await?.map(|c| c.id),
            None => None,
        };
        let row = mentor_request::ActiveModel {
            municipality_id: Set(place.id),
            status: Set(OPEN.to_owned()),
            name: Set(form.name.clone()),
            email: Set(form.email.clone()),
            company_name: Set(form.company_name.clone()),
            cvr: Set(form.cvr.as_ref().map(|c| c.as_str().to_owned())),
            company_id: Set(company_id),
            needs: Set(form.needs.join(",")),
            sector: Set(form.sector.clone()),
            language: Set(Some(form.language.clone())),
            details: Set(form.details.clone()),
            source: Set(form.source.clone()),
            consent_at: Set(now),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
        let company = form.company_name.as_deref().unwrap_or(&form.name);
        let receipt = Mail::Step {
            subject: MailText::MentorRequestReceiptSubject,
            body: MailText::MentorRequestReceiptBody,
            facts: Facts {
                name: &form.name,
                municipality: &place.name,
                ..Default::default()
            },
        };
        email::enqueue(db, receipt.to(Some(place.id), &form.email, lang), now).await?;
        let link = format!("{site_url}{}", request_path(row.id));
        let notice = Mail::Step {
            subject: MailText::MentorRequestNoticeSubject,
            body: MailText::MentorRequestNoticeBody,
            facts: Facts {
                name: &form.name,
                company,
                link: &link,
                ..Default::default()
            },
        };
        for reviewer in crate::account::reviewers(db, place.id).await? {
            email::enqueue(
                db,
                notice.to(Some(place.id), &reviewer.email, Lang::Da),
                now,
            )
            .await?;
        }
        Ok(())
    })
    .await
}

/// For a form opened from a registry profile: the listed company's municipality (slug)
/// and name (none for a company not published).
pub async fn ask_form_for_company(
    db: &impl ConnectionTrait,
    cvr: &str,
) -> Result<Option<(String, String)>, AppError> {
    let Some(row) = published_company(db, cvr).await? else {
        return Ok(None);
    };
    let place = municipality::Entity::find_by_id(row.municipality_id)
        .one(db)
        .await?;
    Ok(place.map(|p| (p.slug, row.name)))
}

fn item_of(
    row: &mentor_request::Model,
    places: &HashMap<i32, String>,
    now: DateTime<Utc>,
) -> RequestItem {
    RequestItem {
        id: row.id,
        name: row.name.clone(),
        company_name: row.company_name.clone(),
        cvr: row.cvr.clone(),
        municipality: places
            .get(&row.municipality_id)
            .cloned()
            .unwrap_or_default(),
        needs: stored_codes(&row.needs),
        asked_on: row.created_at.date_naive().to_string(),
        waiting_days: (now - row.created_at).num_days(),
    }
}

/// Open requests of the user's municipality (every one for the installation's
/// administrator), the longest waiting first.
pub async fn waiting(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    places: &HashMap<i32, String>,
    now: DateTime<Utc>,
) -> Result<Vec<RequestItem>, AppError> {
    let mut query = mentor_request::Entity::find()
        .filter(mentor_request::Column::Status.eq(OPEN))
        .filter(mentor_request::Column::AnonymisedAt.is_null())
        .order_by_asc(mentor_request::Column::CreatedAt)
        .order_by_asc(mentor_request::Column::Id);
    if let Some(scope) = user.scope() {
        query = query.filter(mentor_request::Column::MunicipalityId.eq(scope));
    }
    Ok(query
        .all(db)
        .await?
        .iter()
        .map(|r| item_of(r, places, now))
        .collect())
}

/// Request `id` with its suggestions, for contacts and admins of its municipality; any
/// other's is "not found".
pub async fn request_detail(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    id: i32,
    now: DateTime<Utc>,
) -> Result<RequestDetail, AppError> {
    let row = mentor_request::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|r| user.reviews(r.municipality_id))
        .ok_or(AppError::NotFound)?;
    let ranking = suggestions(db, row.municipality_id, id).await?;
    let places = municipality_names(db).await?;
    let ids: Vec<i32> = ranking
        .suggestions
        .iter()
        .map(|s| s.mentor_id)
        .chain(ranking.excluded.iter().map(|e| e.mentor_id))
        .collect();
    let mentors: HashMap<i32, mentor::Model> = mentor::Entity::find()
        .filter(mentor::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.id, m))
        .collect();
    let named = |id: i32| mentors.get(&id).ok_or(AppError::Internal);
    let suggestions: Vec<SuggestionView> = ranking
        .suggestions
        .into_iter()
        .map(|s| {
            let m = named(s.mentor_id)?;
            Ok(SuggestionView {
                mentor_id: s.mentor_id,
                name: m.name.clone(),
                organisation: m.organisation.clone(),
                municipality: places.get(&m.municipality_id).cloned().unwrap_or_default(),
                score: s.score,
                parts: s.parts,
            })
        })
        .collect::<Result<_, AppError>>()?;
    let excluded = ranking
        .excluded
        .into_iter()
        .map(|e| {
            Ok(ExcludedView {
                mentor_id: e.mentor_id,
                name: named(e.mentor_id)?.name.clone(),
                reason: e.reason,
            })
        })
        .collect::<Result<_, AppError>>()?;
    let open = row.status == OPEN;
    let proposal = crate::mentoring::mentorship_form::ProposeForm {
        mentor: suggestions_first(&suggestions),
        period_from: now.date_naive().to_string(),
        ..Default::default()
    };
    let mentorships = super::follow::of_request(db, row.id).await?;
    Ok(RequestDetail {
        item: item_of(&row, &places, now),
        email: row.email,
        sector: row.sector,
        language: row.language,
        details: row.details,
        source: row.source,
        suggestions,
        excluded,
        open,
        mentorships,
        proposal,
    })
}

/// The top suggestion, preselected in the proposal form.
fn suggestions_first(suggestions: &[SuggestionView]) -> String {
    suggestions
        .first()
        .map(|s| s.mentor_id.to_string())
        .unwrap_or_default()
}
