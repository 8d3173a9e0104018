//! The application form: what is typed, its rules, and the application it gives.
#[cfg(feature = "ssr")]
use super::api::ValidListing;
#[cfg(feature = "ssr")]
use crate::domain::company::{LegalForm, Purpose};
#[cfg(feature = "ssr")]
use crate::domain::cvr::Cvr;
use crate::domain::listing::TargetGroup;
#[cfg(feature = "ssr")]
use crate::domain::listing::{RsvStatus, YearEnd};
#[cfg(feature = "ssr")]
use crate::error::FieldError;
#[cfg(feature = "ssr")]
use crate::form::{Invalid, chars, rules};
#[cfg(feature = "ssr")]
use crate::i18n::Msg;
use serde::{Deserialize, Serialize};

pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_TEXT_CHARS: usize = 4_000;

/// The application form as typed: every field text, so nothing is lost when one is wrong.
/// The rules are `form::rules` run by `validator` on the server (`validate`); the browser
/// checks the same rules as fields are left. Target groups are checkboxes, `tg_{code}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(validator::Validate))]
#[serde(default)]
pub struct ListingForm {
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "rules::chosen::<Invalid>"))
    )]
    pub municipality: String,
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            custom(function = "rules::cvr::<Invalid>")
        )
    )]
    pub cvr: String,
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
        validate(custom(function = "known_legal_form::<Invalid>"))
    )]
    pub legal_form: String,
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "known_purpose::<Invalid>"))
    )]
    pub purpose: String,
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            length(max = chars(MAX_TEXT_CHARS))
        )
    )]
    pub description_da: String,
    #[cfg_attr(feature = "ssr", validate(length(max = chars(MAX_TEXT_CHARS))))]
    pub description_en: String,
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            length(max = chars(MAX_TEXT_CHARS))
        )
    )]
    pub products: String,
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            length(max = chars(MAX_NAME_CHARS))
        )
    )]
    pub street: String,
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            custom(function = "rules::postcode::<Invalid>")
        )
    )]
    pub postcode: String,
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "rules::required::<Invalid>"), length(max = 100))
    )]
    pub city: String,
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "rules::web_address::<Invalid>"), length(max = 300))
    )]
    pub website: String,
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "rules::email::<Invalid>"))
    )]
    pub email: String,
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "rules::phone::<Invalid>"))
    )]
    pub phone: String,
    #[cfg_attr(feature = "ssr", validate(custom(function = "rules::year::<Invalid>")))]
    pub founded_year: String,
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "rules::count::<Invalid>"))
    )]
    pub employees: String,
    pub tg_early_retirement: Option<String>,
    pub tg_resource_programme: Option<String>,
    pub tg_flex_job: Option<String>,
    pub tg_cash_benefit: Option<String>,
    pub tg_vulnerable: Option<String>,
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "rules::count::<Invalid>"))
    )]
    pub target_group_employees: String,
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "known_year_end::<Invalid>"))
    )]
    pub year_end: String,
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "known_rsv_status::<Invalid>"))
    )]
    pub rsv_status: String,
    /// Required of an applicant, not of staff (`Sender`).
    #[cfg_attr(feature = "ssr", validate(length(max = chars(MAX_NAME_CHARS))))]
    pub contact_name: String,
    /// Required of an applicant, not of staff (`Sender`).
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "rules::email::<Invalid>"))
    )]
    pub contact_email: String,
    /// A checkbox: present when ticked.
    #[cfg_attr(feature = "ssr", validate(required(code = "ErrorConsent")))]
    pub consent: Option<String>,
    /// A self-assessment's result link (or its token) to attach.
    #[cfg_attr(feature = "ssr", validate(length(max = 300)))]
    pub assessment: String,
}

impl ListingForm {
    /// The ticked target groups.
    pub fn target_groups(&self) -> Vec<TargetGroup> {
        let ticked = [
            (&self.tg_early_retirement, TargetGroup::EarlyRetirement),
            (&self.tg_resource_programme, TargetGroup::ResourceProgramme),
            (&self.tg_flex_job, TargetGroup::FlexJob),
            (&self.tg_cash_benefit, TargetGroup::CashBenefit),
            (&self.tg_vulnerable, TargetGroup::Vulnerable),
        ];
        ticked
            .into_iter()
            .filter(|(on, _)| on.is_some())
            .map(|(_, group)| group)
            .collect()
    }

    /// The self-assessment token in `assessment`: the link's `/assessment/{token}/…` part,
    /// or the token as typed.
    pub fn assessment_token(&self) -> Option<String> {
        let text = self.assessment.trim();
        let token = match text.split_once("/assessment/") {
            Some((_, rest)) => rest.split(['/', '?', '#']).next().unwrap_or_default(),
            None => text,
        };
        (!token.is_empty()).then(|| token.to_owned())
    }
}

