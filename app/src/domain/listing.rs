//! A company's life in the registry: where its listing stands, who may move it on and
//! how, and the dates its upkeep follows (the RSV check, the annual report). Pure; the
//! words for each live in `i18n`.
use chrono::{Datelike, Months, NaiveDate};
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
            (By::Staff, Published, Step::Reverify) => Published,
            _ => return Err(NotAllowed { from: self, step }),
        };
        Ok(next)
    }
}

impl Step {
    pub const ALL: [Step; 10] = [
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
    ];

    pub fn code(self) -> &'static str {
        match self {
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

/// The company's RSV status with the Danish Business Authority, as the company states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RsvStatus {
    Registered,
    Applied,
    NotRegistered,
}

impl RsvStatus {
    pub const ALL: [RsvStatus; 3] = [Self::Registered, Self::Applied, Self::NotRegistered];

    pub fn code(self) -> &'static str {
        match self {
            Self::Registered => "registered",
            Self::Applied => "applied",
            Self::NotRegistered => "not_registered",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// The people at the edge of the labour market a company may employ (DOMAIN.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetGroup {
    /// Early retirement pension, sheltered employment included.
    EarlyRetirement,
    ResourceProgramme,
    FlexJob,
    CashBenefit,
    /// Outside the system: homeless, people with addiction.
    Vulnerable,
}

impl TargetGroup {
    pub const ALL: [TargetGroup; 5] = [
        Self::EarlyRetirement,
        Self::ResourceProgramme,
        Self::FlexJob,
        Self::CashBenefit,
        Self::Vulnerable,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::EarlyRetirement => "early_retirement",
            Self::ResourceProgramme => "resource_programme",
            Self::FlexJob => "flex_job",
            Self::CashBenefit => "cash_benefit",
            Self::Vulnerable => "vulnerable",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|g| g.code() == code)
    }

    /// The database's form: codes separated by commas, in `ALL`'s order.
    pub fn join(groups: &[TargetGroup]) -> String {
        Self::ALL
            .into_iter()
            .filter(|g| groups.contains(g))
            .map(Self::code)
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Reads `join`'s form; unknown codes are skipped.
    pub fn split(codes: &str) -> Vec<TargetGroup> {
        codes.split(',').filter_map(Self::from_code).collect()
    }
}

/// An RSV check older than this is flagged to staff and shown as "last checked on …".
pub const CHECK_STALE_AFTER: Months = Months::new(12);

pub fn check_is_stale(checked_on: NaiveDate, today: NaiveDate) -> bool {
    checked_on
        .checked_add_months(CHECK_STALE_AFTER)
        .is_none_or(|limit| limit <= today)
}

/// The last day of a company's financial year, as month and day (no year).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearEnd {
    month: u32,
    day: u32,
}

impl YearEnd {
    /// A day that exists in every year (29 February does not).
    pub fn new(month: u32, day: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(2025, month, day).map(|_| YearEnd { month, day })
    }

    /// `MM-DD`, the database's and the form's form.
    pub fn code(self) -> String {
        format!("{:02}-{:02}", self.month, self.day)
    }

    pub fn from_code(code: &str) -> Option<Self> {
        let (month, day) = code.split_once('-')?;
        Self::new(month.parse().ok()?, day.parse().ok()?)
    }

    /// The financial year that ends in calendar year `year`: its last day.
    pub fn in_year(self, year: i32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, self.month, self.day).expect("exists in every year")
    }
}

/// An annual report is due 6 months after its financial year ends (DOMAIN.md); a year
/// that ends on a month's last day is due on the last day of the sixth month after.
pub fn report_due(year_end: NaiveDate) -> NaiveDate {
    let next = year_end + chrono::Days::new(1);
    if next.day() == 1 {
        next.checked_add_months(Months::new(6)).expect("in range") - chrono::Days::new(1)
    } else {
        year_end.checked_add_months(Months::new(6)).expect("in range")
    }
}

/// The report a company owes next: for the earliest financial year, ended after the
/// listing, that is not reported (`reported_through` is the calendar year in which the last
/// reported financial year ended). Returns the year's last day and the report's due date;
/// the report is overdue once the due date has passed.
pub fn next_report(
    year_end: YearEnd,
    reported_through: Option<i32>,
    listed_on: NaiveDate,
) -> (NaiveDate, NaiveDate) {
    // Years ended before the listing are not the registry's to ask for.
    let mut year = reported_through.map_or(listed_on.year(), |y| y + 1);
    while year_end.in_year(year) < listed_on {
        year += 1;
    }
    let end = year_end.in_year(year);
    (end, report_due(end))
}

