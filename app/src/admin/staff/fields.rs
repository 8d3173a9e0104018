use super::api::{MAX_DISPLAY_NAME_CHARS, StaffInput};
use crate::account::{api::Role, role_msg};
use crate::components::{FieldMessage, field_aria};
use crate::error::AppError;
use crate::i18n::{Msg, use_i18n};
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
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let roles = Role::ALL
        .into_iter()
        .map(|role| {
            let selected = role.code() == values.role;
            view! { <option value=role.code() selected=selected>{i18n.t(role_msg(role))}</option> }
        })
        .collect_view();
    let chosen = values.municipality_id.clone();
    let places = municipalities
        .into_iter()
        .map(|(id, name)| {
            let value = id.to_string();
            let selected = value == chosen;
            view! { <option value=value selected=selected>{name}</option> }
        })
        .collect_view();
    let (name_invalid, name_described) = field_aria("display_name", false, error);
    let (email_invalid, email_described) = field_aria("email", false, error);
    let (role_invalid, role_described) = field_aria("role", true, error);
    let (place_invalid, place_described) = field_aria("municipality_id", false, error);
    view! {
        <div class="field">
            <label for="display_name">{i18n.t(Msg::EnquiryNameLabel)}</label>
            <FieldMessage name="display_name" error/>
            <input id="display_name" name="input[display_name]" type="text" required
                maxlength=MAX_DISPLAY_NAME_CHARS.to_string() autocomplete="off" value=values.display_name
                aria-invalid=name_invalid aria-describedby=name_described/>
        </div>
        <div class="field">
            <label for="email">{i18n.t(Msg::EmailLabel)}</label>
            <FieldMessage name="email" error/>
            <input id="email" name="input[email]" type="email" required maxlength="254"
                autocomplete="off" value=values.email
                aria-invalid=email_invalid aria-describedby=email_described/>
        </div>
        <div class="field">
            <label for="role">{i18n.t(Msg::RoleLabel)}</label>
            <p id="role-help" class="help">{i18n.t(Msg::RoleHelp)}</p>
            <FieldMessage name="role" error/>
            <select id="role" name="input[role]" aria-invalid=role_invalid aria-describedby=role_described>
                <option value="">{i18n.t(Msg::ChooseOption)}</option>
                {roles}
            </select>
        </div>
        <div class="field">
            <label for="municipality_id">{i18n.t(Msg::MunicipalityLabel)}</label>
            <FieldMessage name="municipality_id" error/>
            <select id="municipality_id" name="input[municipality_id]"
                aria-invalid=place_invalid aria-describedby=place_described>
                <option value="">{i18n.t(Msg::ChooseOption)}</option>
                {places}
            </select>
        </div>
    }
}
