use super::server_fns::SignIn;
use crate::components::{Control, ErrorNotice, Field, PageTitle};
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/staff/login`. A plain form post: without JavaScript a failed attempt comes back here
/// with the email kept and the reason shown by the layout; with it, the reason shows here.
#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let email = query.read_untracked().get("email").unwrap_or_default();
    let sign_in = ServerAction::<SignIn>::new();
    let error = move || sign_in.value().get().and_then(Result::err);
    view! {
        <PageTitle msg=Msg::LoginTitle/>
        <h1>{i18n.t(Msg::LoginTitle)}</h1>
        <p class="lead">{i18n.t(Msg::LoginLead)}</p>
        {move || query.read().get("reset").is_some().then(|| view! {
            <p class="notice notice-info" role="status">{i18n.t(Msg::PasswordChanged)}</p>
        })}
        {move || error().filter(|e| e.field("email").is_none() && e.field("password").is_none()).map(|e| view! {
            <ErrorNotice msg=e.message()/>
        })}
        <ActionForm action=sign_in attr:class="login-form">
            <Field name="email" label=Msg::EmailLabel control=Control::Email value=email
                autocomplete="username" required=true maxlength=254 error=Signal::derive(error)/>
            <Field name="password" label=Msg::PasswordLabel control=Control::Password
                autocomplete="current-password" required=true maxlength=512 error=Signal::derive(error)/>
            <button type="submit" class="button">{i18n.t(Msg::LoginButton)}</button>
        </ActionForm>
        <p><a href="/staff/reset">{i18n.t(Msg::ForgotPassword)}</a></p>
    }
}
