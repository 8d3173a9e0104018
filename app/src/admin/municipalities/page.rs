use super::api::{MAX_MUNICIPALITY_NAME_CHARS, MunicipalityRow};
use super::server_fns::{CreateMunicipality, RenameMunicipality, list_municipalities_admin};
use crate::account::StaffPageError;
use crate::components::{Field, PageTitle};
use crate::form::rules;
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/staff/municipalities` (admins): the municipalities with their staff and companies,
/// a form to add one and one to rename each.
#[component]
pub fn MunicipalitiesPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let create = ServerAction::<CreateMunicipality>::new();
    let rename = ServerAction::<RenameMunicipality>::new();
    let data = Resource::new(
        move || create.version().get() + rename.version().get(),
        |_| list_municipalities_admin(),
    );
    let create_error = move || create.value().get().and_then(Result::err);
    let rename_error = move || rename.value().get().and_then(Result::err);
    let saved = move || {
        query.read().get("saved").is_some()
            || matches!(create.value().get(), Some(Ok(())))
            || matches!(rename.value().get(), Some(Ok(())))
    };
    // What was typed into the new-municipality form, back after an error without JavaScript.
    let kept = move |key: &str| query.read_untracked().get(key).unwrap_or_default();
    view! {
        <PageTitle msg=Msg::MunicipalitiesTitle/>
        <h1>{i18n.t(Msg::MunicipalitiesTitle)}</h1>
        <p class="lead">{i18n.t(Msg::MunicipalitiesLead)}</p>
        {move || saved().then(|| view! { <p class="notice notice-info" role="status">{i18n.t(Msg::StaffSaved)}</p> })}
        {move || rename_error().map(|e| view! { <p class="notice notice-error" role="alert">{move || {
            let lang = i18n.lang();
            e.field("name").map(|f| f.text(lang)).unwrap_or_else(|| lang.t(e.message()).to_owned())
        }}</p> })}
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    // The form to add one only for whom the list is: others are refused.
                    Ok(rows) => view! {
                        <Table rows rename/>
                        <h2>{i18n.t(Msg::MunicipalitiesAddHeading)}</h2>
                        <ActionForm action=create attr:class="login-form">
                            <Field name="code" label=Msg::MunicipalityCodeLabel hint=Msg::MunicipalityCodeHelp
                                inputmode="numeric" required=true maxlength=4 value=kept("code")
                                check=rules::municipality_code error=Signal::derive(create_error)/>
                            <Field name="name" label=Msg::EnquiryNameLabel required=true
                                maxlength=MAX_MUNICIPALITY_NAME_CHARS value=kept("name")
                                error=Signal::derive(create_error)/>
                            <button type="submit" class="button">{i18n.t(Msg::MunicipalitiesAddButton)}</button>
                        </ActionForm>
                    }.into_any(),
                    Err(error) => view! { <StaffPageError error/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Table(rows: Vec<MunicipalityRow>, rename: ServerAction<RenameMunicipality>) -> impl IntoView {
    let i18n = use_i18n();
    let body = rows
        .into_iter()
        .map(|m| {
            view! {
                <tr>
                    <td>{m.code}</td>
                    <td>
                        <ActionForm action=rename attr:class="inline-form">
                            <input type="hidden" name="id" value=m.id.to_string()/>
                            // Every row posts `name`: its message shows above the table.
                            <Field name="name" id=format!("name-{}", m.id) label=Msg::MunicipalityNewName
                                hide_label=true class="field-inline" required=true
                                maxlength=MAX_MUNICIPALITY_NAME_CHARS value=m.name/>
                            <button type="submit" class="button button-secondary">{i18n.t(Msg::MunicipalityRename)}</button>
                        </ActionForm>
                    </td>
                    <td><a href=format!("/registry?municipality={}", m.slug)>{m.slug.clone()}</a></td>
                    <td class="number">{m.staff}</td>
                    <td class="number">{m.companies}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="rates inbox">
            <caption>{i18n.t(Msg::MunicipalitiesCaption)}</caption>
            <thead>
                <tr>
                    <th scope="col">{i18n.t(Msg::MunicipalityCodeLabel)}</th>
                    <th scope="col">{i18n.t(Msg::EnquiryNameLabel)}</th>
                    <th scope="col">{i18n.t(Msg::MunicipalitySlug)}</th>
                    <th scope="col">{i18n.t(Msg::StaffUsersTitle)}</th>
                    <th scope="col">{i18n.t(Msg::MunicipalityCompanies)}</th>
                </tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
    }
}
