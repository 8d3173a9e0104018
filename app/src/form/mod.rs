//! Forms, one way. Rules: `rules` holds every per-field rule as a plain function, which the
//! server runs through `validator` (`validate`) and the browser calls for instant feedback.
//! No JavaScript: every failed plain form post comes back to its page through one
//! mechanism (`post_back`), with its errors and what was typed in the query (`query`).
//! Pages read them with `components::field_error`, through `components::Field`.
#[cfg(feature = "ssr")]
mod post_back;
mod query;
pub mod rules;
#[cfg(feature = "ssr")]
mod validate;

#[cfg(feature = "ssr")]
pub use post_back::{is_plain_form_post, redirect_page, respond, respond_keeping};
pub use query::{back_with_error, with_query_param};
#[cfg(feature = "ssr")]
pub use validate::{Invalid, chars, check, field_errors};
