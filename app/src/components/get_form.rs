//! What the app's search and filter forms (`<Form method="GET">`) share.
use std::sync::Arc;

/// For a `<Form method="GET">`'s `on_form_data`: leptos adds the button that was pressed to
/// the query even when it has no name (`…&=` at the end of a shared link); a browser
/// without JavaScript leaves it out, and so does this.
pub fn without_unnamed_button() -> Arc<dyn Fn(&leptos::web_sys::FormData)> {
    Arc::new(|data| data.delete(""))
}
