//! The one translation layer. Every user-facing string is a [`Msg`] with a Danish and an
//! English text; the compiler refuses a key that lacks either (see `messages.rs`).
//!
//! The language is chosen by a cookie (set by the switch in the header, which is a form
//! post and so works without JavaScript) and defaults to Danish. The server renders in that
//! language and writes it into `<html lang>`, which the browser reads back when hydrating,
//! so both sides start from the same language.
mod labels;
mod messages;
mod values;

pub use labels::{Labelled, purpose_msg, rsv_msg};
pub use messages::Msg;
/// The emails' table of texts (`email::MailText`) is the only other one, server side.
#[cfg(feature = "ssr")]
pub(crate) use messages::texts;
pub use values::Arg;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub const LANG_COOKIE: &str = "lang";

/// A key of a table of texts (`texts!`): its text in a language.
pub trait Text: Copy {
    fn text(self, lang: Lang) -> &'static str;
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Da,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code.trim() {
            "da" => Some(Lang::Da),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The other language, offered by the switch.
    pub fn other(self) -> Self {
        match self {
            Lang::Da => Lang::En,
            Lang::En => Lang::Da,
        }
    }

    pub fn t(self, msg: impl Text) -> &'static str {
        msg.text(self)
    }

    /// A message with `{name}` placeholders filled in, in one pass over the message: a value
    /// is never read again, so a name typed as `{link}` stays that text. A placeholder not
    /// among `args` stays as it is.
    pub fn fill(self, msg: impl Text, args: &[(&str, &dyn std::fmt::Display)]) -> String {
        let mut rest = msg.text(self);
        let mut out = String::with_capacity(rest.len());
        while let Some(start) = rest.find('{') {
            out.push_str(&rest[..start]);
            let after = &rest[start + 1..];
            let value = after.find('}').and_then(|end| {
                let name = &after[..end];
                let (_, value) = args.iter().find(|(n, _)| *n == name)?;
                Some((value, end))
            });
            match value {
                Some((value, end)) => {
                    out.push_str(&value.to_string());
                    rest = &after[end + 1..];
                }
                None => {
                    out.push('{');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// A date as people write it in this language: "1.9.2025", "1 September 2025".
    pub fn date(self, day: chrono::NaiveDate) -> String {
        match self {
            Lang::Da => crate::domain::dates::format_danish(day),
            Lang::En => crate::domain::dates::format_english(day),
        }
    }

    /// Reads the language from a `Cookie` header value; Danish when absent or unknown.
    pub fn from_cookie_header(header: &str) -> Self {
        header
            .split(';')
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == LANG_COOKIE)
            .and_then(|(_, value)| Lang::from_code(value))
            .unwrap_or_default()
    }
}

/// The reactive language of this page, in context for every component.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
}

impl I18n {
    pub fn lang(self) -> Lang {
        self.lang.get()
    }

    pub fn set(self, lang: Lang) {
        self.lang.set(lang);
    }

    /// A reactive text: re-renders when the language changes without a page load.
    pub fn t(self, msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        let lang = self.lang;
        move || msg.text(lang.get())
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// Called once by the root component.
pub fn provide_i18n() -> I18n {
    let i18n = I18n {
        lang: RwSignal::new(initial_lang()),
    };
    provide_context(i18n);
    i18n
}

/// The language of the request being rendered (server) or of the page being hydrated
/// (browser: the `lang` the server wrote into `<html>`).
pub fn initial_lang() -> Lang {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .and_then(|parts| {
                parts
                    .headers
                    .get(http::header::COOKIE)
                    .and_then(|v| v.to_str().ok())
                    .map(Lang::from_cookie_header)
            })
            .unwrap_or_default()
    }
    #[cfg(all(feature = "hydrate", not(feature = "ssr")))]
    {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|code| Lang::from_code(&code))
            .unwrap_or_default()
    }
    #[cfg(not(any(feature = "ssr", feature = "hydrate")))]
    {
        Lang::default()
    }
}

/// The `{name}` placeholders of a text, sorted: a text's languages must have the same.
#[cfg(test)]
pub(crate) fn placeholders(text: &str) -> Vec<String> {
    let mut names: Vec<String> = text
        .split('{')
        .skip(1)
        .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_owned()))
        .collect();
    names.sort();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_header_picks_the_lang_cookie() {
        assert_eq!(Lang::from_cookie_header("a=b; lang=en; c=d"), Lang::En);
        assert_eq!(Lang::from_cookie_header("lang=da"), Lang::Da);
        assert_eq!(Lang::from_cookie_header("lang=de"), Lang::Da);
        assert_eq!(Lang::from_cookie_header("xlang=en"), Lang::Da);
        assert_eq!(Lang::from_cookie_header(""), Lang::Da);
    }

    #[test]
    fn messages_travel_by_name() {
        for msg in Msg::ALL {
            let json = serde_json::to_string(msg).unwrap();
            assert_eq!(json, format!("\"{}\"", msg.name()));
            assert_eq!(serde_json::from_str::<Msg>(&json).unwrap(), *msg);
        }
        assert_eq!(Msg::ErrorTooLong.name(), "ErrorTooLong");
        assert!(serde_json::from_str::<Msg>("\"NoSuchKey\"").is_err());
    }

    #[test]
    fn a_value_that_looks_like_a_placeholder_stays_text() {
        let text = Lang::Da.fill(
            Msg::NextReportText,
            &[("end", &"{due}"), ("due", &"1.6.2027")],
        );
        assert!(text.contains("{due}"), "the value as typed: {text}");
        assert_eq!(text.matches("1.6.2027").count(), 1, "{text}");
    }

    #[test]
    fn fill_replaces_named_placeholders() {
        let text = Lang::En.fill(
            Msg::ResultsRange,
            &[("from", &1), ("to", &20), ("total", &36)],
        );
        assert_eq!(text, "Showing 1–20 of 36");
        let da = Lang::Da.fill(
            Msg::ResultsRange,
            &[("from", &1), ("to", &20), ("total", &36)],
        );
        assert_eq!(da, "Viser 1–20 af 36");
    }

    #[test]
    fn no_message_is_blank_or_untranslated_placeholder_mismatch() {
        for msg in Msg::ALL {
            let (da, en) = (msg.text(Lang::Da), msg.text(Lang::En));
            assert!(
                !da.trim().is_empty() && !en.trim().is_empty(),
                "{msg:?} is blank"
            );
            assert_eq!(
                placeholders(da),
                placeholders(en),
                "{msg:?} has different placeholders"
            );
        }
    }
}
