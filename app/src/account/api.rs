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
/// The longest email address SMTP allows.
pub const MAX_EMAIL_CHARS: usize = 254;
/// What sign-in accepts before comparing (longer than any password the policy allows, so a
/// wrong one still gets "wrong email or password", not a length message).
pub const MAX_SIGN_IN_PASSWORD_CHARS: usize = 512;

#[cfg(feature = "ssr")]
use crate::form::{Invalid, chars, rules};

/// The sign-in form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(validator::Validate))]
pub struct SignInForm {
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            length(max = chars(MAX_EMAIL_CHARS))
        )
    )]
    pub email: String,
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            length(max = chars(MAX_SIGN_IN_PASSWORD_CHARS))
        )
    )]
    pub password: String,
}

/// The "forgot your password" form: where to send the link.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(validator::Validate))]
pub struct ResetRequestForm {
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>", code = "ErrorEmail"),
            length(max = chars(MAX_EMAIL_CHARS), code = "ErrorEmail")
        )
    )]
    pub email: String,
}

/// A new password, typed twice. Long enough to resist guessing; anything else goes (no
/// composition rules, NIST 800-63B).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(validator::Validate))]
pub struct NewPasswordForm {
    #[cfg_attr(
        feature = "ssr",
        validate(length(
            min = chars(MIN_PASSWORD_CHARS),
            max = chars(MAX_PASSWORD_CHARS),
            code = "ErrorPasswordLength"
        ))
    )]
    pub password: String,
    #[cfg_attr(
        feature = "ssr",
        validate(must_match(other = "password", code = "ErrorPasswordsDiffer"))
    )]
    pub repeat: String,
}
