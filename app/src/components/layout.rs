use super::LanguageSwitch;
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::components::A;

/// Skip link, header with navigation and language switch, main landmark, footer.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a class="skip-link" href="#main">{i18n.t(Msg::SkipToContent)}</a>
        <header class="site-header">
            <div class="container header-inner">
                <a class="brand" href="/">{i18n.t(Msg::SiteName)}</a>
                <nav class="site-nav" aria-label=i18n.t(Msg::MainNavigation)>
                    <ul>
                        <li><A href="/" exact=true>{i18n.t(Msg::NavHome)}</A></li>
                        <li><A href="/registry">{i18n.t(Msg::NavRegistry)}</A></li>
                    </ul>
                </nav>
                <LanguageSwitch/>
            </div>
        </header>
        <main id="main" class="container" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <div class="container">
                <p>{i18n.t(Msg::FooterText)}</p>
            </div>
        </footer>
    }
}
