use crate::components::ErrorNotice;
use crate::error::AppError;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::components::Redirect;

/// How every staff page answers a failed load: nobody signed in goes to the sign-in page
/// (a plain 302 when rendered on the server); any other error is shown, as the page's
/// heading when the page has none of its own yet.
#[component]
pub fn StaffPageError(error: AppError, #[prop(optional)] as_heading: bool) -> impl IntoView {
    let i18n = use_i18n();
    match error {
        AppError::Unauthorized => {
            #[cfg(feature = "ssr")]
            crate::form::redirect_page("/staff/login");
            view! { <Redirect path="/staff/login"/> }.into_any()
        }
        error if as_heading => view! { <h1>{i18n.t(error.message())}</h1> }.into_any(),
        error => view! {
            <ErrorNotice msg=error.message()/>
        }
        .into_any(),
    }
}
