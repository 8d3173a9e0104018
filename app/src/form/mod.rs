//! Forms that work without JavaScript: every failed plain form post comes back to its page
//! through one mechanism (`post_back`), with its errors and what was typed in the query
//! (`query`). Pages read them with `components::FieldMessage`.
#[cfg(feature = "ssr")]
mod post_back;
mod query;

#[cfg(feature = "ssr")]
pub use post_back::{is_plain_form_post, redirect_page, respond, respond_keeping};
pub use query::{back_with_error, with_query_param};