/// When the one reminder for a report due on `due` is sent: 30 days before.
pub fn reminder_on(due: NaiveDate) -> NaiveDate {
    due - chrono::Days::new(30)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ListingStatus::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

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
            (By::Applicant, AwaitingConfirmation, Step::Confirm, Submitted),
            (By::Applicant, ChangesRequested, Step::Answer, Submitted),
            (By::Applicant, Rejected, Step::Reapply, AwaitingConfirmation),
            (By::Applicant, Deregistered, Step::Reapply, AwaitingConfirmation),
            (By::Staff, Submitted, Step::RequestChanges, ChangesRequested),
            (By::Staff, Submitted, Step::Approve, Published),
            (By::Staff, Submitted, Step::Reject, Rejected),
            (By::Staff, ChangesRequested, Step::Reject, Rejected),
            (By::Staff, Published, Step::Unpublish, Unpublished),
            (By::Staff, Unpublished, Step::Republish, Published),
            (By::Staff, Published, Step::Deregister, Deregistered),
            (By::Staff, Unpublished, Step::Deregister, Deregistered),
            (By::Staff, Published, Step::Reverify, Published),
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
    fn codes_read_back() {
        for s in ListingStatus::ALL {
            assert_eq!(ListingStatus::from_code(s.code()), Some(s));
        }
        for s in Step::ALL {
            assert_eq!(Step::from_code(s.code()), Some(s));
        }
        for s in RsvStatus::ALL {
            assert_eq!(RsvStatus::from_code(s.code()), Some(s));
        }
        let groups = [TargetGroup::Vulnerable, TargetGroup::FlexJob];
        assert_eq!(TargetGroup::join(&groups), "flex_job,vulnerable");
        assert_eq!(
            TargetGroup::split("flex_job,nonsense,vulnerable"),
            [TargetGroup::FlexJob, TargetGroup::Vulnerable]
        );
        assert_eq!(TargetGroup::split(""), []);
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
    fn a_check_goes_stale_after_twelve_months() {
        let checked = day(2025, 11, 30);
        assert!(!check_is_stale(checked, day(2026, 11, 29)));
        assert!(check_is_stale(checked, day(2026, 11, 30)));
        assert!(check_is_stale(day(2024, 2, 29), day(2025, 2, 28)));
    }

    #[test]
    fn year_ends_are_days_of_every_year() {
        assert_eq!(YearEnd::from_code("12-31").unwrap().code(), "12-31");
        assert_eq!(YearEnd::from_code("06-30").unwrap().in_year(2026), day(2026, 6, 30));
        assert_eq!(YearEnd::from_code("02-29"), None);
        assert_eq!(YearEnd::from_code("13-01"), None);
        assert_eq!(YearEnd::from_code("1231"), None);
    }

    #[test]
    fn a_report_is_due_six_months_after_the_year_ends() {
        assert_eq!(report_due(day(2025, 12, 31)), day(2026, 6, 30));
        assert_eq!(report_due(day(2026, 6, 30)), day(2026, 12, 31));
        assert_eq!(report_due(day(2026, 2, 28)), day(2026, 8, 31));
        assert_eq!(report_due(day(2026, 3, 15)), day(2026, 9, 15));
        assert_eq!(reminder_on(day(2026, 6, 30)), day(2026, 5, 31));
    }

    #[test]
    fn the_next_report_is_the_oldest_unreported_year() {
        let calendar = YearEnd::new(12, 31).unwrap();
        let listed = day(2024, 3, 1);
        // Nothing reported: 2024 (ended 31 December) is owed, due at the end of June 2025.
        assert_eq!(
            next_report(calendar, None, listed),
            (day(2024, 12, 31), day(2025, 6, 30))
        );
        // Reported through 2025: 2026 runs until 31 December and is due in June 2027.
        assert_eq!(
            next_report(calendar, Some(2025), listed),
            (day(2026, 12, 31), day(2027, 6, 30))
        );
        // A year ending 30 June that ended before the listing is not asked for.
        let june = YearEnd::new(6, 30).unwrap();
        assert_eq!(
            next_report(june, None, day(2026, 8, 1)),
            (day(2027, 6, 30), day(2027, 12, 31))
        );
    }
}
