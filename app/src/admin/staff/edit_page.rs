use super::api::StaffInput;
use super::fields::{StaffFields, typed_or};
use super::list_page::staff_status;
use super::server_fns::{SendStaffPasswordLink, UpdateStaff, get_staff};
use crate::account::StaffPageError;
use crate::components::{Control, Field, PageTitle};
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/staff/users/{id}` (admins): change a member of staff's details, role or municipality,
/// deactivate or reactivate them, or email them a link to choose a (new) password.
#[component]
pub fn StaffEditPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let id = crate::components::use_id_param();
    let update = ServerAction::<UpdateStaff>::new();
    let link = ServerAction::<SendStaffPasswordLink>::new();
    let data = Resource::new(
        move || (id.get(), update.version().get() + link.version().get()),
        |(id, _)| get_staff(id),
    );
    let error = move || {
        update
            .value()
            .get()
            .and_then(Result::err)
            .or_else(|| link.value().get().and_then(Result::err))
    };
    let saved =
        move || query.read().get("saved").is_some() || matches!(update.value().get(), Some(Ok(())));
    let sent =
        move || query.read().get("sent").is_some() || matches!(link.value().get(), Some(Ok(())));
    view! {
        <PageTitle msg=Msg::StaffEditTitle/>
        <p><a href="/staff/users">{i18n.t(Msg::StaffUsersTitle)}</a></p>
        {move || saved().then(|| view! { <p class="notice notice-info" role="status">{i18n.t(Msg::StaffSaved)}</p> })}
        {move || sent().then(|| view! { <p class="notice notice-info" role="status">{i18n.t(Msg::StaffLinkSent)}</p> })}
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(edit) => {
                        let row = edit.row;
                        let status = staff_status(&row);
                        let values = typed_or(StaffInput {
                            display_name: row.display_name.clone(),
                            email: row.email.clone(),
                            role: row.role.code().to_owned(),
                            municipality_id: row.municipality_id.to_string(),
                        });
                        let link_label = if row.invited { Msg::StaffResendInvite } else { Msg::StaffSendResetLink };
                        view! {
                            <h1>{row.display_name.clone()}</h1>
                            <p>{i18n.t(Msg::EnquiryStatusLabel)} ": " {i18n.t(status)}</p>
                            {edit.is_self.then(|| view! { <p class="help">{i18n.t(Msg::StaffSelfNote)}</p> })}
                            <ActionForm action=update attr:class="login-form">
                                <input type="hidden" name="id" value=row.id.to_string()/>
                                <StaffFields values municipalities=edit.municipalities roles=edit.roles error=Signal::derive(error)/>
                                <Field name="active" label=Msg::StaffActiveLabel control=Control::Checkbox
                                    checked=row.active error=Signal::derive(error)/>
                                <button type="submit" class="button">{i18n.t(Msg::StaffSaveButton)}</button>
                            </ActionForm>
                            <h2>{i18n.t(Msg::StaffPasswordHeading)}</h2>
                            <p>{i18n.t(Msg::StaffPasswordLead)}</p>
                            <ActionForm action=link>
                                <input type="hidden" name="id" value=row.id.to_string()/>
                                <button type="submit" class="button button-secondary" disabled=!row.active>{i18n.t(link_label)}</button>
                            </ActionForm>
                        }.into_any()
                    }
                    Err(error) => view! { <StaffPageError error as_heading=true/> }.into_any(),
                }
            })}
        </Transition>
    }
}
