//! A mentor's way through the scheme: signed up → email confirmed → approved or declined by
//! the contact; an approved mentor pauses, comes back or leaves through the private link.
//! Who may take each step is part of the rule.
use super::matching::MentorStatus;

/// The languages a mentor can offer and an enterprise can ask for (ISO 639-1).
pub const LANGUAGES: [&str; 3] = ["da", "en", "de"];

/// The most enterprises one mentor takes at a time.
pub const MAX_CAPACITY: u32 = 5;

/// One step on a mentor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentorStep {
    /// The mentor opened the emailed link.
    Confirm,
    Approve,
    /// Needs a reason (checked where it is given).
    Decline,
    Pause,
    Resume,
    Leave,
}

/// Who takes a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum By {
    Mentor,
    Staff,
}

impl MentorStep {
    pub const ALL: [MentorStep; 6] = [
        Self::Confirm,
        Self::Approve,
        Self::Decline,
        Self::Pause,
        Self::Resume,
        Self::Leave,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Confirm => "confirm",
            Self::Approve => "approve",
            Self::Decline => "decline",
            Self::Pause => "pause",
            Self::Resume => "resume",
            Self::Leave => "leave",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// The status after `step` taken by `by`, or `None` when it may not happen: the contact
/// decides on a confirmed sign-up; the mentor confirms, pauses, resumes and leaves (staff
/// may not pause or remove a mentor behind their back: they decline a sign-up, or talk).
pub fn after(from: MentorStatus, step: MentorStep, by: By) -> Option<MentorStatus> {
    use MentorStatus::*;
    use MentorStep as S;
    match (from, step, by) {
        (Unconfirmed, S::Confirm, By::Mentor) => Some(Pending),
        (Pending, S::Approve, By::Staff) => Some(Approved),
        (Pending, S::Decline, By::Staff) => Some(Declined),
        (Approved, S::Pause, By::Mentor) => Some(Paused),
        (Paused, S::Resume, By::Mentor) => Some(Approved),
        (Approved | Paused, S::Leave, By::Mentor) => Some(Left),
        _ => None,
    }
}

/// The steps open to `by` from `status`, for the buttons.
pub fn steps(status: MentorStatus, by: By) -> Vec<MentorStep> {
    MentorStep::ALL
        .into_iter()
        .filter(|s| after(status, *s, by).is_some())
        .collect()
}
