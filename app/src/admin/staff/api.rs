//! What the admin pages for staff accounts exchange, and the staff form's rules.
use crate::account::api::Role;
#[cfg(feature = "ssr")]
use crate::error::FieldError;
#[cfg(feature = "ssr")]
use crate::form::{Invalid, chars, rules};
use crate::i18n::Msg;
use serde::{Deserialize, Serialize};

pub const MAX_DISPLAY_NAME_CHARS: usize = 100;

/// One member of staff as admins see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffRow {
    pub id: i32,
    pub display_name: String,
    pub email: String,
    pub role: Role,
    pub municipality_id: i32,
    pub municipality_name: String,
    pub active: bool,
    /// Locked after too many wrong passwords; a new password link lifts it.
    pub locked: bool,
    /// Has not chosen a password yet.
    pub invited: bool,
}

/// The staff list with what the "new member of staff" form offers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffList {
    pub staff: Vec<StaffRow>,
    pub municipalities: Vec<(i32, String)>,
    /// The roles the admin may give.
    pub roles: Vec<Role>,
}

/// One member of staff for the edit page; `is_self` when it is the admin looking.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffEdit {
    pub row: StaffRow,
    pub municipalities: Vec<(i32, String)>,
    /// The roles the admin may give.
    pub roles: Vec<Role>,
    pub is_self: bool,
}

/// A staff form as typed; its rules run on the server (`validate`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(validator::Validate))]
pub struct StaffInput {
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            length(max = chars(MAX_DISPLAY_NAME_CHARS))
        )
    )]
    pub display_name: String,
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            custom(function = "rules::email::<Invalid>")
        )
    )]
    pub email: String,
    #[cfg_attr(feature = "ssr", validate(custom(function = "known_role::<Invalid>")))]
    pub role: String,
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::chosen::<Invalid>"),
            custom(function = "rules::id::<Invalid>")
        )
    )]
    pub municipality_id: String,
}

/// One of the roles staff can have.
pub fn known_role<E: From<Msg>>(value: &str) -> Result<(), E> {
    match Role::from_code(value.trim()) {
        Some(_) => Ok(()),
        None => Err(Msg::ErrorChoose.into()),
    }
}

/// A staff form that passed the checks, tidied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidStaff {
    pub display_name: String,
    pub email: String,
    pub role: Role,
    pub municipality_id: i32,
}

/// The form's rules, then its values tidied: trimmed, the email in lower case.
#[cfg(feature = "ssr")]
pub fn validate(input: &StaffInput) -> Result<ValidStaff, Vec<FieldError>> {
    crate::form::check(input)?;
    let choose = |field: &str| vec![FieldError::new(field, Msg::ErrorChoose)];
    Ok(ValidStaff {
        display_name: input.display_name.trim().to_owned(),
        email: input.email.trim().to_lowercase(),
        role: Role::from_code(input.role.trim()).ok_or_else(|| choose("role"))?,
        municipality_id: input
            .municipality_id
            .trim()
            .parse()
            .map_err(|_| choose("municipality_id"))?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn good() -> StaffInput {
        StaffInput {
            display_name: "  Sofie Sørensen ".into(),
            email: "Sofie@Kommune.dk".into(),
            role: "colleague".into(),
            municipality_id: "3".into(),
        }
    }

    #[test]
    fn a_good_form_is_tidied() {
        let valid = validate(&good()).unwrap();
        assert_eq!(valid.display_name, "Sofie Sørensen");
        assert_eq!(valid.email, "sofie@kommune.dk");
        assert_eq!(valid.role, Role::Colleague);
        assert_eq!(valid.municipality_id, 3);
    }

    #[test]
    fn every_bad_field_is_named() {
        let input = StaffInput {
            display_name: "x".repeat(101),
            email: "sofie@localhost".into(),
            role: "superuser".into(),
            municipality_id: "Aalborg".into(),
        };
        let errors = validate(&input).unwrap_err();
        let named: Vec<(&str, Msg)> = errors
            .iter()
            .map(|e| (e.field.as_str(), e.message))
            .collect();
        assert_eq!(
            named,
            vec![
                ("display_name", Msg::ErrorTooLong),
                ("email", Msg::ErrorEmail),
                ("municipality_id", Msg::ErrorChoose),
                ("role", Msg::ErrorChoose),
            ]
        );
        assert_eq!(errors[0].max, Some(100));
        let empty = validate(&StaffInput::default()).unwrap_err();
        assert_eq!(empty[0].message, Msg::ErrorRequired);
        assert_eq!(empty[1].message, Msg::ErrorRequired);
    }
}
