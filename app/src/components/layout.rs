use super::ErrorNotice;
use super::LanguageSwitch;
use crate::error::AppError;
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_query_map};

/// Skip link, header with navigation and language switch, main landmark, footer.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    // A form posted without JavaScript that failed comes back here with `?error=<code>`.
    let query = use_query_map();
    let posted_error = move || {
        query
            .read()
            .get("error")
            .and_then(|code| AppError::message_for_code(&code))
    };
    view! {
        // `rel="external"` leaves the click to the browser, which moves the focus to `main`;
        // the router would only change the address.
        <a class="skip-link" href="#main" rel="external">{i18n.t(Msg::SkipToContent)}</a>
        <header class="site-header">
            <div class="container header-inner">
                <a class="brand" href="/">{i18n.t(Msg::SiteName)}</a>
                <nav class="site-nav" aria-label=i18n.t(Msg::MainNavigation)>
                    <ul>
                        <li><A href="/" exact=true>{i18n.t(Msg::NavHome)}</A></li>
                        <li><A href="/registry">{i18n.t(Msg::NavRegistry)}</A></li>
                        <li><A href="/assessment">{i18n.t(Msg::NavAssessment)}</A></li>
                        <li><A href="/enquiry">{i18n.t(Msg::NavEnquiry)}</A></li>
                        <li><A href="/mentors">{i18n.t(Msg::NavMentors)}</A></li>
                    </ul>
                </nav>
                <LanguageSwitch/>
            </div>
        </header>
        <main id="main" class="container" tabindex="-1">
            {move || posted_error().map(|msg| view! {
                <ErrorNotice msg=msg/>
            })}
            {children()}
        </main>
        <footer class="site-footer">
            <div class="container">
                <p>{i18n.t(Msg::FooterText)}</p>
                <p><a href="/privacy">{i18n.t(Msg::PrivacyTitle)}</a> " · " <a href="/staff">{i18n.t(Msg::NavStaff)}</a></p>
            </div>
        </footer>
    }
}
