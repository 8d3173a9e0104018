//! A company's life in the registry: where its listing stands, who may move it on and
//! how (here), what it states about itself (`facts`), and the dates its upkeep follows
//! (`upkeep`). Pure; the words for each live in `i18n`.
mod facts;
mod upkeep;

pub use facts::{RsvStatus, TargetGroup};
pub use upkeep::{
    CHECK_STALE_AFTER, UPCOMING_DAYS, YearEnd, check_is_stale, next_report, owed_report,
    reminder_on, report_due,
};

use serde::{Deserialize, Serialize};

/// awaiting email confirmation → submitted ⇄ changes requested → published ⇄ unpublished;
/// rejected and deregistered end a listing (an applicant may apply again).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListingStatus {
    AwaitingConfirmation,
    Submitted,
    ChangesRequested,
    Published,
    Rejected,
    Unpublished,
    Deregistered,
}

/// What moves a listing on. `Reverify` keeps it published and is recorded all the same.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// An application was made: the first row of a listing's history (from no status).
    Apply,
    /// The applicant opened the emailed link.
    Confirm,
    RequestChanges,
    /// The applicant answered a change request through the private link.
    Answer,
    Approve,
    Reject,
    Unpublish,
    Republish,
    Deregister,
    Reverify,
    /// A rejected or deregistered company applies again.
    Reapply,
    /// Staff record that the annual report owed next has come in.
    ReportReceived,
    /// Staff correct the facts (audited with before and after).
    Edit,
}

/// Who takes a step: the applicant (through their links) or a member of staff.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum By {
    Applicant,
    Staff,
}

/// A step that is not open to `by` from where the listing stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotAllowed {
    pub from: ListingStatus,
    pub step: Step,
}

