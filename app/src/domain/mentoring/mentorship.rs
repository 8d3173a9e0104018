//! A mentorship's life: proposed → active (when both sides have confirmed the
//! confidentiality agreement) → paused and back → completed, or cancelled with a reason at
//! any point before it ends; and the reminder the contact gets when one goes quiet.
use chrono::{DateTime, NaiveDate, Utc};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentorshipStatus {
    Proposed,
    Active,
    Paused,
    Completed,
    Cancelled,
}

impl MentorshipStatus {
    pub const ALL: [MentorshipStatus; 5] = [
        Self::Proposed,
        Self::Active,
        Self::Paused,
        Self::Completed,
        Self::Cancelled,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Proposed => "proposed",
            Self::Active => "active",
            Self::Paused => "paused",
            Self::Completed => "completed",
            Self::Cancelled => "cancelled",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Still running: it counts against the mentor's capacity.
    pub fn is_open(self) -> bool {
        matches!(self, Self::Proposed | Self::Active | Self::Paused)
    }
}

/// What may happen to a mentorship.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// A side confirmed the confidentiality agreement; active once both have.
    Confirm {
        mentor: bool,
        enterprise: bool,
    },
    Pause,
    Resume,
    Complete,
    /// Needs a reason (checked where it is given).
    Cancel,
}

/// The status after `change`, or `None` when it may not happen from `from`.
pub fn after(from: MentorshipStatus, change: Change) -> Option<MentorshipStatus> {
    use MentorshipStatus::*;
    match (from, change) {
        (Proposed, Change::Confirm { mentor, enterprise }) => Some(if mentor && enterprise {
            Active
        } else {
            Proposed
        }),
        (Active, Change::Pause) => Some(Paused),
        (Paused, Change::Resume) => Some(Active),
        (Active | Paused, Change::Complete) => Some(Completed),
        (Proposed | Active | Paused, Change::Cancel) => Some(Cancelled),
        _ => None,
    }
}

/// Six weeks without a logged meeting make an active mentorship quiet.
pub const QUIET_DAYS: i64 = 42;

/// Whether the contact is to be reminded of an active mentorship now: no meeting logged for
/// `QUIET_DAYS` (counted from its start while none is), and no reminder yet in this quiet
/// spell. A reminder belongs to this spell when it was sent once the spell was quiet: one
/// sent earlier was for a spell that a meeting has ended since (a meeting may be logged
/// with an earlier date than the reminder's).
pub fn is_due_a_quiet_reminder(
    status: MentorshipStatus,
    active_since: NaiveDate,
    last_meeting: Option<NaiveDate>,
    last_reminded: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> bool {
    if status != MentorshipStatus::Active {
        return false;
    }
    let quiet_from = last_meeting.map_or(active_since, |met| met.max(active_since));
    let quiet_for = |day: NaiveDate| (day - quiet_from).num_days() >= QUIET_DAYS;
    quiet_for(now.date_naive()) && !last_reminded.is_some_and(|sent| quiet_for(sent.date_naive()))
}
