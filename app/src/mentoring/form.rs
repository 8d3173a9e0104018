//! The mentor scheme's forms as typed, and their rules: the sign-up, a mentor's
//! availability, and an enterprise's request for a mentor.
#[cfg(feature = "ssr")]
use crate::domain::mentoring::mentor::{LANGUAGES, MAX_CAPACITY};
#[cfg(feature = "ssr")]
use crate::domain::mentoring::{Expertise, Sector};
#[cfg(feature = "ssr")]
use crate::error::FieldError;
#[cfg(feature = "ssr")]
use crate::form::{Invalid, chars, rules};
#[cfg(feature = "ssr")]
use crate::i18n::Msg;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
/// The derive's `nested` rule calls it on the availability.
#[cfg(feature = "ssr")]
use validator::Validate;

pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_INTRODUCTION_CHARS: usize = 2_000;

/// The sign-up form as typed: every field text, so nothing is lost when one is wrong.
/// Expertise, sectors and languages are checkboxes posted as `form[expertise][code]=on`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(validator::Validate))]
#[serde(default)]
pub struct MentorForm {
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "rules::chosen::<Invalid>"))
    )]
    pub municipality: String,
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            length(max = chars(MAX_NAME_CHARS))
        )
    )]
    pub name: String,
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            length(max = chars(MAX_NAME_CHARS))
        )
    )]
    pub organisation: String,
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            length(max = chars(MAX_NAME_CHARS))
        )
    )]
    pub role: String,
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            custom(function = "rules::email::<Invalid>")
        )
    )]
    pub email: String,
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "rules::phone::<Invalid>"))
    )]
    pub phone: String,
    pub expertise: BTreeMap<String, String>,
    pub sectors: BTreeMap<String, String>,
    pub languages: BTreeMap<String, String>,
    #[serde(flatten)]
    #[cfg_attr(feature = "ssr", validate(nested))]
    pub availability: AvailabilityForm,
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            length(max = chars(MAX_INTRODUCTION_CHARS))
        )
    )]
    pub introduction: String,
    /// A checkbox: present when ticked.
    #[cfg_attr(feature = "ssr", validate(required(code = "ErrorConsent")))]
    pub consent: Option<String>,
}

/// How much and when a mentor can give: on the sign-up form and, later, on the mentor's
/// private page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(validator::Validate))]
#[serde(default)]
pub struct AvailabilityForm {
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            custom(function = "capacity::<Invalid>")
        )
    )]
    pub capacity: String,
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "rules::iso_date::<Invalid>"))
    )]
    pub available_from: String,
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "rules::iso_date::<Invalid>"))
    )]
    pub available_to: String,
}

/// How many enterprises at a time: 1 to `MAX_CAPACITY`.
#[cfg(feature = "ssr")]
fn capacity<E: From<Msg>>(value: &str) -> Result<(), E> {
    match value.trim().parse::<u32>() {
        Ok(n) if (1..=MAX_CAPACITY).contains(&n) => Ok(()),
        _ if value.trim().is_empty() => Ok(()),
        _ => Err(Msg::ErrorMentorCapacity.into()),
    }
}

/// Availability after its rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidAvailability {
    pub capacity: u32,
    pub available_from: Option<NaiveDate>,
    pub available_to: Option<NaiveDate>,
}

/// A sign-up after its rules: trimmed, the email in lower case, codes checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidMentor {
    pub municipality: String,
    pub name: String,
    pub organisation: String,
    pub role: String,
    pub email: String,
    pub phone: Option<String>,
    pub expertise: Vec<String>,
    pub sectors: Vec<String>,
    pub languages: Vec<String>,
    pub availability: ValidAvailability,
    pub introduction: String,
}

/// The codes ticked in a group of checkboxes that `known` accepts, in order.
#[cfg(feature = "ssr")]
fn ticked(group: &BTreeMap<String, String>, known: impl Fn(&str) -> bool) -> Vec<String> {
    group
        .iter()
        .filter(|(code, value)| !value.is_empty() && known(code))
        .map(|(code, _)| code.clone())
        .collect()
}

/// The availability's rules, then its values: the period may not end before it starts.
/// Every broken rule is named at once.
#[cfg(feature = "ssr")]
pub fn validate_availability(
    form: &AvailabilityForm,
) -> Result<ValidAvailability, Vec<FieldError>> {
    let mut errors = crate::form::check(form).err().unwrap_or_default();
    let valid = valid_availability(form);
    if let Err(more) = &valid {
        errors.extend(more.iter().cloned());
    }
    match errors.is_empty() {
        true => valid,
        false => Err(one_per_field(errors)),
    }
}

/// A form's errors as the page shows them: by field name, the first of each field's.
#[cfg(feature = "ssr")]
pub(super) fn one_per_field(mut errors: Vec<FieldError>) -> Vec<FieldError> {
    errors.sort_by(|a, b| a.field.cmp(&b.field));
    errors.dedup_by(|a, b| a.field == b.field);
    errors
}

#[cfg(feature = "ssr")]
fn valid_availability(form: &AvailabilityForm) -> Result<ValidAvailability, Vec<FieldError>> {
    let date = |text: &str| NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok();
    let (from, to) = (date(&form.available_from), date(&form.available_to));
    if let (Some(from), Some(to)) = (from, to)
        && to < from
    {
        return Err(vec![FieldError::new(
            "available_to",
            Msg::ErrorMentorPeriod,
        )]);
    }
    Ok(ValidAvailability {
        capacity: form.capacity.trim().parse().unwrap_or(1),
        available_from: from,
        available_to: to,
    })
}

