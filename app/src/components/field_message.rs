use crate::error::{AppError, FieldError};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The problem with field `name`: from the action's last error when JavaScript sent the
/// form, else from the `fe=` parameters a form posted without JavaScript came back with
/// (see `form::back_with_error`).
pub fn field_error(
    name: &'static str,
    error: Signal<Option<AppError>>,
) -> impl Fn() -> Option<FieldError> + Copy + Send + Sync + 'static {
    let query = use_query_map();
    move || match error.get() {
        Some(err) => err.field(name).cloned(),
        None => query
            .read()
            .get_all("fe")
            .unwrap_or_default()
            .iter()
            .filter_map(|v| FieldError::from_param(v))
            .find(|e| e.field == name),
    }
}

/// A field's `aria-invalid` and `aria-describedby` (its help text when it has one, then
/// its message), so screen readers read the message with the field.
pub fn field_aria(
    name: &'static str,
    has_help: bool,
    error: Signal<Option<AppError>>,
) -> (
    impl Fn() -> Option<&'static str> + Copy + Send + Sync + 'static,
    impl Fn() -> Option<String> + Copy + Send + Sync + 'static,
) {
    let problem = field_error(name, error);
    let invalid = move || problem().map(|_| "true");
    let described = move || {
        let ids: Vec<String> = [
            has_help.then(|| format!("{name}-help")),
            problem().map(|_| format!("{name}-error")),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    (invalid, described)
}

/// The message for field `name`, shown next to it (id `{name}-error`).
#[component]
pub fn FieldMessage(
    name: &'static str,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let message = field_error(name, error);
    move || {
        message().map(|e| {
            view! { <p id=format!("{name}-error") class="field-error">{move || e.text(i18n.lang())}</p> }
        })
    }
}
