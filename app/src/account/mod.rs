//! Staff accounts: sign-in with argon2id passwords, sessions in the database, lockout after
//! repeated wrong passwords, and the authorization every staff page and server function
//! starts with (`auth::require`).
pub mod api;
#[cfg(feature = "ssr")]
pub mod auth;
mod login_page;
#[cfg(feature = "ssr")]
pub mod password;
#[cfg(feature = "ssr")]
pub mod queries;
#[cfg(feature = "ssr")]
pub mod reset;
mod reset_pages;
pub mod server_fns;
#[cfg(feature = "ssr")]
pub mod session;
mod staff_home_page;
mod staff_page_error;

pub use login_page::LoginPage;
pub use reset_pages::{RequestResetPage, ResetPasswordPage};
pub use staff_home_page::StaffHomePage;
pub use staff_page_error::StaffPageError;

/// For admins' staff pages, the demo seed and the `create-admin` command.
#[cfg(feature = "ssr")]
pub use queries::create_staff_user;
/// Who is told of a municipality's new applications and mentors.
#[cfg(feature = "ssr")]
pub use queries::reviewers;
/// A member of staff as signed in, found by email (for tests of other features).
#[cfg(feature = "ssr")]
pub use queries::signed_in_by_email;
/// The session cookie's name over https or not (for the server's tests).
#[cfg(feature = "ssr")]
pub use session::cookie_name as session_cookie_name;
/// For the session-expiry job.
#[cfg(feature = "ssr")]
pub use session::delete_expired as delete_expired_sessions;
/// The session token a request's `Cookie` header carries (for the server's CSRF check).
#[cfg(feature = "ssr")]
pub use session::token_from_cookie_header as session_token;

use crate::i18n::Msg;
use api::Role;

pub fn role_msg(role: Role) -> Msg {
    match role {
        Role::Contact => Msg::RoleContact,
        Role::Colleague => Msg::RoleColleague,
        Role::Admin => Msg::RoleAdmin,
        Role::SuperAdmin => Msg::RoleSuperAdmin,
    }
}
