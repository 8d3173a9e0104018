//! Network events' rules (issue 13): an event's life (draft → published → cancelled, and
//! back to draft), who gets a seat and who waits, who gets a stand first, and when the
//! reminder goes. Pure: the database holds the seat counter these rules read, so the
//! guarantee against overbooking holds across instances (`events::queries`).
use chrono::{DateTime, Duration, Utc};

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    InspirationDay,
    NetworkDay,
    Workshop,
    Other,
}

impl EventKind {
    pub const ALL: [EventKind; 4] = [
        Self::InspirationDay,
        Self::NetworkDay,
        Self::Workshop,
        Self::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::InspirationDay => "inspiration_day",
            Self::NetworkDay => "network_day",
            Self::Workshop => "workshop",
            Self::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventStatus {
    Draft,
    Published,
    Cancelled,
}

impl EventStatus {
    pub const ALL: [EventStatus; 3] = [Self::Draft, Self::Published, Self::Cancelled];

    pub fn code(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Published => "published",
            Self::Cancelled => "cancelled",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// What staff do to an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventStep {
    Publish,
    Unpublish,
    /// Every registrant is emailed.
    Cancel,
}

/// The status after `step`, or `None` when it may not happen from `from`. A cancelled
/// event stays cancelled.
pub fn after(from: EventStatus, step: EventStep) -> Option<EventStatus> {
    use EventStatus::*;
    match (from, step) {
        (Draft, EventStep::Publish) => Some(Published),
        (Published, EventStep::Unpublish) => Some(Draft),
        (Draft | Published, EventStep::Cancel) => Some(Cancelled),
        _ => None,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RegistrationStatus {
    Confirmed,
    Waitlisted,
    Cancelled,
}

impl RegistrationStatus {
    pub const ALL: [RegistrationStatus; 3] = [Self::Confirmed, Self::Waitlisted, Self::Cancelled];

    pub fn code(self) -> &'static str {
        match self {
            Self::Confirmed => "confirmed",
            Self::Waitlisted => "waitlisted",
            Self::Cancelled => "cancelled",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Why a registration is refused (`409` from the API).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// A draft or a cancelled event takes no one.
    NotOpen,
    DeadlinePassed,
    /// This email is registered for the event already (a double submit, a second try).
    AlreadyRegistered,
}

/// An event's seats as the database holds them (read under the event row's lock).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Seats {
    pub capacity: u32,
    pub confirmed: u32,
    pub waiting: u32,
}

/// Whether someone may register now, and then: a seat while one is free and no one is in
/// line (a free seat with people waiting is theirs), else the waitlist. The counters are
/// read under the event row's lock, never from memory.
pub fn seat(
    status: EventStatus,
    deadline: DateTime<Utc>,
    now: DateTime<Utc>,
    seats: Seats,
) -> Result<RegistrationStatus, Refusal> {
    if status != EventStatus::Published {
        return Err(Refusal::NotOpen);
    }
    if now > deadline {
        return Err(Refusal::DeadlinePassed);
    }
    Ok(
        match seats.confirmed < seats.capacity && seats.waiting == 0 {
            true => RegistrationStatus::Confirmed,
            false => RegistrationStatus::Waitlisted,
        },
    )
}

/// How many on the waitlist move up when seats free: as many as there are free seats, at
/// most the waitlist's length (the first in line first).
pub fn promotions(confirmed: u32, capacity: u32, waiting: u32) -> u32 {
    capacity.saturating_sub(confirmed).min(waiting)
}

/// A request for a stand: `verified` when the organisation is a social-economy enterprise
/// whose RSV status the municipality has checked in the registry; `order` is the order of
/// asking (the registration's id).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StandAsk {
    pub registration_id: i32,
    pub verified: bool,
    pub order: i64,
}

/// Which asks get one of `stands`: verified enterprises first, then the others, each in
/// order of asking. Returns the registration ids that get a stand, in that order.
pub fn allocate_stands(asks: &[StandAsk], stands: u32) -> Vec<i32> {
    let mut ordered: Vec<&StandAsk> = asks.iter().collect();
    ordered.sort_by_key(|a| (!a.verified, a.order));
    ordered
        .into_iter()
        .take(usize::try_from(stands).unwrap_or(usize::MAX))
        .map(|a| a.registration_id)
        .collect()
}

/// The reminder goes two days before the start.
pub const REMINDER_BEFORE: Duration = Duration::days(2);

/// Whether a confirmed registrant is due the reminder now: within two days of the start,
/// before it, and not reminded yet.
pub fn is_due_a_reminder(starts_at: DateTime<Utc>, now: DateTime<Utc>, reminded: bool) -> bool {
    !reminded && now < starts_at && starts_at - now <= REMINDER_BEFORE
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn an_event_is_published_unpublished_and_cancelled_once() {
        use EventStatus::*;
        assert_eq!(after(Draft, EventStep::Publish), Some(Published));
        assert_eq!(after(Published, EventStep::Unpublish), Some(Draft));
        assert_eq!(after(Published, EventStep::Cancel), Some(Cancelled));
        assert_eq!(after(Draft, EventStep::Cancel), Some(Cancelled));
        assert_eq!(after(Cancelled, EventStep::Publish), None);
        assert_eq!(after(Published, EventStep::Publish), None);
        for kind in EventKind::ALL {
            assert_eq!(EventKind::from_code(kind.code()), Some(kind));
        }
        for status in RegistrationStatus::ALL {
            assert_eq!(RegistrationStatus::from_code(status.code()), Some(status));
        }
    }

    #[test]
    fn a_seat_while_there_is_room_then_the_waitlist_and_never_after_the_deadline() {
        let deadline = at("2027-03-01T22:59:59Z");
        let before = at("2027-02-20T10:00:00Z");
        let published = EventStatus::Published;
        let seats = |confirmed, waiting| Seats {
            capacity: 10,
            confirmed,
            waiting,
        };
        let confirmed = Ok(RegistrationStatus::Confirmed);
        let waitlisted = Ok(RegistrationStatus::Waitlisted);
        assert_eq!(seat(published, deadline, before, seats(9, 0)), confirmed);
        assert_eq!(seat(published, deadline, before, seats(10, 0)), waitlisted);
        assert_eq!(seat(published, deadline, before, seats(12, 0)), waitlisted);
        // A seat free while people wait is theirs: no one jumps the line.
        assert_eq!(seat(published, deadline, before, seats(9, 1)), waitlisted);
        assert_eq!(seat(published, deadline, deadline, seats(0, 0)), confirmed);
        assert_eq!(
            seat(
                published,
                deadline,
                deadline + Duration::seconds(1),
                seats(0, 0)
            ),
            Err(Refusal::DeadlinePassed)
        );
        for closed in [EventStatus::Draft, EventStatus::Cancelled] {
            assert_eq!(
                seat(closed, deadline, before, seats(0, 0)),
                Err(Refusal::NotOpen)
            );
        }
    }

    #[test]
    fn freed_seats_promote_the_first_in_line_as_many_as_are_free() {
        assert_eq!(promotions(9, 10, 40), 1);
        assert_eq!(promotions(7, 10, 2), 2);
        assert_eq!(promotions(10, 10, 5), 0);
        // Capacity lowered below the seats taken: no one moves up, no one is moved down.
        assert_eq!(promotions(12, 10, 5), 0);
        assert_eq!(promotions(3, 10, 0), 0);
    }

    #[test]
    fn stands_go_to_verified_enterprises_first_then_in_order_of_asking() {
        let asks = [
            StandAsk {
                registration_id: 1,
                verified: false,
                order: 1,
            },
            StandAsk {
                registration_id: 2,
                verified: true,
                order: 2,
            },
            StandAsk {
                registration_id: 3,
                verified: false,
                order: 3,
            },
            StandAsk {
                registration_id: 4,
                verified: true,
                order: 4,
            },
        ];
        assert_eq!(allocate_stands(&asks, 3), [2, 4, 1]);
        assert_eq!(allocate_stands(&asks, 10), [2, 4, 1, 3]);
        assert!(allocate_stands(&asks, 0).is_empty());
    }

    #[test]
    fn the_reminder_is_due_once_within_two_days_of_the_start() {
        let starts = at("2027-03-10T08:00:00Z");
        assert!(!is_due_a_reminder(
            starts,
            at("2027-03-08T07:59:59Z"),
            false
        ));
        assert!(is_due_a_reminder(starts, at("2027-03-08T08:00:00Z"), false));
        assert!(!is_due_a_reminder(starts, at("2027-03-09T08:00:00Z"), true));
        assert!(
            !is_due_a_reminder(starts, starts, false),
            "not once it has begun"
        );
    }
}
