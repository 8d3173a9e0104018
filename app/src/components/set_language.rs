use crate::error::AppError;
use crate::i18n::Lang;
use leptos::prelude::*;

/// Remembers the visitor's language in a cookie. Posted by the switch in the header: with
/// JavaScript the page re-renders in place; without it the server redirects back to the page
/// the form was on, now in the new language.
#[server(prefix = "/api", endpoint = "set_language")]
pub async fn set_language(lang: Lang) -> Result<Lang, AppError> {
    ssr::remember(lang);
    Ok(lang)
}

#[cfg(feature = "ssr")]
mod ssr {
    use crate::i18n::LANG_COOKIE;
    use crate::i18n::Lang;
    use http::{HeaderValue, header::SET_COOKIE};

    const ONE_YEAR_SECS: u32 = 365 * 24 * 60 * 60;

    pub fn remember(lang: Lang) {
        let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() else {
            return;
        };
        // Not secret, but nothing in the page needs to read it: HttpOnly. `Secure` is added by
        // the server's cookie layer when it runs behind https.
        let cookie = format!(
            "{LANG_COOKIE}={}; Path=/; Max-Age={ONE_YEAR_SECS}; SameSite=Lax; HttpOnly",
            lang.code()
        );
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.append_header(SET_COOKIE, value);
        }
    }
}
