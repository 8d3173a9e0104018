use super::api::{StaffInput, StaffRow};
use super::fields::{StaffFields, typed_or};
use super::server_fns::{CreateStaff, list_staff};
use crate::account::{StaffPageError, role_msg};
use crate::components::PageTitle;
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The status of an account in a word: what the admin most needs to know.
pub fn staff_status(row: &StaffRow) -> Msg {
    if !row.active {
        Msg::StaffDeactivated
    } else if row.locked {
        Msg::StaffLocked
    } else if row.invited {
        Msg::StaffInvited
    } else {
        Msg::StaffActive
    }
}

/// `/staff/users` (admins): every member of staff, and a form to add one, who then gets
/// an emailed link to choose a password.
#[component]
pub fn StaffListPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let create = ServerAction::<CreateStaff>::new();
    let data = Resource::new(move || create.version().get(), |_| list_staff());
    let error = move || create.value().get().and_then(Result::err);
    let created = move || {
        query.read().get("created").is_some() || matches!(create.value().get(), Some(Ok(_)))
    };
    view! {
        <PageTitle msg=Msg::StaffUsersTitle/>
        <h1>{i18n.t(Msg::StaffUsersTitle)}</h1>
        <p class="lead">{i18n.t(Msg::StaffUsersLead)}</p>
        {move || created().then(|| view! { <p class="notice notice-info" role="status">{i18n.t(Msg::StaffCreated)}</p> })}
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(list) => {
                        let rows = list
                            .staff
                            .into_iter()
                            .map(|row| {
                                let status = staff_status(&row);
                                view! {
                                    <tr class:row-overdue=!row.active>
                                        <td><a href=format!("/staff/users/{}", row.id)>{row.display_name}</a></td>
                                        <td>{row.email}</td>
                                        <td>{i18n.t(role_msg(row.role))}</td>
                                        <td>{row.municipality_name}</td>
                                        <td>{i18n.t(status)}</td>
                                    </tr>
                                }
                            })
                            .collect_view();
                        let values = typed_or(StaffInput {
                            role: "colleague".into(),
                            ..Default::default()
                        });
                        view! {
                            <table class="rates inbox">
                                <caption>{i18n.t(Msg::StaffUsersCaption)}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{i18n.t(Msg::EnquiryNameLabel)}</th>
                                        <th scope="col">{i18n.t(Msg::EmailLabel)}</th>
                                        <th scope="col">{i18n.t(Msg::RoleLabel)}</th>
                                        <th scope="col">{i18n.t(Msg::MunicipalityLabel)}</th>
                                        <th scope="col">{i18n.t(Msg::EnquiryStatusLabel)}</th>
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
                            <h2>{i18n.t(Msg::StaffNewHeading)}</h2>
                            <ActionForm action=create attr:class="login-form">
                                <StaffFields values municipalities=list.municipalities roles=list.roles error=Signal::derive(error)/>
                                <button type="submit" class="button">{i18n.t(Msg::StaffCreateButton)}</button>
                            </ActionForm>
                        }.into_any()
                    }
                    Err(error) => view! { <StaffPageError error/> }.into_any(),
                }
            })}
        </Transition>
    }
}
