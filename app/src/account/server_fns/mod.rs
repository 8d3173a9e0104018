//! Staff sign-in, sign-out and password reset, one per file.
mod current_staff;
mod request_password_reset;
mod reset_password;
mod sign_in;
mod sign_out;

pub use current_staff::{CurrentStaff, current_staff};
pub use request_password_reset::{RequestPasswordReset, request_password_reset};
pub use reset_password::{ResetPassword, reset_password};
pub use sign_in::{SignIn, sign_in};
pub use sign_out::{SignOut, sign_out};
