use crate::assessment::AssessmentIntroPage;
use crate::components::Layout;
use crate::i18n::provide_i18n;
use crate::pages::{HomePage, NotFound, PrivacyPage};
use crate::routes::*;
use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, Link, Meta, MetaTags, provide_meta_context};
use leptos_router::{
    Lazy, SsrMode,
    components::{Route, Router, Routes},
    path,
};

/// The HTML document around the app. Server only; `lang` comes from the visitor's cookie.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    set_content_security_policy();
    let lang = crate::i18n::initial_lang();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                // `/pkg/socialokonomi.<hash>.css` in a release build (`hash-files`).
                <HashedStylesheet options=options.clone() id="leptos"/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The page's Content-Security-Policy, with a nonce new for this response that the
/// hydration script carries (`HydrationScripts` reads it from context): scripts only from
/// this site, the WASM by `wasm-unsafe-eval`, nothing from elsewhere, never in a frame.
#[cfg(feature = "ssr")]
fn set_content_security_policy() {
    use leptos::nonce::{provide_nonce, use_nonce};
    if use_nonce().is_none() {
        provide_nonce();
    }
    let (Some(nonce), Some(response)) =
        (use_nonce(), use_context::<leptos_axum::ResponseOptions>())
    else {
        return;
    };
    let policy = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; \
         base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    );
    if let Ok(value) = http::HeaderValue::from_str(&policy) {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let i18n = provide_i18n();
    // Effects run only in the browser, after hydration. The server wrote `<html lang>`; keep
    // it true when the language changes in place. `data-hydrated` tells browser tests (and
    // anyone debugging) that the WASM bundle has taken over.
    Effect::new(move |_| {
        let code = i18n.lang().code();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", code);
            let _ = root.set_attribute("data-hydrated", "true");
        }
    });

    // Data pages render only once their data is in (SsrMode::Async): out-of-order streaming
    // would need JavaScript to show it, and every page must work without.
    view! {
        <Meta name="color-scheme" content="light"/>
        <Link rel="icon" href="/favicon.svg" type_="image/svg+xml"/>
        <Router>
            <Layout>
                <Routes fallback=NotFound>
                    <Route path=path!("") view=HomePage/>
                    <Route path=path!("/registry") view={Lazy::<CompanyListRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/registry/apply") view={Lazy::<ApplyRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/registry/apply/confirm/:token") view={Lazy::<ConfirmRoute>::new()}/>
                    <Route path=path!("/registry/application/:token") view={Lazy::<ApplicationRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/registry/statistics") view={Lazy::<StatisticsRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/registry/:cvr") view={Lazy::<CompanyProfileRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/assessment") view=AssessmentIntroPage/>
                    <Route path=path!("/enquiry") view={Lazy::<EnquiryRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/enquiry/status/:token") view={Lazy::<EnquiryStatusRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/privacy") view=PrivacyPage/>
                    <Route path=path!("/mentors") view={Lazy::<MentorsRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/mentors/ask") view={Lazy::<AskMentorRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/mentors/confirm/:token") view={Lazy::<MentorConfirmRoute>::new()}/>
                    <Route path=path!("/mentors/me/:token") view={Lazy::<MyMentorRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/mentorships/agree/:token") view={Lazy::<AgreeRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/mentorships/evaluate/:token") view={Lazy::<EvaluateRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/login") view={Lazy::<LoginRoute>::new()}/>
                    <Route path=path!("/staff/reset") view={Lazy::<RequestResetRoute>::new()}/>
                    <Route path=path!("/staff/reset/:token") view={Lazy::<ResetPasswordRoute>::new()}/>
                    <Route path=path!("/staff") view={Lazy::<StaffHomeRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/inbox") view={Lazy::<InboxRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/enquiries/:id") view={Lazy::<EnquiryDetailRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/routing") view={Lazy::<RoutingRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/listings") view={Lazy::<ReviewQueueRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/listings/:id") view={Lazy::<ReviewRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/outbox") view={Lazy::<OutboxRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/rates") view={Lazy::<RatesAdminRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/users") view={Lazy::<StaffListRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/users/:id") view={Lazy::<StaffEditRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/audit") view={Lazy::<AuditLogRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/municipalities") view={Lazy::<MunicipalitiesRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/mentors") view={Lazy::<StaffMentorsRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/mentors/requests/:id") view={Lazy::<MentorRequestRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/mentorships/:id") view={Lazy::<MentorshipRoute>::new()} ssr=SsrMode::Async/>
                    // Before `:step`, which would match "result" too.
                    <Route path=path!("/assessment/:token/result") view={Lazy::<AssessmentResultRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/assessment/:token/:step") view={Lazy::<AssessmentStepRoute>::new()} ssr=SsrMode::Async/>
                </Routes>
            </Layout>
        </Router>
    }
}
