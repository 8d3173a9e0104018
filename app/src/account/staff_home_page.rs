use super::role_msg;
use super::server_fns::{SignOut, current_staff};
use crate::account::StaffPageError;
use crate::components::PageTitle;
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;

/// `/staff`: the staff area's start. Nobody signed in is sent to the sign-in page.
#[component]
pub fn StaffHomePage() -> impl IntoView {
    let i18n = use_i18n();
    let user = Resource::new(|| (), |()| current_staff());
    let sign_out = ServerAction::<SignOut>::new();
    view! {
        <PageTitle msg=Msg::StaffHomeTitle/>
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match user.await {
                    Ok(user) => {
                        let role = role_msg(user.role);
                        use super::api::Role;
                        let is_admin = Role::ADMINS.contains(&user.role);
                        let runs_installation = user.role == Role::SuperAdmin;
                        view! {
                            <h1>{i18n.t(Msg::StaffHomeTitle)}</h1>
                            <p>
                                {move || {
                                    let lang = i18n.lang();
                                    lang.fill(Msg::SignedInAs, &[
                                        ("name", &user.display_name),
                                        ("role", &lang.t(role)),
                                        ("municipality", &user.municipality_name),
                                    ])
                                }}
                            </p>
                            <p><a href="/staff/inbox">{i18n.t(Msg::StaffInboxLink)}</a></p>
                            {user.role.sees_whole_inbox().then(|| view! {
                                <p><a href="/staff/listings">{i18n.t(Msg::ReviewQueueTitle)}</a></p>
                                <p><a href="/staff/mentors">{i18n.t(Msg::StaffMentorsTitle)}</a></p>
                            })}
                            {is_admin.then(|| view! {
                                <p><a href="/staff/users">{i18n.t(Msg::StaffUsersTitle)}</a></p>
                                <p><a href="/staff/routing">{i18n.t(Msg::StaffRoutingLink)}</a></p>
                                <p><a href="/staff/outbox">{i18n.t(Msg::OutboxTitle)}</a></p>
                                <p><a href="/staff/audit">{i18n.t(Msg::AuditTitle)}</a></p>
                            })}
                            {runs_installation.then(|| view! {
                                <p><a href="/staff/municipalities">{i18n.t(Msg::MunicipalitiesTitle)}</a></p>
                                <p><a href="/staff/rates">{i18n.t(Msg::StaffRatesLink)}</a></p>
                            })}
                            <ActionForm action=sign_out>
                                <button type="submit" class="button button-secondary">{i18n.t(Msg::SignOutButton)}</button>
                            </ActionForm>
                        }.into_any()
                    }
                    Err(error) => view! { <StaffPageError error as_heading=true/> }.into_any(),
                }
            })}
        </Transition>
    }
}
