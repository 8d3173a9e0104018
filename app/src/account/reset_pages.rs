use super::server_fns::{RequestPasswordReset, ResetPassword};
use crate::components::{Control, ErrorNotice, Field, PageTitle};
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/staff/reset`: ask for a reset link by email.
#[component]
pub fn RequestResetPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let request = ServerAction::<RequestPasswordReset>::new();
    let sent = move || query.read().get("sent").is_some();
    let error = move || request.value().get().and_then(Result::err);
    view! {
        <PageTitle msg=Msg::ResetTitle/>
        <h1>{i18n.t(Msg::ResetTitle)}</h1>
        {move || sent().then(|| view! { <p class="notice notice-info" role="status">{i18n.t(Msg::ResetSent)}</p> })}
        <p class="lead">{i18n.t(Msg::ResetLead)}</p>
        {move || error().map(|e| view! { <ErrorNotice msg=e.message()/> })}
        <ActionForm action=request attr:class="login-form">
            <Field name="email" label=Msg::EmailLabel control=Control::Email
                autocomplete="username" required=true maxlength=254 error=Signal::derive(error)/>
            <button type="submit" class="button">{i18n.t(Msg::ResetButton)}</button>
        </ActionForm>
    }
}

/// `/staff/reset/{token}`: choose a new password with the emailed link.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let token = params.read_untracked().get("token").unwrap_or_default();
    let reset = ServerAction::<ResetPassword>::new();
    let error = move || reset.value().get().and_then(Result::err);
    let link_invalid = move || {
        query.read().get("link").as_deref() == Some("dead")
            || matches!(error(), Some(crate::error::AppError::NotFound))
    };
    view! {
        <PageTitle msg=Msg::NewPasswordTitle/>
        <h1>{i18n.t(Msg::NewPasswordTitle)}</h1>
        {move || link_invalid().then(|| view! {
            <p class="notice notice-error" role="alert">
                {i18n.t(Msg::ResetLinkInvalid)} " " <a href="/staff/reset">{i18n.t(Msg::ResetTitle)}</a>
            </p>
        })}
        <ActionForm action=reset attr:class="login-form">
            <input type="hidden" name="token" value=token/>
            <Field name="password" label=Msg::NewPasswordLabel hint=Msg::PasswordHelp
                control=Control::Password autocomplete="new-password" required=true
                minlength=12 maxlength=128 error=Signal::derive(error)/>
            <Field name="repeat" label=Msg::RepeatPasswordLabel control=Control::Password
                autocomplete="new-password" required=true maxlength=128 error=Signal::derive(error)/>
            <button type="submit" class="button">{i18n.t(Msg::SavePasswordButton)}</button>
        </ActionForm>
    }
}
