//! A mentor's way through the scheme (`domain::mentoring::mentor`): the sign-up and its
//! emailed confirmation, the contact's decision, and the mentor's own private link
//! (availability, pause, leave). Each step writes its rows and queues its emails in one
//! transaction, and leaves a line in the audit log.
use super::views::view_of;
use super::{municipality_name, open_counts, status_of};
use crate::account::api::CurrentUser;
use crate::audit::{self, Entry};
use crate::domain::mentoring::matching::MentorStatus;
use crate::domain::mentoring::mentor::{By, MentorStep, after};
use crate::email::{self, Facts, Mail, MailText};
use crate::entities::mentor;
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use crate::mentoring::api::MyMentorPage;
use crate::mentoring::form::{AvailabilityForm, ValidAvailability, ValidMentor};
use crate::token;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter, Set,
};

/// The mentor's links.
pub fn confirm_path(token: &str) -> String {
    format!("/mentors/confirm/{token}")
}

pub fn private_path(token: &str) -> String {
    format!("/mentors/me/{token}")
}

/// A mentor is written to in Danish when they offer Danish, else in English.
pub(super) fn lang_of(row: &mentor::Model) -> Lang {
    match row.languages.split(',').any(|l| l.trim() == "da") {
        true => Lang::Da,
        false => Lang::En,
    }
}

/// Saves a sign-up, unconfirmed, and emails the link that confirms it. An address with a
/// sign-up waiting for confirmation gets a new link (the old one stops working); one
/// already in the scheme is told so by email, not on the page.
pub async fn sign_up(
    db: &impl crate::db::Transactional,
    form: &ValidMentor,
    site_url: &str,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    crate::db::write(db, async |db| {
        let place = crate::registry::chosen_municipality(db, &form.municipality).await?;
        let existing = mentor::Entity::find()
            .filter(mentor::Column::MunicipalityId.eq(place.id))
            .filter(mentor::Column::Email.eq(&form.email))
            .filter(mentor::Column::Status.is_in([
                MentorStatus::Unconfirmed.code(),
                MentorStatus::Pending.code(),
                MentorStatus::Approved.code(),
                MentorStatus::Paused.code(),
            ]))
            .one(db)
            .await?;
        let mut row = match existing {
            Some(row) if status_of(&row)? == MentorStatus::Unconfirmed => row.into_active_model(),
            // The page says "check your email" either way: whether an address is a mentor
            // is not the public's to learn. The member is told by email.
            Some(member) => {
                let mail = Mail::Step {
                    subject: MailText::MentorAlreadySubject,
                    body: MailText::MentorAlreadyBody,
                    facts: Facts {
                        name: &member.name,
                        municipality: &place.name,
                        ..Default::default()
                    },
                };
                let message = mail.to(Some(place.id), &member.email, lang_of(&member));
                email::enqueue(db, message, now).await?;
                return Ok(());
            }
            None => mentor::ActiveModel {
                created_at: Set(now),
                ..Default::default()
            },
        };
        let confirm = token::new_token().map_err(|_| AppError::Internal)?;
        row.municipality_id = Set(place.id);
        row.status = Set(MentorStatus::Unconfirmed.code().to_owned());
        row.name = Set(form.name.clone());
        row.organisation = Set(form.organisation.clone());
        row.role = Set(form.role.clone());
        row.email = Set(form.email.clone());
        row.phone = Set(form.phone.clone());
        row.expertise = Set(form.expertise.join(","));
        row.sectors = Set(form.sectors.join(","));
        row.languages = Set(form.languages.join(","));
        set_availability(&mut row, &form.availability);
        row.introduction = Set(form.introduction.clone());
        row.consent_at = Set(now);
        row.confirm_token_hash = Set(Some(token::hash(&confirm)));
        row.updated_at = Set(now);
        row.save(db).await?;
        let link = format!("{site_url}{}", confirm_path(&confirm));
        let mail = Mail::Step {
            subject: MailText::MentorConfirmSubject,
            body: MailText::MentorConfirmBody,
            facts: Facts {
                name: &form.name,
                municipality: &place.name,
                link: &link,
                ..Default::default()
            },
        };
        email::enqueue(db, mail.to(Some(place.id), &form.email, lang), now).await?;
        Ok(())
    })
    .await
}

