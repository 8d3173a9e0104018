//! What the staff inbox's pages and server functions exchange.
use crate::enquiries::api::{EnquiryStatus, Topic};
use serde::{Deserialize, Serialize};

/// Filters of the inbox list, from the page's query string.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxQuery {
    #[serde(default)]
    pub status: Option<String>,
    /// `yes`: only enquiries past their answer date and not answered or closed.
    #[serde(default)]
    pub overdue: Option<String>,
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

/// The routing rules page: each topic with its default member of staff, and the staff.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoutingData {
    pub topics: Vec<(Topic, Option<i32>)>,
    pub staff: Vec<(i32, String)>,
}
