//! The inbox's repository: what a member of staff may see and do with enquiries. Server
//! only. Contacts (and admins) see their municipality's enquiries; colleagues see what is
//! routed to them. Anything else is "not found", so ids reveal nothing.
use super::api::{
    Dashboard, EnquiryDetail, EventView, InboxItem, InboxList, InboxQuery, InboxSort, MessageForm,
    is_open, median,
};
use crate::account::api::CurrentUser;
use crate::audit::{self, Entry};
use crate::domain::business_days::danish_date;
use crate::domain::enquiry::{EnquiryStatus, Topic};
use crate::email::{self, Mail};
use crate::entities::{enquiry, enquiry_event, staff_user};
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use std::collections::HashMap;

fn visible_to(user: &CurrentUser) -> Condition {
    let mine = Condition::all().add(enquiry::Column::MunicipalityId.eq(user.municipality_id));
    match user.role.sees_whole_inbox() {
        true => mine,
        false => mine.add(enquiry::Column::AssigneeId.eq(user.id)),
    }
}

async fn staff_names(
    db: &impl ConnectionTrait,
    municipality_id: i32,
) -> Result<HashMap<i32, String>, AppError> {
    Ok(staff_user::Entity::find()
        .filter(staff_user::Column::MunicipalityId.eq(municipality_id))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect())
}

fn item(row: &enquiry::Model, names: &HashMap<i32, String>, today: NaiveDate) -> InboxItem {
    let status = EnquiryStatus::from_code(&row.status).unwrap_or(EnquiryStatus::New);
    InboxItem {
        id: row.id,
        reference: row.reference.clone(),
        topic: Topic::from_code(&row.topic).unwrap_or(Topic::Other),
        name: row.name.clone(),
        status,
        due_on: row.due_on,
        assignee: row.assignee_id.and_then(|id| names.get(&id).cloned()),
        overdue: is_open(status) && row.due_on < today,
        due_today: is_open(status) && row.due_on == today,
    }
}

/// The staff of a municipality as (id, name), by name.
fn sorted_staff(names: &HashMap<i32, String>) -> Vec<(i32, String)> {
    let mut staff: Vec<(i32, String)> = names.iter().map(|(i, n)| (*i, n.clone())).collect();
    staff.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    staff
}

