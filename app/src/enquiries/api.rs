//! What the enquiry pages and server functions exchange, and the form's rules.
use crate::domain::cvr::Cvr;
use crate::domain::enquiry::{EnquiryStatus, Topic};
#[cfg(feature = "ssr")]
use crate::error::FieldError;
#[cfg(feature = "ssr")]
use crate::form::{Invalid, chars, rules};
use crate::i18n::Msg;
use serde::{Deserialize, Serialize};

pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_MESSAGE_CHARS: usize = 10_000;

/// The form as typed. Every field is text, so nothing is lost when one is wrong. The rules
/// are `form::rules` run by `validator` on the server (`validate`); the browser checks the
/// same rules as the fields are left.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(validator::Validate))]
pub struct EnquiryForm {
    #[serde(default)]
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "rules::chosen::<Invalid>"))
    )]
    pub municipality: String,
    #[serde(default)]
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            length(max = chars(MAX_NAME_CHARS))
        )
    )]
    pub name: String,
    #[serde(default)]
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            custom(function = "rules::email::<Invalid>")
        )
    )]
    pub email: String,
    #[serde(default)]
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "rules::phone::<Invalid>"))
    )]
    pub phone: String,
    #[serde(default)]
    #[cfg_attr(feature = "ssr", validate(length(max = chars(MAX_NAME_CHARS))))]
    pub organisation: String,
    #[serde(default)]
    #[cfg_attr(feature = "ssr", validate(custom(function = "rules::cvr::<Invalid>")))]
    pub cvr: String,
    #[serde(default)]
    #[cfg_attr(feature = "ssr", validate(custom(function = "known_topic::<Invalid>")))]
    pub topic: String,
    #[serde(default)]
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            length(max = chars(MAX_MESSAGE_CHARS))
        )
    )]
    pub message: String,
    /// A checkbox: present when ticked.
    #[serde(default)]
    #[cfg_attr(feature = "ssr", validate(required(code = "ErrorConsent")))]
    pub consent: Option<String>,
    /// The resume token of a self-assessment to attach, if the enquiry started from one.
    #[serde(default)]
    pub assessment: String,
}

/// One of the topics the form offers.
pub fn known_topic<E: From<Msg>>(value: &str) -> Result<(), E> {
    match Topic::from_code(value.trim()) {
        Some(_) => Ok(()),
        None => Err(Msg::ErrorChoose.into()),
    }
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

/// The form's rules, then the values tidied: trimmed, the email in lower case, the CVR
/// number in its eight digits, empty optional fields as `None`.
#[cfg(feature = "ssr")]
pub fn validate(form: &EnquiryForm) -> Result<ValidEnquiry, Vec<FieldError>> {
    crate::form::check(form)?;
    let optional = |value: &str| Some(value.trim().to_owned()).filter(|v| !v.is_empty());
    let topic = Topic::from_code(form.topic.trim())
        .ok_or_else(|| vec![FieldError::new("topic", Msg::ErrorChoose)])?;
    Ok(ValidEnquiry {
        municipality: form.municipality.trim().to_owned(),
        name: form.name.trim().to_owned(),
        email: form.email.trim().to_lowercase(),
        phone: optional(&form.phone),
        organisation: optional(&form.organisation),
        cvr: optional(&form.cvr).and_then(|text| Cvr::parse(&text).ok()),
        topic,
        message: form.message.trim().to_owned(),
    })
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
        // One error per field, sorted by field name.
        assert_eq!(
            fields,
            [
                ("consent".into(), Msg::ErrorConsent),
                ("cvr".into(), Msg::ErrorCvr),
                ("email".into(), Msg::ErrorEmail),
                ("message".into(), Msg::ErrorTooLong),
                ("municipality".into(), Msg::ErrorChoose),
                ("name".into(), Msg::ErrorRequired),
                ("phone".into(), Msg::ErrorPhone),
                ("topic".into(), Msg::ErrorChoose),
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

/// What the enquiry form needs: the municipalities to choose from, the values of a form
/// posted without JavaScript that had errors (its errors are in the URL), an attached
/// self-assessment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnquiryFormData {
    pub municipalities: Vec<crate::registry::api::MunicipalityOption>,
    pub form: EnquiryForm,
    pub assessment: Option<AttachedAssessment>,
}
