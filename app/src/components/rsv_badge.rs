use crate::domain::listing::RsvStatus;
use crate::i18n::{Msg, rsv_msg, use_i18n};
use leptos::prelude::*;

/// Whether a company is a registered social-economy enterprise, and whether staff checked it.
#[component]
pub fn RsvBadge(status: RsvStatus, checked: bool) -> impl IntoView {
    let i18n = use_i18n();
    let msg = rsv_msg(status, checked);
    let class = match msg {
        Msg::RsvVerified => "badge badge-verified",
        Msg::RsvNone => "badge badge-none",
        _ => "badge badge-claimed",
    };
    view! { <p class=class>{i18n.t(msg)}</p> }
}