/// Moves the mentor from the status it was read in to `to`, with `change`'s other
/// columns, in one conditional update: of two steps at once (two contacts deciding, a
/// double click) one happens and the other is refused.
async fn move_mentor(
    db: &impl ConnectionTrait,
    row: &mentor::Model,
    to: MentorStatus,
    now: DateTime<Utc>,
    change: impl FnOnce(&mut mentor::ActiveModel),
) -> Result<(), AppError> {
    let mut model = mentor::ActiveModel {
        status: Set(to.code().to_owned()),
        updated_at: Set(now),
        ..Default::default()
    };
    change(&mut model);
    let done = mentor::Entity::update_many()
        .set(model)
        .filter(mentor::Column::Id.eq(row.id))
        .filter(mentor::Column::Status.eq(row.status.as_str()))
        .exec(db)
        .await?;
    if done.rows_affected != 1 {
        return Err(AppError::invalid("step", Msg::ErrorMentorStep));
    }
    Ok(())
}

fn set_availability(row: &mut mentor::ActiveModel, availability: &ValidAvailability) {
    row.capacity = Set(i32::try_from(availability.capacity).unwrap_or(1));
    row.available_from = Set(availability.available_from);
    row.available_to = Set(availability.available_to);
}

/// The mentor opened the confirmation link and pressed the button: the sign-up waits for
/// the contact's decision, and the contacts are told. A link works once.
pub async fn confirm(
    db: &impl crate::db::Transactional,
    confirm_token: &str,
    site_url: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    if !token::looks_valid(confirm_token) {
        return Err(AppError::NotFound);
    }
    crate::db::write(db, async |db| {
        let row = mentor::Entity::find()
            .filter(mentor::Column::ConfirmTokenHash.eq(token::hash(confirm_token)))
            .one(db)
            .await?
            .ok_or(AppError::NotFound)?;
        let to =
            after(status_of(&row)?, MentorStep::Confirm, By::Mentor).ok_or(AppError::NotFound)?;
        move_mentor(db, &row, to, now, |m| {
            m.confirm_token_hash = Set(None);
            m.email_confirmed_at = Set(Some(now));
        })
        .await
        .map_err(|_| AppError::NotFound)?;
        let link = format!("{site_url}/staff/mentors");
        let mail = Mail::Step {
            subject: MailText::MentorNoticeSubject,
            body: MailText::MentorNoticeBody,
            facts: Facts {
                name: &row.name,
                company: &row.organisation,
                link: &link,
                ..Default::default()
            },
        };
        for reviewer in crate::account::reviewers(db, row.municipality_id).await? {
            let message = mail.to(Some(row.municipality_id), &reviewer.email, Lang::Da);
            email::enqueue(db, message, now).await?;
        }
        Ok(())
    })
    .await
}

/// The contact approves a confirmed sign-up (the mentor gets their private link) or
/// declines it with a reason (which the mentor is sent). Only a sign-up of a municipality
/// the user reviews; another's is "not found".
pub async fn decide(
    db: &impl crate::db::Transactional,
    user: &CurrentUser,
    id: i32,
    step: MentorStep,
    reason: &str,
    site_url: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let reason = reason.trim();
    if step == MentorStep::Decline && reason.is_empty() {
        return Err(AppError::invalid("reason", Msg::ErrorRequired));
    }
    crate::db::write(db, async |db| {
        let row = mentor::Entity::find_by_id(id)
            .one(db)
            .await?
            .filter(|m| user.reviews(m.municipality_id))
            .ok_or(AppError::NotFound)?;
        let from = status_of(&row)?;
        let to = after(from, step, By::Staff)
            .ok_or_else(|| AppError::invalid("step", Msg::ErrorMentorStep))?;
        let private = token::new_token().map_err(|_| AppError::Internal)?;
        move_mentor(db, &row, to, now, |m| {
            m.decided_at = Set(Some(now));
            m.decided_by = Set(Some(user.id));
            m.decision_reason = Set(Some(reason.to_owned()).filter(|r| !r.is_empty()));
            if to == MentorStatus::Approved {
                m.private_token_hash = Set(Some(token::hash(&private)));
            }
        })
        .await?;
        // The mentor's municipality, whoever decides (the installation's administrator).
        let place = municipality_name(db, row.municipality_id).await?;
        let link = format!("{site_url}{}", private_path(&private));
        let (subject, body) = match to {
            MentorStatus::Approved => (MailText::MentorApprovedSubject, MailText::MentorApprovedBody),
            _ => (MailText::MentorDeclinedSubject, MailText::MentorDeclinedBody),
        };
        let mail = Mail::Step {
            subject,
            body,
            facts: Facts {
                name: &row.name,
                municipality: &place,
                link: &link,
                reason,
                ..Default::default()
            },
        };
        let message = mail.to(Some(row.municipality_id), &row.email, lang_of(&row));
        email::enqueue(db, message, now).await?;
        audit::record(
            db,
            Entry {
                municipality_id: Some(row.municipality_id),
                actor_id: Some(user.id),
                action: if to == MentorStatus::Approved {
                    "mentor.approve"
                } else {
                    "mentor.decline"
                },
                subject: format!("mentor:{}", row.id),
                detail: serde_json::json!({ "from": from.code(), "to": to.code(), "reason": reason }),
            },
        )
        .await?;
        Ok(())
    })
    .await
}

