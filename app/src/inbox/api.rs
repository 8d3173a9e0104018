//! What the staff inbox's pages and server functions exchange.
use crate::domain::enquiry::{EnquiryStatus, Topic};
#[cfg(feature = "ssr")]
use crate::form::{Invalid, chars, rules};
use crate::i18n::Msg;
use serde::{Deserialize, Serialize};

/// Filters of the inbox list, from the page's query string. Its rules run on the server
/// before the list is read; empty means "no filter".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(validator::Validate))]
pub struct InboxQuery {
    #[serde(default)]
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "known_status::<Invalid>"))
    )]
    pub status: Option<String>,
    /// `yes`: only enquiries past their answer date and not answered or closed.
    #[serde(default)]
    pub overdue: Option<String>,
    /// Finds by reference, name, email or CVR number.
    #[serde(default)]
    pub q: Option<String>,
    /// A topic's code.
    #[serde(default)]
    #[cfg_attr(feature = "ssr", validate(custom(function = "known_topic::<Invalid>")))]
    pub topic: Option<String>,
    /// A member of staff's id, or `none` for the enquiries nobody has yet.
    #[serde(default)]
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "staff_or_none::<Invalid>"))
    )]
    pub assignee: Option<String>,
    /// `due` (soonest answer date first, the default), `newest` or `oldest` received.
    #[serde(default)]
    #[cfg_attr(feature = "ssr", validate(custom(function = "known_sort::<Invalid>")))]
    pub sort: Option<String>,
}

/// The longest reply or note.
pub const MAX_BODY_CHARS: usize = 10_000;

fn choose<E: From<Msg>>(ok: bool) -> Result<(), E> {
    if ok {
        Ok(())
    } else {
        Err(Msg::ErrorChoose.into())
    }
}

/// A status's code, or nothing.
pub fn known_status<E: From<Msg>>(value: &str) -> Result<(), E> {
    let value = value.trim();
    choose(value.is_empty() || EnquiryStatus::from_code(value).is_some())
}

/// A topic's code, or nothing.
pub fn known_topic<E: From<Msg>>(value: &str) -> Result<(), E> {
    let value = value.trim();
    choose(value.is_empty() || Topic::from_code(value).is_some())
}

/// A member of staff's id, `none`, or nothing.
pub fn staff_or_none<E: From<Msg>>(value: &str) -> Result<(), E> {
    let value = value.trim();
    choose(value.is_empty() || value == "none" || value.parse::<i32>().is_ok())
}

/// One of the orders of `InboxSort`, or nothing (the default).
pub fn known_sort<E: From<Msg>>(value: &str) -> Result<(), E> {
    choose(InboxSort::parse(Some(value.trim())).is_some())
}

/// A reply to the requester or an internal note, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(validator::Validate))]
pub struct MessageForm {
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            length(max = chars(MAX_BODY_CHARS))
        )
    )]
    pub body: String,
}

/// A status change, as posted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(validator::Validate))]
pub struct StatusForm {
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::chosen::<Invalid>"),
            custom(function = "known_status::<Invalid>")
        )
    )]
    pub status: String,
}

/// An erasure request: the person's email, and the box that confirms it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(validator::Validate))]
pub struct EraseForm {
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "rules::required::<Invalid>"))
    )]
    pub email: String,
    /// Must be `yes`.
    #[cfg_attr(feature = "ssr", validate(custom(function = "confirmed::<Invalid>")))]
    pub confirm: String,
}

/// The confirming checkbox's value.
pub fn confirmed<E: From<Msg>>(value: &str) -> Result<(), E> {
    if value == "yes" {
        Ok(())
    } else {
        Err(Msg::ErrorConsent.into())
    }
}

/// How the inbox list is ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InboxSort {
    Due,
    Newest,
    Oldest,
}

impl InboxSort {
    pub const ALL: [InboxSort; 3] = [InboxSort::Due, InboxSort::Newest, InboxSort::Oldest];

    pub fn code(self) -> &'static str {
        match self {
            InboxSort::Due => "due",
            InboxSort::Newest => "newest",
            InboxSort::Oldest => "oldest",
        }
    }

    /// `None` for a code that is not one of ours; empty or missing is the default.
    pub fn parse(code: Option<&str>) -> Option<InboxSort> {
        match code.unwrap_or("") {
            "" | "due" => Some(InboxSort::Due),
            "newest" => Some(InboxSort::Newest),
            "oldest" => Some(InboxSort::Oldest),
            _ => None,
        }
    }

    pub fn label(self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match self {
            InboxSort::Due => Msg::InboxSortDue,
            InboxSort::Newest => Msg::InboxSortNewest,
            InboxSort::Oldest => Msg::InboxSortOldest,
        }
    }
}

/// The inbox list and the staff its assignee filter offers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxList {
    pub items: Vec<InboxItem>,
    pub staff: Vec<(i32, String)>,
}

/// The inbox's figures: open and overdue now, and this month's median time to a first
/// answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dashboard {
    pub open: usize,
    pub overdue: usize,
    pub due_today: usize,
    pub received_this_month: usize,
    /// Minutes from submission to the first reply, median over this month's answered ones.
    pub median_first_answer_minutes: Option<i64>,
}

/// The median of whole minutes (the lower middle for an even count); `None` when empty.
pub fn median(mut minutes: Vec<i64>) -> Option<i64> {
    if minutes.is_empty() {
        return None;
    }
    minutes.sort_unstable();
    Some(minutes[(minutes.len() - 1) / 2])
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxItem {
    pub id: i32,
    pub reference: String,
    pub topic: Topic,
    pub name: String,
    pub status: EnquiryStatus,
    pub due_on: chrono::NaiveDate,
    pub assignee: Option<String>,
    pub overdue: bool,
    pub due_today: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventView {
    pub at: String,
    pub actor: Option<String>,
    pub kind: String,
    pub body: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnquiryDetail {
    pub item: InboxItem,
    pub email: String,
    pub phone: Option<String>,
    pub organisation: Option<String>,
    pub cvr: Option<String>,
    pub message: String,
    pub assessment_url: Option<String>,
    pub events: Vec<EventView>,
    /// Who it can be routed to: (id, name) of the municipality's staff.
    pub staff: Vec<(i32, String)>,
    /// Whether the signed-in user may route it and change its status (the contact).
    pub can_route: bool,
}

/// Statuses that still need an answer.
pub fn is_open(status: EnquiryStatus) -> bool {
    !matches!(status, EnquiryStatus::Answered | EnquiryStatus::Closed)
}

#[cfg(test)]
mod tests {
    use super::{InboxSort, median};

    #[test]
    fn sort_codes_round_trip_and_default_to_due() {
        for sort in InboxSort::ALL {
            assert_eq!(InboxSort::parse(Some(sort.code())), Some(sort));
        }
        assert_eq!(InboxSort::parse(None), Some(InboxSort::Due));
        assert_eq!(InboxSort::parse(Some("")), Some(InboxSort::Due));
        assert_eq!(InboxSort::parse(Some("id; drop")), None);
    }

    #[test]
    fn median_of_minutes() {
        assert_eq!(median(vec![]), None);
        assert_eq!(median(vec![30]), Some(30));
        assert_eq!(median(vec![90, 10, 30]), Some(30));
        assert_eq!(median(vec![40, 10, 30, 20]), Some(20));
    }
}
