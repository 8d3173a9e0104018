use crate::i18n::{Msg, use_i18n};
use leptos::{html, prelude::*};

/// What went wrong with a form or a page, said above it. When it appears in the browser
/// (a form sent with JavaScript and refused) it takes the focus, which brings it into view:
/// on a phone the button pressed is far below it, and nothing on the screen would change.
/// Without JavaScript the refused form's page loads anew with the notice at its top.
#[component]
pub fn ErrorNotice(msg: Msg) -> impl IntoView {
    let i18n = use_i18n();
    let notice = NodeRef::<html::P>::new();
    Effect::new(move |_| {
        if let Some(notice) = notice.get() {
            let _ = notice.focus();
        }
    });
    view! {
        <p class="notice notice-error" role="alert" tabindex="-1" node_ref=notice>{i18n.t(msg)}</p>
    }
}
