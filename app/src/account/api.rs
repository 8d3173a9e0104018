//! What the staff pages and the sign-in server functions exchange.
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The municipal contact: everything in their municipality.
    Contact,
    /// A colleague the contact routes enquiries to: what is routed to them.
    Colleague,
    /// A municipality's administrator: its staff accounts, routing, outbox and audit log,
    /// besides everything a contact does.
    Admin,
    /// The installation's administrator: municipalities, discount rates, and every
    /// municipality's accounts, outbox and audit log.
    SuperAdmin,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Contact,
        Role::Colleague,
        Role::Admin,
        Role::SuperAdmin,
    ];
    /// Who administers staff, routing, the outbox and the audit log (each in their scope).
    pub const ADMINS: [Role; 2] = [Role::Admin, Role::SuperAdmin];
    /// Who reviews and keeps registry entries (each in their scope; `CurrentUser::reviews`).
    pub const REVIEWERS: [Role; 3] = [Role::Contact, Role::Admin, Role::SuperAdmin];

    pub fn code(self) -> &'static str {
        match self {
            Role::Contact => "contact",
            Role::Colleague => "colleague",
            Role::Admin => "admin",
            Role::SuperAdmin => "super_admin",
        }
    }

    /// Handles enquiries and personal data of the whole municipality (not only what is
    /// routed to them).
    pub fn sees_whole_inbox(self) -> bool {
        !matches!(self, Role::Colleague)
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

impl CurrentUser {
    /// Administers what belongs to `municipality_id`: their own municipality's, or, for the
    /// installation's administrator, any.
    pub fn administers(&self, municipality_id: i32) -> bool {
        match self.role {
            Role::SuperAdmin => true,
            Role::Admin => self.municipality_id == municipality_id,
            Role::Contact | Role::Colleague => false,
        }
    }

    /// Reviews and keeps the registry entries of `municipality_id`: its contacts and
    /// admins, and the installation's administrator (any); not colleagues.
    pub fn reviews(&self, municipality_id: i32) -> bool {
        match self.role {
            Role::SuperAdmin => true,
            Role::Contact | Role::Admin => self.municipality_id == municipality_id,
            Role::Colleague => false,
        }
    }

    /// Whose records an administrator reads (outbox, audit log): one municipality, or
    /// `None` for the whole installation.
    pub fn scope(&self) -> Option<i32> {
        (self.role != Role::SuperAdmin).then_some(self.municipality_id)
    }
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
