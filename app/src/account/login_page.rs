use super::server_fns::SignIn;
use crate::components::PageTitle;
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
    let field_error = move |name: &'static str| {
        error().and_then(|e| e.field(name).cloned()).map(|e| {
            view! { <p id=format!("{name}-error") class="field-error">{move || e.text(i18n.lang())}</p> }
        })
    };
    view! {
        <PageTitle msg=Msg::LoginTitle/>
        <h1>{i18n.t(Msg::LoginTitle)}</h1>
        <p class="lead">{i18n.t(Msg::LoginLead)}</p>
        {move || query.read().get("reset").is_some().then(|| view! {
            <p class="notice notice-info" role="status">{i18n.t(Msg::PasswordChanged)}</p>
        })}
        {move || error().filter(|e| e.field("email").is_none() && e.field("password").is_none()).map(|e| view! {
            <p class="notice notice-error" role="alert">{i18n.t(e.message())}</p>
        })}
        <ActionForm action=sign_in attr:class="login-form">
            <div class="field">
                <label for="email">{i18n.t(Msg::EmailLabel)}</label>
                {move || field_error("email")}
                <input id="email" name="email" type="email" autocomplete="username" required value=email maxlength="254"/>
            </div>
            <div class="field">
                <label for="password">{i18n.t(Msg::PasswordLabel)}</label>
                {move || field_error("password")}
                <input id="password" name="password" type="password" autocomplete="current-password" required maxlength="512"/>
            </div>
            <button type="submit" class="button">{i18n.t(Msg::LoginButton)}</button>
        </ActionForm>
        <p><a href="/staff/reset">{i18n.t(Msg::ForgotPassword)}</a></p>
    }
}
