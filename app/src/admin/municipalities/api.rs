//! What the admin page for municipalities exchanges, and its checks (shared by browser
//! and server).
use crate::error::FieldError;
use crate::i18n::Msg;
use serde::{Deserialize, Serialize};

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

/// A municipality's name: required, at most 100 characters, and it must give a URL name.
pub fn check_name(name: &str) -> Result<String, FieldError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(FieldError::new("name", Msg::ErrorRequired));
    }
    if name.chars().count() > MAX_MUNICIPALITY_NAME_CHARS {
        return Err(FieldError::too_long("name", MAX_MUNICIPALITY_NAME_CHARS));
    }
    if crate::domain::text::slugify(name).is_empty() {
        return Err(FieldError::new("name", Msg::ErrorInvalidValue));
    }
    Ok(name.to_owned())
}

/// The official municipality code: four digits, e.g. "0813".
pub fn check_code(code: &str) -> Result<String, FieldError> {
    let code = code.trim();
    if code.len() == 4 && code.bytes().all(|b| b.is_ascii_digit()) {
        Ok(code.to_owned())
    } else {
        Err(FieldError::new("code", Msg::ErrorMunicipalityCode))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_four_digits() {
        assert_eq!(check_code(" 0813 "), Ok("0813".into()));
        for bad in ["813", "08130", "08a3", "", "٠٨١٣"] {
            assert_eq!(
                check_code(bad).unwrap_err().message,
                Msg::ErrorMunicipalityCode,
                "{bad}"
            );
        }
    }

    #[test]
    fn names_are_required_short_and_give_a_url_name() {
        assert_eq!(check_name(" Ærø Kommune "), Ok("Ærø Kommune".into()));
        assert_eq!(check_name(" ").unwrap_err().message, Msg::ErrorRequired);
        assert_eq!(check_name(&"a".repeat(101)).unwrap_err().max, Some(100));
        assert_eq!(
            check_name("???").unwrap_err().message,
            Msg::ErrorInvalidValue
        );
    }
}
