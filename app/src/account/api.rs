//! What the staff pages and the sign-in server functions exchange.
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The municipal contact: everything in their municipality.
    Contact,
    /// A colleague the contact routes enquiries to: what is routed to them.
    Colleague,
    /// Users, municipalities and settings of the whole installation.
    Admin,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Contact, Role::Colleague, Role::Admin];

    pub fn code(self) -> &'static str {
        match self {
            Role::Contact => "contact",
            Role::Colleague => "colleague",
            Role::Admin => "admin",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// The signed-in member of staff, as pages see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub id: i32,
    pub display_name: String,
    pub email: String,
    pub role: Role,
    pub municipality_id: i32,
    pub municipality_name: String,
}

/// Wrong passwords in a row before an account locks, and for how long.
pub const MAX_FAILED_LOGINS: i32 = 5;
pub const LOCKOUT_MINUTES: i64 = 15;
/// A session lasts a working day.
pub const SESSION_HOURS: i64 = 8;
pub const MIN_PASSWORD_CHARS: usize = 12;
pub const MAX_PASSWORD_CHARS: usize = 128;
