//! Forms, one way. Rules: `rules` holds every per-field rule as a plain function, which the
//! server runs through `validator` (`validate`) and the browser calls for instant feedback.
//! No JavaScript: every failed plain form post comes back to its page through one
//! mechanism (`post_back::respond_keeping`): a redirect to the page it came from with the
//! error's code, its field errors and what was typed in the query (`query`); what may not
//! sit in a URL (a requester's personal data) is kept on the server (`retry`) and only its
//! token goes along; a form with a file is read by `upload`. Pages read the errors with `components::field_error`, through
//! `components::Field`.
#[cfg(feature = "ssr")]
mod post_back;
mod query;
#[cfg(feature = "ssr")]
pub mod retry;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod upload;
#[cfg(feature = "ssr")]
mod validate;

#[cfg(feature = "ssr")]
pub use post_back::{back_to_form, is_plain_form_post, redirect_page, respond, respond_keeping};
pub use query::back_with_error;
#[cfg(feature = "ssr")]
pub use validate::{Invalid, chars, check, field_errors};