/// The mentor behind a private link: approved or paused (the link ends when they leave).
pub(super) async fn by_private_token(
    db: &impl ConnectionTrait,
    private_token: &str,
) -> Result<mentor::Model, AppError> {
    if !token::looks_valid(private_token) {
        return Err(AppError::NotFound);
    }
    mentor::Entity::find()
        .filter(mentor::Column::PrivateTokenHash.eq(token::hash(private_token)))
        .filter(mentor::Column::AnonymisedAt.is_null())
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// What the mentor sees behind their private link.
pub async fn my_page(
    db: &impl ConnectionTrait,
    private_token: &str,
    meeting_form: Option<(i32, crate::mentoring::mentorship_form::MeetingForm)>,
) -> Result<MyMentorPage, AppError> {
    let row = by_private_token(db, private_token).await?;
    let place = municipality_name(db, row.municipality_id).await?;
    let mentor = view_of(&row, place, &open_counts(db).await?)?;
    let availability = AvailabilityForm {
        capacity: mentor.capacity.to_string(),
        available_from: mentor.available_from.clone().unwrap_or_default(),
        available_to: mentor.available_to.clone().unwrap_or_default(),
    };
    Ok(MyMentorPage {
        mentorships: super::follow::mine(db, row.id).await?,
        mentor,
        availability,
        meeting_form,
    })
}

/// The mentor changes how many enterprises they take and when.
pub async fn update_availability(
    db: &impl crate::db::Transactional,
    private_token: &str,
    availability: &ValidAvailability,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    crate::db::write(db, async |db| {
        let row = by_private_token(db, private_token).await?;
        let mut model = row.into_active_model();
        set_availability(&mut model, availability);
        model.updated_at = Set(now);
        model.update(db).await?;
        Ok(())
    })
    .await
}

/// The mentor pauses, comes back or leaves the scheme. Leaving ends the private link; the
/// contacts of each mentorship still running are told, to end it or find a new mentor.
pub async fn step_mine(
    db: &impl crate::db::Transactional,
    private_token: &str,
    step: MentorStep,
    site_url: &str,
    now: DateTime<Utc>,
) -> Result<MentorStatus, AppError> {
    crate::db::write(db, async |db| {
        let row = by_private_token(db, private_token).await?;
        let from = status_of(&row)?;
        let to = after(from, step, By::Mentor)
            .ok_or_else(|| AppError::invalid("step", Msg::ErrorMentorStep))?;
        move_mentor(db, &row, to, now, |m| {
            if to == MentorStatus::Left {
                m.private_token_hash = Set(None);
            }
        })
        .await?;
        if to == MentorStatus::Left {
            super::follow::tell_of_leaving(db, &row, site_url, now).await?;
        }
        audit::record(
            db,
            Entry {
                municipality_id: Some(row.municipality_id),
                actor_id: None,
                action: match step {
                    MentorStep::Pause => "mentor.pause",
                    MentorStep::Resume => "mentor.resume",
                    _ => "mentor.leave",
                },
                subject: format!("mentor:{}", row.id),
                detail: serde_json::json!({ "from": from.code(), "to": to.code() }),
            },
        )
        .await?;
        Ok(to)
    })
    .await
}
