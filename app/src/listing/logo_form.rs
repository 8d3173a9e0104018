//! The logo's part of the applicant's page and the reviewer's: the logo as it is, and a form
//! with a file to put a new one or take it away. A plain form (`multipart/form-data`), with
//! or without JavaScript: the server answers with the page again, a refused file's
//! message by the field (`fe=`).
use crate::components::{Control, Field};
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// What the browser offers to choose from; the server decides by the content.
const ACCEPT: &str = "image/png,image/jpeg,image/webp";

/// `action`: the server function's URL; `key`: the hidden field that says which listing
/// (`token` or `id`) and its value; `logo`: the current one as a `data:` URL.
#[component]
pub fn LogoForm(
    action: &'static str,
    key: (&'static str, String),
    logo: Option<String>,
    company: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let saved = move || query.read().get("done").as_deref() == Some("logo");
    // Errors come back in the address only (no action of the app's own client).
    let error = Signal::derive(|| None);
    let alt = i18n.lang().fill(Msg::LogoAlt, &[("company", &company)]);
    let has_logo = logo.is_some();
    view! {
        <section class="logo-section" aria-labelledby="logo-heading">
            <h2 id="logo-heading">{i18n.t(Msg::LogoHeading)}</h2>
            {move || saved().then(|| view! {
                <p class="notice notice-info" role="status">{i18n.t(Msg::LogoSaved)}</p>
            })}
            {match logo {
                Some(src) => view! { <img class="company-logo" src=src alt=alt/> }.into_any(),
                None => view! { <p>{i18n.t(Msg::LogoNone)}</p> }.into_any(),
            }}
            <form method="post" action=action enctype="multipart/form-data" class="logo-form">
                <input type="hidden" name=key.0 value=key.1/>
                <Field name="logo" label=Msg::LogoLabel control=Control::File accept=ACCEPT
                    hint=Msg::LogoHint error/>
                <div class="wizard-buttons">
                    <button type="submit" class="button">{i18n.t(Msg::LogoUpload)}</button>
                    {has_logo.then(|| view! {
                        <button type="submit" name="remove" value="1" class="button button-secondary"
                            formnovalidate=true>
                            {i18n.t(Msg::LogoRemove)}
                        </button>
                    })}
                </div>
            </form>
        </section>
    }
}
