//! What the enquiry pages and server functions exchange, and the form's validation (pure,
//! so the browser and the server say the same).
use crate::domain::cvr::Cvr;
use crate::domain::enquiry::{EnquiryStatus, Topic};
use crate::domain::text::plausible_email;
use crate::error::FieldError;
use crate::i18n::Msg;
use serde::{Deserialize, Serialize};

pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_MESSAGE_CHARS: usize = 10_000;

/// The form as typed. Every field is text, so nothing is lost when one is wrong.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnquiryForm {
    #[serde(default)]
    pub municipality: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub cvr: String,
    #[serde(default)]
    pub topic: String,
    #[serde(default)]
    pub message: String,
    /// A checkbox: present when ticked.
    #[serde(default)]
    pub consent: Option<String>,
    /// The resume token of a self-assessment to attach, if the enquiry started from one.
    #[serde(default)]
    pub assessment: String,
}

/// The form after validation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidEnquiry {
    pub municipality: String,
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
    pub organisation: Option<String>,
    pub cvr: Option<Cvr>,
    pub topic: Topic,
    pub message: String,
}

pub fn validate(form: &EnquiryForm) -> Result<ValidEnquiry, Vec<FieldError>> {
    let mut errors = Vec::new();
    let optional = |value: &str| Some(value.trim().to_owned()).filter(|v| !v.is_empty());
    let name = form.name.trim();
    if name.is_empty() {
        errors.push(FieldError::new("name", Msg::ErrorRequired));
    } else if name.chars().count() > MAX_NAME_CHARS {
        errors.push(FieldError::too_long("name", MAX_NAME_CHARS));
    }
    let email = form.email.trim().to_lowercase();
    if email.is_empty() {
        errors.push(FieldError::new("email", Msg::ErrorRequired));
    } else if !plausible_email(&email) {
        errors.push(FieldError::new("email", Msg::ErrorEmail));
    }
    let phone = optional(&form.phone);
    if let Some(phone) = &phone
        && (phone.chars().count() > 32
            || !phone
                .chars()
                .all(|c| c.is_ascii_digit() || " +-()".contains(c)))
    {
        errors.push(FieldError::new("phone", Msg::ErrorPhone));
    }
    let organisation = optional(&form.organisation);
    if organisation
        .as_deref()
        .is_some_and(|o| o.chars().count() > MAX_NAME_CHARS)
    {
        errors.push(FieldError::too_long("organisation", MAX_NAME_CHARS));
    }
    let cvr = match optional(&form.cvr) {
        None => None,
        Some(text) => match Cvr::parse(&text) {
            Ok(cvr) => Some(cvr),
            Err(_) => {
                errors.push(FieldError::new("cvr", Msg::ErrorCvr));
                None
            }
        },
    };
    let topic = Topic::from_code(form.topic.trim());
    if topic.is_none() {
        errors.push(FieldError::new("topic", Msg::ErrorChoose));
    }
    let message = form.message.trim();
    if message.is_empty() {
        errors.push(FieldError::new("message", Msg::ErrorRequired));
    } else if message.chars().count() > MAX_MESSAGE_CHARS {
        errors.push(FieldError::too_long("message", MAX_MESSAGE_CHARS));
    }
    if form.consent.is_none() {
        errors.push(FieldError::new("consent", Msg::ErrorConsent));
    }
    if form.municipality.trim().is_empty() {
        errors.push(FieldError::new("municipality", Msg::ErrorChoose));
    }
    match (errors.is_empty(), topic) {
        (true, Some(topic)) => Ok(ValidEnquiry {
            municipality: form.municipality.trim().to_owned(),
            name: name.to_owned(),
            email,
            phone,
            organisation,
            cvr,
            topic,
            message: message.to_owned(),
        }),
        _ => Err(errors),
    }
}

/// What the requester's status page shows; nothing internal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnquiryStatusView {
    pub reference: String,
    pub municipality_name: String,
    pub topic: Topic,
    pub status: EnquiryStatus,
    /// ISO dates.
    pub submitted_on: chrono::NaiveDate,
    pub due_on: chrono::NaiveDate,
    pub replies: Vec<(chrono::NaiveDate, String)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn good() -> EnquiryForm {
        EnquiryForm {
            municipality: "frederikshavn".into(),
            name: "Mette Madsen".into(),
            email: "Mette@Example.dk".into(),
            topic: "funding".into(),
            message: "Hvordan søger vi fonde?".into(),
            consent: Some("on".into()),
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_form_is_valid_and_tidied() {
        let valid = validate(&good()).unwrap();
        assert_eq!(valid.email, "mette@example.dk");
        assert_eq!(valid.topic, Topic::Funding);
        assert_eq!(valid.cvr, None);
        let with_cvr = EnquiryForm {
            cvr: "DK 1374 8136".into(),
            ..good()
        };
        assert_eq!(
            validate(&with_cvr).unwrap().cvr.unwrap().as_str(),
            "13748136"
        );
    }

    #[test]
    fn every_bad_field_is_named() {
        let bad = EnquiryForm {
            municipality: "".into(),
            name: " ".into(),
            email: "mette@localhost".into(),
            phone: "ring mig".into(),
            cvr: "10000000".into(),
            topic: "gossip".into(),
            message: "x".repeat(MAX_MESSAGE_CHARS + 1),
            consent: None,
            ..Default::default()
        };
        let fields: Vec<(String, Msg)> = validate(&bad)
            .unwrap_err()
            .into_iter()
            .map(|e| (e.field, e.message))
            .collect();
        assert_eq!(
            fields,
            [
                ("name".into(), Msg::ErrorRequired),
                ("email".into(), Msg::ErrorEmail),
                ("phone".into(), Msg::ErrorPhone),
                ("cvr".into(), Msg::ErrorCvr),
                ("topic".into(), Msg::ErrorChoose),
                ("message".into(), Msg::ErrorTooLong),
                ("consent".into(), Msg::ErrorConsent),
                ("municipality".into(), Msg::ErrorChoose),
            ]
        );
    }
}

/// A self-assessment attached to an enquiry: its verdict and the criteria not met.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachedAssessment {
    pub token: String,
    pub overall: crate::domain::eligibility::evaluate::Overall,
    pub unmet: Vec<crate::domain::eligibility::evaluate::CriterionId>,
}

/// What the enquiry form needs: the municipalities to choose from, the values and errors
/// of a form posted without JavaScript that had errors, an attached self-assessment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnquiryFormData {
    pub municipalities: Vec<crate::registry::api::MunicipalityOption>,
    pub form: EnquiryForm,
    pub errors: Vec<FieldError>,
    pub assessment: Option<AttachedAssessment>,
}
