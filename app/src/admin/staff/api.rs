//! What the admin pages for staff accounts exchange, and the checks on a staff form that
//! the browser and the server share.
use crate::account::api::Role;
use crate::domain::text::plausible_email;
use crate::error::FieldError;
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
}

/// One member of staff for the edit page; `is_self` when it is the admin looking.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffEdit {
    pub row: StaffRow,
    pub municipalities: Vec<(i32, String)>,
    pub is_self: bool,
}

/// A staff form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffInput {
    pub display_name: String,
    pub email: String,
    pub role: String,
    pub municipality_id: String,
}

/// A staff form that passed the checks, tidied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidStaff {
    pub display_name: String,
    pub email: String,
    pub role: Role,
    pub municipality_id: i32,
}

pub fn validate(input: &StaffInput) -> Result<ValidStaff, Vec<FieldError>> {
    let mut errors = Vec::new();
    let display_name = input.display_name.trim();
    if display_name.is_empty() {
        errors.push(FieldError::new("display_name", Msg::ErrorRequired));
    } else if display_name.chars().count() > MAX_DISPLAY_NAME_CHARS {
        errors.push(FieldError::too_long("display_name", MAX_DISPLAY_NAME_CHARS));
    }
    let email = input.email.trim().to_lowercase();
    if email.is_empty() {
        errors.push(FieldError::new("email", Msg::ErrorRequired));
    } else if !plausible_email(&email) {
        errors.push(FieldError::new("email", Msg::ErrorEmail));
    }
    let role = Role::from_code(input.role.trim());
    if role.is_none() {
        errors.push(FieldError::new("role", Msg::ErrorChoose));
    }
    let municipality_id = input.municipality_id.trim().parse::<i32>().ok();
    if municipality_id.is_none() {
        errors.push(FieldError::new("municipality_id", Msg::ErrorChoose));
    }
    match (role, municipality_id) {
        (Some(role), Some(municipality_id)) if errors.is_empty() => Ok(ValidStaff {
            display_name: display_name.to_owned(),
            email,
            role,
            municipality_id,
        }),
        _ => Err(errors),
    }
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
                ("role", Msg::ErrorChoose),
                ("municipality_id", Msg::ErrorChoose),
            ]
        );
        assert_eq!(errors[0].max, Some(100));
        let empty = validate(&StaffInput::default()).unwrap_err();
        assert_eq!(empty[0].message, Msg::ErrorRequired);
        assert_eq!(empty[1].message, Msg::ErrorRequired);
    }
}
