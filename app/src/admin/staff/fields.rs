use super::api::{MAX_DISPLAY_NAME_CHARS, StaffInput};
use crate::account::{api::Role, role_msg};
use crate::components::{Control, Field, choice};
use crate::error::AppError;
use crate::form::rules;
use crate::i18n::Msg;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `values`, or what was typed when a form posted without JavaScript came back with an
/// error (the server puts it in the query).
pub fn typed_or(values: StaffInput) -> StaffInput {
    let query = use_query_map();
    let query = query.read_untracked();
    if query.get("error").is_none() {
        return values;
    }
    let typed = |key: &str, fallback: String| query.get(key).unwrap_or(fallback);
    StaffInput {
        display_name: typed("display_name", values.display_name),
        email: typed("email", values.email),
        role: typed("role", values.role),
        municipality_id: typed("municipality_id", values.municipality_id),
    }
}

/// Name, email, role and municipality of a staff form (`input[...]`), each with its
/// message when the last try failed.
#[component]
pub fn StaffFields(
    values: StaffInput,
    municipalities: Vec<(i32, String)>,
    roles: Vec<Role>,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    let roles: Vec<_> = roles
        .into_iter()
        .map(|role| choice(role.code(), role_msg(role)))
        .collect();
    let places: Vec<_> = municipalities
        .into_iter()
        .map(|(id, name)| choice(id.to_string(), name))
        .collect();
    view! {
        <Field name="display_name" group="input" label=Msg::EnquiryNameLabel value=values.display_name
            required=true maxlength=MAX_DISPLAY_NAME_CHARS autocomplete="off" error/>
        <Field name="email" group="input" label=Msg::EmailLabel control=Control::Email value=values.email
            required=true maxlength=254 autocomplete="off" check=rules::email error/>
        <Field name="role" group="input" label=Msg::RoleLabel hint=Msg::RoleHelp control=Control::Select
            empty_option=Msg::ChooseOption options=roles value=values.role error/>
        <Field name="municipality_id" group="input" label=Msg::MunicipalityLabel control=Control::Select
            empty_option=Msg::ChooseOption options=places value=values.municipality_id error/>
    }
}
