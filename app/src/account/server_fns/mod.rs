//! Staff sign-in and sign-out, one per file.
mod current_staff;
mod sign_in;
mod sign_out;

pub use current_staff::{CurrentStaff, current_staff};
pub use sign_in::{SignIn, sign_in};
pub use sign_out::{SignOut, sign_out};
