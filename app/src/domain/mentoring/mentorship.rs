//! A mentorship's life: proposed → active (when both sides have confirmed the
//! confidentiality agreement) → paused and back → completed, or cancelled with a reason at
//! any point before it ends; and the reminder the contact gets when one goes quiet.
use chrono::{DateTime, NaiveDate, Utc};

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
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

    /// The codes of the statuses still running, as stored (for queries).
    pub fn open_codes() -> Vec<&'static str> {
        Self::ALL
            .into_iter()
            .filter(|s| s.is_open())
            .map(Self::code)
            .collect()
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

impl Change {
    /// The steps staff take on the mentorship's page, as posted.
    pub const STAFF: [Change; 4] = [Self::Pause, Self::Resume, Self::Complete, Self::Cancel];

    /// A staff step's code (`confirm` is each side's own, through its link).
    pub fn code(self) -> &'static str {
        match self {
            Self::Confirm { .. } => "confirm",
            Self::Pause => "pause",
            Self::Resume => "resume",
            Self::Complete => "complete",
            Self::Cancel => "cancel",
        }
    }

    pub fn from_staff_code(code: &str) -> Option<Self> {
        Self::STAFF.into_iter().find(|c| c.code() == code)
    }
}

/// The staff steps open from `status`, in the order the page shows them.
pub fn staff_steps(status: MentorshipStatus) -> Vec<Change> {
    Change::STAFF
        .into_iter()
        .filter(|&c| after(status, c).is_some())
        .collect()
}

/// The two sides of a mentorship: each confirms the confidentiality agreement and, at the
/// end, evaluates it through a link of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Mentor,
    Enterprise,
}

impl Side {
    pub const BOTH: [Side; 2] = [Self::Mentor, Self::Enterprise];

    pub fn code(self) -> &'static str {
        match self {
            Self::Mentor => "mentor",
            Self::Enterprise => "enterprise",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::BOTH.into_iter().find(|s| s.code() == code)
    }
}

/// Whether meetings may be logged: once both have agreed and until it ends.
pub fn takes_meetings(status: MentorshipStatus) -> bool {
    matches!(status, MentorshipStatus::Active | MentorshipStatus::Paused)
}

/// An evaluation's rating: 1 (poor) to 5 (excellent).
pub const RATINGS: std::ops::RangeInclusive<u8> = 1..=5;

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