/// Year ends the form offers: the last day of each month (`MM-DD`).
pub const YEAR_ENDS: [&str; 12] = [
    "12-31", "01-31", "02-28", "03-31", "04-30", "05-31", "06-30", "07-31", "08-31", "09-30",
    "10-31", "11-30",
];

#[cfg(feature = "ssr")]
fn known_legal_form<E: From<Msg>>(value: &str) -> Result<(), E> {
    LegalForm::from_code(value.trim())
        .map(|_| ())
        .ok_or(Msg::ErrorChoose.into())
}

#[cfg(feature = "ssr")]
fn known_purpose<E: From<Msg>>(value: &str) -> Result<(), E> {
    Purpose::from_code(value.trim())
        .map(|_| ())
        .ok_or(Msg::ErrorChoose.into())
}

#[cfg(feature = "ssr")]
fn known_rsv_status<E: From<Msg>>(value: &str) -> Result<(), E> {
    RsvStatus::from_code(value.trim())
        .map(|_| ())
        .ok_or(Msg::ErrorChoose.into())
}

/// Optional; when chosen, a day of the year. The form offers `YEAR_ENDS`, and a listing's
/// own day when it is another (a year may end on 21 June), so a correction keeps it.
#[cfg(feature = "ssr")]
fn known_year_end<E: From<Msg>>(value: &str) -> Result<(), E> {
    let value = value.trim();
    match value.is_empty() || YearEnd::from_code(value).is_some() {
        true => Ok(()),
        false => Err(Msg::ErrorChoose.into()),
    }
}

/// Who sends the form, which decides whether it must name a contact person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sender {
    /// Applying or answering: the emailed links go to the contact person.
    Applicant,
    /// Correcting an entry: entries carried over from before the registry have no contact
    /// person, and one may ask to be taken off. A name needs its email and the other way
    /// round.
    Staff,
}

/// The form's rules, then the values tidied: trimmed, emails in lower case, the CVR in its
/// eight digits, empty optional fields as `None`; employees from the target groups cannot
/// outnumber the employees.
#[cfg(feature = "ssr")]
pub fn validate(form: &ListingForm, sender: Sender) -> Result<ValidListing, Vec<FieldError>> {
    let mut errors = crate::form::check(form).err().unwrap_or_default();
    let (name, email) = (form.contact_name.trim(), form.contact_email.trim());
    let required = match sender {
        Sender::Applicant => [name.is_empty(), email.is_empty()],
        Sender::Staff => [
            name.is_empty() && !email.is_empty(),
            email.is_empty() && !name.is_empty(),
        ],
    };
    for (field, missing) in ["contact_name", "contact_email"].into_iter().zip(required) {
        if missing && !errors.iter().any(|e| e.field == field) {
            errors.push(FieldError::new(field, Msg::ErrorRequired));
        }
    }
    if !errors.is_empty() {
        errors.sort_by(|a, b| a.field.cmp(&b.field));
        return Err(errors);
    }
    let optional = |value: &str| Some(value.trim().to_owned()).filter(|v| !v.is_empty());
    let number = |value: &str| value.trim().parse::<i32>().ok();
    let choice = |field: &str| vec![FieldError::new(field, Msg::ErrorChoose)];
    let employees = number(&form.employees);
    let target_group_employees = number(&form.target_group_employees);
    if let (Some(all), Some(some)) = (employees, target_group_employees)
        && some > all
    {
        return Err(vec![FieldError::new(
            "target_group_employees",
            Msg::ErrorMoreThanEmployees,
        )]);
    }
    Ok(ValidListing {
        municipality: form.municipality.trim().to_owned(),
        cvr: Cvr::parse(&form.cvr).map_err(|_| vec![FieldError::new("cvr", Msg::ErrorCvr)])?,
        name: form.name.trim().to_owned(),
        legal_form: LegalForm::from_code(form.legal_form.trim())
            .ok_or_else(|| choice("legal_form"))?,
        purpose: Purpose::from_code(form.purpose.trim()).ok_or_else(|| choice("purpose"))?,
        description_da: form.description_da.trim().to_owned(),
        description_en: optional(&form.description_en),
        products: form.products.trim().to_owned(),
        street: form.street.trim().to_owned(),
        postcode: form.postcode.trim().to_owned(),
        city: form.city.trim().to_owned(),
        website: optional(&form.website),
        email: optional(&form.email).map(|e| e.to_lowercase()),
        phone: optional(&form.phone),
        founded_year: number(&form.founded_year),
        employees,
        target_groups: form.target_groups(),
        target_group_employees,
        year_end: YearEnd::from_code(form.year_end.trim()),
        rsv_status: RsvStatus::from_code(form.rsv_status.trim())
            .ok_or_else(|| choice("rsv_status"))?,
        contact_name: optional(&form.contact_name),
        contact_email: optional(&form.contact_email).map(|e| e.to_lowercase()),
    })
}

#[cfg(all(test, feature = "ssr"))]
#[path = "form_tests.rs"]
mod tests;
