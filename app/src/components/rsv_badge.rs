use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;

/// Whether a company is a registered social-economy enterprise, and whether staff checked it.
#[component]
pub fn RsvBadge(registered: bool, verified: bool) -> impl IntoView {
    let i18n = use_i18n();
    let (class, msg) = match (registered, verified) {
        (true, true) => ("badge badge-verified", Msg::RsvVerified),
        (true, false) => ("badge badge-claimed", Msg::RsvClaimed),
        (false, _) => ("badge badge-none", Msg::RsvNone),
    };
    view! { <p class=class>{i18n.t(msg)}</p> }
}