fn non_blank(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

pub async fn list(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    query: &InboxQuery,
    now: DateTime<Utc>,
) -> Result<InboxList, AppError> {
    crate::form::check(query).map_err(AppError::Invalid)?;
    let today = danish_date(now);
    let mut select = enquiry::Entity::find().filter(visible_to(user));
    if let Some(status) = non_blank(&query.status).and_then(EnquiryStatus::from_code) {
        select = select.filter(enquiry::Column::Status.eq(status.code()));
    }
    if let Some(topic) = non_blank(&query.topic).and_then(Topic::from_code) {
        select = select.filter(enquiry::Column::Topic.eq(topic.code()));
    }
    match non_blank(&query.assignee) {
        None => {}
        Some("none") => select = select.filter(enquiry::Column::AssigneeId.is_null()),
        Some(id) => {
            let id = id.parse::<i32>().unwrap_or(-1);
            select = select.filter(enquiry::Column::AssigneeId.eq(id));
        }
    }
    let sort = InboxSort::parse(non_blank(&query.sort)).unwrap_or(InboxSort::Due);
    select = match sort {
        InboxSort::Due => select
            .order_by_asc(enquiry::Column::DueOn)
            .order_by_asc(enquiry::Column::Id),
        InboxSort::Newest => select
            .order_by_desc(enquiry::Column::SubmittedAt)
            .order_by_desc(enquiry::Column::Id),
        InboxSort::Oldest => select
            .order_by_asc(enquiry::Column::SubmittedAt)
            .order_by_asc(enquiry::Column::Id),
    };
    let names = staff_names(db, user.municipality_id).await?;
    let rows = select.all(db).await?;
    let only_overdue = query.overdue.as_deref() == Some("yes");
    let needle = query
        .q
        .as_deref()
        .map(|q| crate::domain::text::fold(q.trim()))
        .filter(|q| !q.is_empty());
    let cvr_needle = needle
        .as_deref()
        .and_then(|q| crate::domain::cvr::Cvr::parse(q).ok());
    let items = rows
        .iter()
        .filter(|row| match &needle {
            None => true,
            Some(q) => {
                crate::domain::text::fold(&row.reference).contains(q.as_str())
                    || crate::domain::text::fold(&row.name).contains(q.as_str())
                    || row.email.contains(q.as_str())
                    || cvr_needle
                        .as_ref()
                        .is_some_and(|c| row.cvr.as_deref() == Some(c.as_str()))
            }
        })
        .map(|row| item(row, &names, today))
        .filter(|i| !only_overdue || i.overdue)
        .collect();
    Ok(InboxList {
        items,
        staff: sorted_staff(&names),
    })
}

async fn find(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    id: i32,
) -> Result<enquiry::Model, AppError> {
    enquiry::Entity::find_by_id(id)
        .filter(visible_to(user))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn detail(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    id: i32,
    now: DateTime<Utc>,
) -> Result<EnquiryDetail, AppError> {
    let row = find(db, user, id).await?;
    let names = staff_names(db, row.municipality_id).await?;
    let events = enquiry_event::Entity::find()
        .filter(enquiry_event::Column::EnquiryId.eq(row.id))
        .order_by_asc(enquiry_event::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|e| EventView {
            at: crate::domain::dates::format_danish(danish_date(e.created_at))
                + &e.created_at.format(" %H:%M UTC").to_string(),
            actor: e.actor_id.and_then(|id| names.get(&id).cloned()),
            kind: e.kind,
            body: e.body,
        })
        .collect();
    let assessment_url = row
        .assessment_summary
        .as_deref()
        .and_then(|s| serde_json::from_str::<serde_json::Value>(s).ok())
        .and_then(|v| v["result_url"].as_str().map(str::to_owned));
    let staff = sorted_staff(&names);
    Ok(EnquiryDetail {
        item: item(&row, &staff.iter().cloned().collect(), danish_date(now)),
        email: row.email,
        phone: row.phone,
        organisation: row.organisation,
        cvr: row.cvr,
        message: row.message,
        assessment_url,
        events,
        staff,
        can_route: user.role.sees_whole_inbox(),
    })
}

async fn record_event(
    db: &impl ConnectionTrait,
    row: &enquiry::Model,
    user: &CurrentUser,
    kind: &str,
    body: Option<String>,
    for_requester: bool,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    enquiry_event::ActiveModel {
        enquiry_id: Set(row.id),
        actor_id: Set(Some(user.id)),
        kind: Set(kind.to_owned()),
        body: Set(body.clone()),
        for_requester: Set(for_requester),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    audit::record(
        db,
        Entry {
            municipality_id: Some(row.municipality_id),
            actor_id: Some(user.id),
            action: match kind {
                "reply" => "enquiry.reply",
                "note" => "enquiry.note",
                "assigned" => "enquiry.assign",
                _ => "enquiry.status",
            },
            subject: format!("enquiry:{}", row.id),
            detail: serde_json::json!({ "kind": kind, "status_before": row.status }),
        },
    )
    .await
}

/// The reply or note as typed, checked (`api::MessageForm`) and trimmed.
fn message_body(body: &str) -> Result<String, AppError> {
    let form = MessageForm {
        body: body.to_owned(),
    };
    crate::form::check(&form).map_err(AppError::Invalid)?;
    Ok(form.body.trim().to_owned())
}

/// A reply to the requester: shown on their status page and emailed to them.
pub async fn reply(
    db: &impl crate::db::Transactional,
    user: &CurrentUser,
    id: i32,
    body: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    crate::db::write(db, async |db| {
        let body = message_body(body)?;
        let row = find(db, user, id).await?;
        if row.anonymised_at.is_some() {
            return Err(AppError::invalid("body", Msg::InboxAnonymisedNoReply));
        }
        record_event(db, &row, user, "reply", Some(body.clone()), true, now).await?;
        let reply = Mail::EnquiryReply {
            name: &row.name,
            reference: &row.reference,
            reply: &body,
        };
        let mail = reply.to(Some(row.municipality_id), &row.email, Lang::Da);
        let first = row.first_answered_at.is_none();
        let mut active: enquiry::ActiveModel = row.into();
        active.status = Set(EnquiryStatus::Answered.code().to_owned());
        if first {
            active.first_answered_at = Set(Some(now));
        }
        active.updated_at = Set(now);
        active.update(db).await?;
        email::enqueue(db, mail, now).await?;
        Ok(())
    })
    .await
}

/// An internal note: staff only, never shown to the requester.
pub async fn note(
    db: &impl crate::db::Transactional,
    user: &CurrentUser,
    id: i32,
    body: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    crate::db::write(db, async |db| {
        let body = message_body(body)?;
        let row = find(db, user, id).await?;
        record_event(db, &row, user, "note", Some(body), false, now).await
    })
    .await
}

/// Routes the enquiry to a member of staff of the same municipality and tells them.
pub async fn assign(
    db: &impl crate::db::Transactional,
    user: &CurrentUser,
    id: i32,
    assignee_id: i32,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    crate::db::write(db, async |db| {
        if !user.role.sees_whole_inbox() {
            return Err(AppError::Forbidden);
        }
        let row = find(db, user, id).await?;
        let assignee = staff_user::Entity::find_by_id(assignee_id)
            .filter(staff_user::Column::MunicipalityId.eq(row.municipality_id))
            .filter(staff_user::Column::Active.eq(true))
            .one(db)
            .await?
            .ok_or_else(|| AppError::invalid("assignee", Msg::ErrorChoose))?;
        record_event(
            db,
            &row,
            user,
            "assigned",
            Some(assignee.display_name.clone()),
            false,
            now,
        )
        .await?;
        let told = Mail::EnquiryAssigned {
            reference: &row.reference,
            by: &user.display_name,
        };
        let mail = told.to(Some(row.municipality_id), &assignee.email, Lang::Da);
        let mut active: enquiry::ActiveModel = row.into();
        active.assignee_id = Set(Some(assignee.id));
        active.status = Set(EnquiryStatus::Assigned.code().to_owned());
        active.updated_at = Set(now);
        active.update(db).await?;
        email::enqueue(db, mail, now).await?;
        Ok(())
    })
    .await
}

/// Moves the enquiry to another status (closing it, reopening it, waiting for the
/// requester …).
pub async fn set_status(
    db: &impl crate::db::Transactional,
    user: &CurrentUser,
    id: i32,
    status: EnquiryStatus,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    crate::db::write(db, async |db| {
        let row = find(db, user, id).await?;
        record_event(
            db,
            &row,
            user,
            "status",
            Some(status.code().to_owned()),
            false,
            now,
        )
        .await?;
        let mut active: enquiry::ActiveModel = row.into();
        active.status = Set(status.code().to_owned());
        active.closed_at = Set((status == EnquiryStatus::Closed).then_some(now));
        active.updated_at = Set(now);
        active.update(db).await?;
        Ok(())
    })
    .await
}

pub async fn dashboard(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    now: DateTime<Utc>,
) -> Result<Dashboard, AppError> {
    use chrono::Datelike;
    let today = danish_date(now);
    let rows = enquiry::Entity::find()
        .filter(visible_to(user))
        .all(db)
        .await?;
    let names = HashMap::new();
    let items: Vec<InboxItem> = rows.iter().map(|r| item(r, &names, today)).collect();
    let this_month: Vec<&enquiry::Model> = rows
        .iter()
        .filter(|r| {
            let day = danish_date(r.submitted_at);
            day.year() == today.year() && day.month() == today.month()
        })
        .collect();
    let first_answers = this_month
        .iter()
        .filter_map(|r| {
            r.first_answered_at
                .map(|at| (at - r.submitted_at).num_minutes())
        })
        .collect();
    Ok(Dashboard {
        open: items.iter().filter(|i| is_open(i.status)).count(),
        overdue: items.iter().filter(|i| i.overdue).count(),
        due_today: items.iter().filter(|i| i.due_today).count(),
        received_this_month: this_month.len(),
        median_first_answer_minutes: median(first_answers),
    })
}