impl ListingStatus {
    pub const ALL: [ListingStatus; 7] = [
        Self::AwaitingConfirmation,
        Self::Submitted,
        Self::ChangesRequested,
        Self::Published,
        Self::Rejected,
        Self::Unpublished,
        Self::Deregistered,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::AwaitingConfirmation => "awaiting_confirmation",
            Self::Submitted => "submitted",
            Self::ChangesRequested => "changes_requested",
            Self::Published => "published",
            Self::Rejected => "rejected",
            Self::Unpublished => "unpublished",
            Self::Deregistered => "deregistered",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// An application still being handled: at most one per CVR.
    pub fn is_open_application(self) -> bool {
        matches!(
            self,
            Self::AwaitingConfirmation | Self::Submitted | Self::ChangesRequested
        )
    }

    /// Where `step`, taken by `by`, leads from here.
    pub fn after(self, step: Step, by: By) -> Result<ListingStatus, NotAllowed> {
        use ListingStatus::*;
        let next = match (by, self, step) {
            (By::Applicant, AwaitingConfirmation, Step::Confirm) => Submitted,
            (By::Applicant, ChangesRequested, Step::Answer) => Submitted,
            (By::Applicant, Rejected | Deregistered, Step::Reapply) => AwaitingConfirmation,
            (By::Staff, Submitted, Step::RequestChanges) => ChangesRequested,
            (By::Staff, Submitted, Step::Approve) => Published,
            (By::Staff, Submitted | ChangesRequested, Step::Reject) => Rejected,
            (By::Staff, Published, Step::Unpublish) => Unpublished,
            (By::Staff, Unpublished, Step::Republish) => Published,
            (By::Staff, Published | Unpublished, Step::Deregister) => Deregistered,
            (By::Staff, Published, Step::Reverify | Step::ReportReceived) => Published,
            (By::Staff, Submitted | ChangesRequested | Published | Unpublished, Step::Edit) => self,
            _ => return Err(NotAllowed { from: self, step }),
        };
        Ok(next)
    }
}

impl Step {
    pub const ALL: [Step; 13] = [
        Self::Apply,
        Self::Confirm,
        Self::RequestChanges,
        Self::Answer,
        Self::Approve,
        Self::Reject,
        Self::Unpublish,
        Self::Republish,
        Self::Deregister,
        Self::Reverify,
        Self::Reapply,
        Self::ReportReceived,
        Self::Edit,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Apply => "apply",
            Self::Confirm => "confirm",
            Self::RequestChanges => "request_changes",
            Self::Answer => "answer",
            Self::Approve => "approve",
            Self::Reject => "reject",
            Self::Unpublish => "unpublish",
            Self::Republish => "republish",
            Self::Deregister => "deregister",
            Self::Reverify => "reverify",
            Self::Reapply => "reapply",
            Self::ReportReceived => "report_received",
            Self::Edit => "edit",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Shown on the public profile: what changed the public entry.
    pub fn is_public(self) -> bool {
        matches!(
            self,
            Self::Approve | Self::Republish | Self::Unpublish | Self::Deregister | Self::Reverify
        )
    }

    /// A reason must be given (the applicant or the public is told it).
    pub fn needs_reason(self) -> bool {
        matches!(self, Self::RequestChanges | Self::Reject | Self::Deregister)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ListingStatus::*;

    #[test]
    fn an_application_goes_through_review_to_the_registry() {
        let mut status = AwaitingConfirmation;
        for (step, by) in [
            (Step::Confirm, By::Applicant),
            (Step::RequestChanges, By::Staff),
            (Step::Answer, By::Applicant),
            (Step::Approve, By::Staff),
            (Step::Reverify, By::Staff),
            (Step::Unpublish, By::Staff),
            (Step::Republish, By::Staff),
            (Step::Deregister, By::Staff),
            (Step::Reapply, By::Applicant),
        ] {
            status = status.after(step, by).unwrap();
        }
        assert_eq!(status, AwaitingConfirmation);
    }

    /// Every pair of status and step, for both kinds of actor, against the table of the
    /// allowed ones: nothing else is open.
    #[test]
    fn only_the_listed_transitions_are_allowed() {
        let allowed = [
            (
                By::Applicant,
                AwaitingConfirmation,
                Step::Confirm,
                Submitted,
            ),
            (By::Applicant, ChangesRequested, Step::Answer, Submitted),
            (By::Applicant, Rejected, Step::Reapply, AwaitingConfirmation),
            (
                By::Applicant,
                Deregistered,
                Step::Reapply,
                AwaitingConfirmation,
            ),
            (By::Staff, Submitted, Step::RequestChanges, ChangesRequested),
            (By::Staff, Submitted, Step::Approve, Published),
            (By::Staff, Submitted, Step::Reject, Rejected),
            (By::Staff, ChangesRequested, Step::Reject, Rejected),
            (By::Staff, Published, Step::Unpublish, Unpublished),
            (By::Staff, Unpublished, Step::Republish, Published),
            (By::Staff, Published, Step::Deregister, Deregistered),
            (By::Staff, Unpublished, Step::Deregister, Deregistered),
            (By::Staff, Published, Step::Reverify, Published),
            (By::Staff, Published, Step::ReportReceived, Published),
            (By::Staff, Submitted, Step::Edit, Submitted),
            (By::Staff, ChangesRequested, Step::Edit, ChangesRequested),
            (By::Staff, Published, Step::Edit, Published),
            (By::Staff, Unpublished, Step::Edit, Unpublished),
        ];
        let mut open = 0;
        for by in [By::Applicant, By::Staff] {
            for from in ListingStatus::ALL {
                for step in Step::ALL {
                    let expected = allowed
                        .iter()
                        .find(|a| (a.0, a.1, a.2) == (by, from, step))
                        .map(|a| a.3);
                    let got = from.after(step, by).ok();
                    assert_eq!(got, expected, "{by:?} {from:?} {step:?}");
                    open += usize::from(got.is_some());
                }
            }
        }
        assert_eq!(open, allowed.len());
    }

    #[test]
    fn a_refusal_says_from_where_and_what() {
        assert_eq!(
            Published.after(Step::Approve, By::Staff),
            Err(NotAllowed {
                from: Published,
                step: Step::Approve
            })
        );
        assert!(Submitted.after(Step::Approve, By::Applicant).is_err());
    }

    #[test]
    fn open_applications_are_the_unfinished_ones() {
        let open: Vec<_> = ListingStatus::ALL
            .into_iter()
            .filter(|s| s.is_open_application())
            .collect();
        assert_eq!(open, [AwaitingConfirmation, Submitted, ChangesRequested]);
    }

    #[test]
    fn codes_read_back() {
        for s in ListingStatus::ALL {
            assert_eq!(ListingStatus::from_code(s.code()), Some(s));
        }
        for s in Step::ALL {
            assert_eq!(Step::from_code(s.code()), Some(s));
        }
    }
}
