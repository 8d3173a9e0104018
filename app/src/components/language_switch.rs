use super::SetLanguage;
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;

/// A form with one button naming the other language in that language ("English" / "Dansk").
/// It posts to a server function, so it works without JavaScript too.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SetLanguage>::new();
    Effect::new(move |_| {
        if let Some(Ok(lang)) = action.value().get() {
            i18n.set(lang);
        }
    });
    let other = move || i18n.lang().other();
    view! {
        <ActionForm action attr:class="lang-switch">
            <input type="hidden" name="lang" value=move || other().code()/>
            <button type="submit" lang=move || other().code() title=i18n.t(Msg::SwitchLanguageHint)>
                {move || other().t(Msg::LanguageName)}
            </button>
        </ActionForm>
    }
}
