//! What the admin page for municipalities exchanges, and its forms' rules.
#[cfg(feature = "ssr")]
use crate::form::{Invalid, chars, rules};
use serde::{Deserialize, Serialize};
#[cfg(feature = "ssr")]
use validator::Validate;

pub const MAX_MUNICIPALITY_NAME_CHARS: usize = 100;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MunicipalityRow {
    pub id: i32,
    pub code: String,
    pub name: String,
    pub slug: String,
    pub staff: u64,
    pub companies: u64,
}

/// The "new municipality" form: the official code and the name. Its rules run on the
/// server; whether another municipality has them is the repository's to say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(validator::Validate))]
pub struct NewMunicipality {
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(
                function = "rules::required::<Invalid>",
                code = "ErrorMunicipalityCode"
            ),
            custom(function = "rules::municipality_code::<Invalid>")
        )
    )]
    pub code: String,
    /// Its errors are named `name`, as if it were a field here.
    #[cfg_attr(feature = "ssr", validate(nested))]
    pub name: MunicipalityName,
}

/// A municipality's name: required, at most 100 characters, and it must give a URL name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(validator::Validate))]
pub struct MunicipalityName {
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            length(max = chars(MAX_MUNICIPALITY_NAME_CHARS)),
            custom(function = "rules::gives_slug::<Invalid>")
        )
    )]
    pub name: String,
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::i18n::Msg;

    fn errors(code: &str, name: &str) -> Vec<(String, Msg, Option<i64>)> {
        let input = NewMunicipality {
            code: code.into(),
            name: MunicipalityName { name: name.into() },
        };
        crate::form::check(&input)
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| (e.field, e.message, e.max))
            .collect()
    }

    #[test]
    fn a_code_of_four_digits_and_a_name_that_gives_a_url_name() {
        assert_eq!(errors(" 0813 ", " Ærø Kommune "), []);
        assert_eq!(
            errors("", " "),
            [
                ("code".into(), Msg::ErrorMunicipalityCode, None),
                ("name".into(), Msg::ErrorRequired, None),
            ]
        );
        assert_eq!(
            errors("813", &"a".repeat(101)),
            [
                ("code".into(), Msg::ErrorMunicipalityCode, None),
                ("name".into(), Msg::ErrorTooLong, Some(100)),
            ]
        );
        assert_eq!(
            errors("0813", "???"),
            [("name".into(), Msg::ErrorInvalidValue, None)]
        );
    }
}
