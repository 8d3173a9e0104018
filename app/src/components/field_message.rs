use crate::error::{AppError, FieldError};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The problem with one form field, shown next to it: from the action's last error when
/// JavaScript sent the form, else from the `fe=` parameters a form posted without
/// JavaScript came back with (see `error::back_with_error`). Its id is `{name}-error`.
#[component]
pub fn FieldMessage(
    name: &'static str,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let message = move || match error.get() {
        Some(err) => err.field(name).cloned(),
        None => query
            .read()
            .get_all("fe")
            .unwrap_or_default()
            .iter()
            .filter_map(|v| FieldError::from_param(v))
            .find(|e| e.field == name),
    };
    move || {
        message().map(|e| {
            view! { <p id=format!("{name}-error") class="field-error">{move || e.text(i18n.lang())}</p> }
        })
    }
}
