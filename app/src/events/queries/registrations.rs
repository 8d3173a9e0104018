//! Registration for an event, which never overbooks: every change to an event's
//! registrations first takes the event row's lock (`lock_event`), then reads its seat and
//! queue counters and changes them with the rows, in one transaction — so they happen one
//! at a time per event, however many register at once on however many instances
//! (PostgreSQL's row lock; SQLite's writes take turns, `db::write`). Cancelling frees the
//! seat and promotes the first in line in the same transaction.
use crate::domain::events::{EventStatus, Refusal, RegistrationStatus, Seats, promotions, seat};
use crate::entities::{event, event_registration};
use crate::error::AppError;
use crate::events::api::Registered;
use crate::token;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

/// A registration after its form's rules.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewRegistration {
    pub name: String,
    pub email: String,
    pub organisation: Option<String>,
    pub cvr: Option<String>,
    pub needs: Option<String>,
    pub stand_wanted: bool,
    pub stand_note: Option<String>,
}

/// What registering gave: the registration, and the token of its private link (to
/// cancel), which only the email carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub registered: Registered,
    pub cancel_token: String,
}

/// Takes event `event_id`'s row lock for this transaction (an update that changes
/// nothing: PostgreSQL locks the row, SQLite's writes take turns) and reads it under it.
/// Every change to an event's registrations takes this lock first, so they happen one at
/// a time per event: no deadlock, no lost update, no one jumping the line.
async fn lock_event(db: &impl ConnectionTrait, event_id: i32) -> Result<event::Model, AppError> {
    event::Entity::update_many()
        .col_expr(
            event::Column::Confirmed,
            Expr::col(event::Column::Confirmed),
        )
        .filter(event::Column::Id.eq(event_id))
        .exec(db)
        .await?;
    event::Entity::find_by_id(event_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

fn seats_of(row: &event::Model) -> Seats {
    let counted = |n: i32| u32::try_from(n).unwrap_or(0);
    Seats {
        capacity: counted(row.capacity),
        confirmed: counted(row.confirmed),
        waiting: counted(row.waiting),
    }
}

/// Registers `who` for event `event_id`: a seat while one is free and no one waits, else
/// the waitlist with its position; refused (`Err(Refusal)` inside) for an event not open,
/// past its deadline, or an email registered already. `NotFound` for no such event.
pub async fn register(
    db: &impl crate::db::Transactional,
    event_id: i32,
    who: &NewRegistration,
    now: DateTime<Utc>,
) -> Result<Result<Outcome, Refusal>, AppError> {
    let email = who.email.trim().to_lowercase();
    crate::db::write(db, async |db| {
        let row = lock_event(db, event_id).await?;
        let status = EventStatus::from_code(&row.status).ok_or(AppError::Internal)?;
        let seats = seats_of(&row);
        let taken = match seat(status, row.registration_deadline, now, seats) {
            Ok(taken) => taken,
            Err(refusal) => return Ok(Err(refusal)),
        };
        let already = event_registration::Entity::find()
            .filter(event_registration::Column::EventId.eq(event_id))
            .filter(event_registration::Column::Email.eq(&email))
            .filter(event_registration::Column::Status.ne(RegistrationStatus::Cancelled.code()))
            .count(db)
            .await?;
        if already > 0 {
            return Ok(Err(Refusal::AlreadyRegistered));
        }
        let (counter, position) = match taken {
            RegistrationStatus::Confirmed => (event::Column::Confirmed, None),
            _ => (event::Column::Waiting, Some(seats.waiting + 1)),
        };
        event::Entity::update_many()
            .col_expr(counter, Expr::col(counter).add(1))
            .filter(event::Column::Id.eq(event_id))
            .exec(db)
            .await?;
        let cancel_token = token::new_token().map_err(|_| AppError::Internal)?;
        let row = event_registration::ActiveModel {
            event_id: Set(event_id),
            status: Set(taken.code().to_owned()),
            name: Set(who.name.clone()),
            email: Set(email.clone()),
            organisation: Set(who.organisation.clone()),
            cvr: Set(who.cvr.clone()),
            needs: Set(who.needs.clone()),
            stand_wanted: Set(who.stand_wanted),
            stand_note: Set(who.stand_note.clone()),
            stand_status: Set(if who.stand_wanted { "asked" } else { "none" }.to_owned()),
            cancel_token_hash: Set(token::hash(&cancel_token)),
            consent_at: Set(now),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
        Ok(Ok(Outcome {
            registered: Registered {
                id: row.id,
                status: taken,
                position,
            },
            cancel_token,
        }))
    })
    .await
}

/// The registration behind the private link cancels: its seat goes to the first in line
/// (as many as are free, while the event is published and has not begun), its place in
/// line to those behind it. Returns the ids promoted, to be told. A link used again
/// changes nothing.
pub async fn cancel(
    db: &impl crate::db::Transactional,
    cancel_token: &str,
    now: DateTime<Utc>,
) -> Result<Vec<i32>, AppError> {
    if !token::looks_valid(cancel_token) {
        return Err(AppError::NotFound);
    }
    crate::db::write(db, async |db| {
        let by_token = event_registration::Column::CancelTokenHash.eq(token::hash(cancel_token));
        let found = event_registration::Entity::find()
            .filter(by_token.clone())
            .one(db)
            .await?
            .ok_or(AppError::NotFound)?;
        let event = lock_event(db, found.event_id).await?;
        // Read again under the lock: a promotion may have moved it since.
        let row = event_registration::Entity::find()
            .filter(by_token)
            .one(db)
            .await?
            .ok_or(AppError::NotFound)?;
        let from = RegistrationStatus::from_code(&row.status).ok_or(AppError::Internal)?;
        if from == RegistrationStatus::Cancelled {
            return Ok(Vec::new());
        }
        set_status(db, row.id, from, RegistrationStatus::Cancelled, now).await?;
        let counter = match from {
            RegistrationStatus::Confirmed => event::Column::Confirmed,
            _ => event::Column::Waiting,
        };
        event::Entity::update_many()
            .col_expr(counter, Expr::col(counter).sub(1))
            .filter(event::Column::Id.eq(row.event_id))
            .exec(db)
            .await?;
        let running = event.status == EventStatus::Published.code() && now < event.starts_at;
        match running {
            true => promote(db, row.event_id, now).await,
            false => Ok(Vec::new()),
        }
    })
    .await
}

/// Moves registration `id` from `from` to `to` if it is still in `from`.
async fn set_status(
    db: &impl ConnectionTrait,
    id: i32,
    from: RegistrationStatus,
    to: RegistrationStatus,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let done = event_registration::Entity::update_many()
        .col_expr(event_registration::Column::Status, Expr::value(to.code()))
        .col_expr(event_registration::Column::UpdatedAt, Expr::value(now))
        .filter(event_registration::Column::Id.eq(id))
        .filter(event_registration::Column::Status.eq(from.code()))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Gives free seats of event `event_id` to the first in line; the caller holds the event
/// row's lock (it has just changed a counter). Returns the ids promoted.
async fn promote(
    db: &impl ConnectionTrait,
    event_id: i32,
    now: DateTime<Utc>,
) -> Result<Vec<i32>, AppError> {
    let row = event::Entity::find_by_id(event_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let seats = seats_of(&row);
    let free = promotions(seats.confirmed, seats.capacity, seats.waiting);
    let first: Vec<i32> = event_registration::Entity::find()
        .select_only()
        .column(event_registration::Column::Id)
        .filter(event_registration::Column::EventId.eq(event_id))
        .filter(event_registration::Column::Status.eq(RegistrationStatus::Waitlisted.code()))
        .order_by_asc(event_registration::Column::Id)
        .limit(u64::from(free))
        .into_tuple()
        .all(db)
        .await?;
    let (waitlisted, confirmed) = (
        RegistrationStatus::Waitlisted,
        RegistrationStatus::Confirmed,
    );
    let mut promoted = Vec::new();
    for id in first {
        if set_status(db, id, waitlisted, confirmed, now).await? {
            promoted.push(id);
        }
    }
    let moved = i32::try_from(promoted.len()).unwrap_or(0);
    if moved > 0 {
        event::Entity::update_many()
            .col_expr(
                event::Column::Confirmed,
                Expr::col(event::Column::Confirmed).add(moved),
            )
            .col_expr(
                event::Column::Waiting,
                Expr::col(event::Column::Waiting).sub(moved),
            )
            .filter(event::Column::Id.eq(event_id))
            .exec(db)
            .await?;
    }
    Ok(promoted)
}

/// Registration `id`'s place in line now (1 = next), `None` when not waiting.
pub async fn waitlist_position(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<Option<u32>, AppError> {
    let Some(row) = event_registration::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    if row.status != RegistrationStatus::Waitlisted.code() {
        return Ok(None);
    }
    let ahead = event_registration::Entity::find()
        .filter(event_registration::Column::EventId.eq(row.event_id))
        .filter(event_registration::Column::Status.eq(RegistrationStatus::Waitlisted.code()))
        .filter(event_registration::Column::Id.lt(id))
        .count(db)
        .await?;
    Ok(Some(u32::try_from(ahead + 1).unwrap_or(u32::MAX)))
}