/// The sign-up's rules: each field's, at least one kind of help and one language, and
/// the period in order.
#[cfg(feature = "ssr")]
pub fn validate(form: &MentorForm) -> Result<ValidMentor, Vec<FieldError>> {
    let expertise = ticked(&form.expertise, |c| Expertise::from_code(c).is_some());
    let sectors = ticked(&form.sectors, |c| Sector::from_code(c).is_some());
    let languages = ticked(&form.languages, |c| LANGUAGES.contains(&c));
    let mut errors = crate::form::check(form).err().unwrap_or_default();
    if expertise.is_empty() {
        errors.push(FieldError::new("expertise", Msg::ErrorChooseOne));
    }
    if languages.is_empty() {
        errors.push(FieldError::new("languages", Msg::ErrorChooseOne));
    }
    let availability = valid_availability(&form.availability);
    if let Err(more) = &availability {
        errors.extend(more.iter().cloned());
    }
    if !errors.is_empty() {
        return Err(one_per_field(errors));
    }
    let optional = |value: &str| Some(value.trim().to_owned()).filter(|v| !v.is_empty());
    Ok(ValidMentor {
        municipality: form.municipality.trim().to_owned(),
        name: form.name.trim().to_owned(),
        organisation: form.organisation.trim().to_owned(),
        role: form.role.trim().to_owned(),
        email: form.email.trim().to_lowercase(),
        phone: optional(&form.phone),
        expertise,
        sectors,
        languages,
        availability: availability.map_err(|_| Vec::new())?,
        introduction: form.introduction.trim().to_owned(),
    })
}

pub const MAX_DETAILS_CHARS: usize = 4_000;

/// An enterprise's request for a mentor as typed. Needs are checkboxes posted as
/// `form[needs][code]=on`; `source` says where the asker came from (`registry`,
/// `assessment`, `enquiry`, or the form itself).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(validator::Validate))]
#[serde(default)]
pub struct MentorRequestForm {
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "rules::chosen::<Invalid>"))
    )]
    pub municipality: String,
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            length(max = chars(MAX_NAME_CHARS))
        )
    )]
    pub name: String,
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            custom(function = "rules::email::<Invalid>")
        )
    )]
    pub email: String,
    #[cfg_attr(feature = "ssr", validate(length(max = chars(MAX_NAME_CHARS))))]
    pub company_name: String,
    #[cfg_attr(feature = "ssr", validate(custom(function = "rules::cvr::<Invalid>")))]
    pub cvr: String,
    pub needs: BTreeMap<String, String>,
    pub sector: String,
    pub language: String,
    #[cfg_attr(feature = "ssr", validate(length(max = chars(MAX_DETAILS_CHARS))))]
    pub details: String,
    pub source: String,
    /// A checkbox: present when ticked.
    #[cfg_attr(feature = "ssr", validate(required(code = "ErrorConsent")))]
    pub consent: Option<String>,
}

/// Where a request came from, as stored.
pub const SOURCES: [&str; 4] = ["form", "registry", "assessment", "enquiry"];

/// A request after its rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidMentorRequest {
    pub municipality: String,
    pub name: String,
    pub email: String,
    pub company_name: Option<String>,
    pub cvr: Option<crate::domain::cvr::Cvr>,
    pub needs: Vec<String>,
    pub sector: Option<String>,
    pub language: String,
    pub details: String,
    pub source: String,
}

/// The request's rules: each field's, at least one kind of help, a known trade and
/// language (Danish when none is chosen).
#[cfg(feature = "ssr")]
pub fn validate_request(form: &MentorRequestForm) -> Result<ValidMentorRequest, Vec<FieldError>> {
    let needs = ticked(&form.needs, |c| Expertise::from_code(c).is_some());
    let mut errors = crate::form::check(form).err().unwrap_or_default();
    if needs.is_empty() {
        errors.push(FieldError::new("needs", Msg::ErrorChooseOne));
    }
    let sector = Some(form.sector.trim()).filter(|s| !s.is_empty());
    if sector.is_some_and(|s| Sector::from_code(s).is_none()) {
        errors.push(FieldError::new("sector", Msg::ErrorChoose));
    }
    let language = match form.language.trim() {
        "" => "da",
        code => code,
    };
    if !LANGUAGES.contains(&language) {
        errors.push(FieldError::new("language", Msg::ErrorChoose));
    }
    if !errors.is_empty() {
        return Err(one_per_field(errors));
    }
    let optional = |value: &str| Some(value.trim().to_owned()).filter(|v| !v.is_empty());
    Ok(ValidMentorRequest {
        municipality: form.municipality.trim().to_owned(),
        name: form.name.trim().to_owned(),
        email: form.email.trim().to_lowercase(),
        company_name: optional(&form.company_name),
        cvr: optional(&form.cvr).and_then(|text| crate::domain::cvr::Cvr::parse(&text).ok()),
        needs,
        sector: sector.map(str::to_owned),
        language: language.to_owned(),
        details: form.details.trim().to_owned(),
        source: SOURCES
            .into_iter()
            .find(|s| *s == form.source.trim())
            .unwrap_or("form")
            .to_owned(),
    })
}
