//! The application's fields, shared by the application form and the applicant's answer to
//! a change request (where the CVR and the municipality stay as applied).
use super::form::{ListingForm, MAX_NAME_CHARS, MAX_TEXT_CHARS, YEAR_ENDS};
use crate::components::{ChoiceField, Control, Field, choice};
use crate::domain::company::{LegalForm, Purpose};
use crate::domain::listing::RsvStatus;
use crate::error::AppError;
use crate::form::rules;
use crate::i18n::{Lang, Msg, purpose_msg, use_i18n};
use crate::registry::api::MunicipalityOption;
use leptos::prelude::*;

const TARGET_GROUPS: &[(&str, Msg)] = &[
    ("early_retirement", Msg::TargetGroupEarlyRetirement),
    ("resource_programme", Msg::TargetGroupResourceProgramme),
    ("flex_job", Msg::TargetGroupFlexJob),
    ("cash_benefit", Msg::TargetGroupCashBenefit),
    ("vulnerable", Msg::TargetGroupVulnerable),
];

fn rsv_option(status: RsvStatus) -> Msg {
    match status {
        RsvStatus::Registered => Msg::RsvOptionRegistered,
        RsvStatus::Applied => Msg::RsvOptionApplied,
        RsvStatus::NotRegistered => Msg::RsvOptionNotRegistered,
    }
}

/// "31.12." or "31 Dec": a year end in the reader's language.
fn year_end_text(code: &str, lang: Lang) -> String {
    let (month, day) = code.split_once('-').unwrap_or_default();
    let (month, day): (usize, u32) = (month.parse().unwrap_or(1), day.parse().unwrap_or(1));
    match lang {
        Lang::Da => format!("{day}.{month}."),
        Lang::En => {
            const MONTHS: [&str; 12] = [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ];
            format!("{day} {}", MONTHS[month.clamp(1, 12) - 1])
        }
    }
}

/// Every field of an application, posted as `form[…]`. `answering`: the CVR shown but not
/// changed, the municipality kept as applied.
#[component]
pub fn ListingFields(
    form: ListingForm,
    municipalities: Vec<MunicipalityOption>,
    error: Signal<Option<AppError>>,
    #[prop(optional)] answering: bool,
    /// Staff correcting a listing: as `answering`, and no consent or self-assessment.
    #[prop(optional)]
    editing: bool,
) -> impl IntoView {
    let answering = answering || editing;
    // The applicant gives their own name; staff correct the contact person's.
    let (name_label, email_label, email_hint) = match editing {
        true => (
            Msg::ContactPersonNameLabel,
            Msg::ContactPersonEmailLabel,
            Msg::ContactPersonEmailHelp,
        ),
        false => (
            Msg::ContactNameLabel,
            Msg::ContactEmailLabel,
            Msg::ContactEmailHelp,
        ),
    };
    let i18n = use_i18n();
    let lang = untrack(|| i18n.lang());
    let municipality_options: Vec<_> = municipalities
        .into_iter()
        .map(|m| choice(m.slug, m.name))
        .collect();
    let legal_forms: Vec<_> = LegalForm::ALL
        .into_iter()
        .map(|f| choice(f.code(), f.abbreviation().to_owned()))
        .collect();
    let purposes: Vec<_> = Purpose::ALL
        .into_iter()
        .map(|p| choice(p.code(), purpose_msg(p)))
        .collect();
    let rsv: Vec<_> = RsvStatus::ALL
        .into_iter()
        .map(|s| choice(s.code(), rsv_option(s)))
        .collect();
    // The month ends, and the listing's own day when it is another.
    let own = Some(form.year_end.as_str()).filter(|c| !c.is_empty() && !YEAR_ENDS.contains(c));
    let year_ends: Vec<_> = YEAR_ENDS
        .iter()
        .copied()
        .chain(own)
        .map(|code| choice(code.to_owned(), year_end_text(code, lang)))
        .collect();
    let groups: Vec<String> = form
        .target_groups()
        .into_iter()
        .map(|g| g.code().to_owned())
        .collect();
    let place = if answering {
        view! { <input type="hidden" name="form[municipality]" value=form.municipality.clone()/> }
            .into_any()
    } else {
        view! {
            <Field name="municipality" group="form" label=Msg::MunicipalityLabel control=Control::Select
                empty_option=Msg::ChooseMunicipality options=municipality_options
                value=form.municipality.clone() error/>
        }
        .into_any()
    };
    view! {
        <fieldset class="form-section">
            <legend>{i18n.t(Msg::ApplyCompanyHeading)}</legend>
            {place}
            <Field name="cvr" group="form" label=Msg::CvrLabel inputmode="numeric" maxlength=12
                readonly=answering value=form.cvr check=rules::cvr error/>
            <Field name="name" group="form" label=Msg::CompanyNameLabel autocomplete="organization"
                maxlength=MAX_NAME_CHARS value=form.name error/>
            <Field name="legal_form" group="form" label=Msg::LegalFormLabel control=Control::Select
                empty_option=Msg::ChooseOption options=legal_forms value=form.legal_form error/>
            <Field name="purpose" group="form" label=Msg::PurposeLabel control=Control::Select
                empty_option=Msg::ChooseOption options=purposes value=form.purpose error/>
            <Field name="description_da" group="form" label=Msg::DescriptionDaLabel
                control=Control::TextArea rows=4 maxlength=MAX_TEXT_CHARS value=form.description_da error/>
            <Field name="description_en" group="form" label=Msg::DescriptionEnLabel optional=true
                control=Control::TextArea rows=3 maxlength=MAX_TEXT_CHARS value=form.description_en error/>
            <Field name="products" group="form" label=Msg::ProductsLabel hint=Msg::ProductsHelp
                control=Control::TextArea rows=3 maxlength=MAX_TEXT_CHARS value=form.products error/>
            <Field name="street" group="form" label=Msg::StreetLabel autocomplete="street-address"
                maxlength=MAX_NAME_CHARS value=form.street error/>
            <Field name="postcode" group="form" label=Msg::PostcodeLabel autocomplete="postal-code"
                inputmode="numeric" maxlength=4 value=form.postcode check=rules::postcode error/>
            <Field name="city" group="form" label=Msg::CityLabel autocomplete="address-level2"
                maxlength=100 value=form.city error/>
            <Field name="website" group="form" label=Msg::WebsiteLabel optional=true autocomplete="url"
                maxlength=300 value=form.website check=rules::web_address error/>
            <Field name="email" group="form" label=Msg::EmailLabel optional=true hint=Msg::CompanyEmailHelp
                control=Control::Email maxlength=254 value=form.email check=rules::email error/>
            <Field name="phone" group="form" label=Msg::PhoneLabel optional=true control=Control::Tel
                maxlength=32 value=form.phone check=rules::phone error/>
            <Field name="founded_year" group="form" label=Msg::FoundedLabel optional=true
                inputmode="numeric" maxlength=4 value=form.founded_year check=rules::year error/>
            <Field name="year_end" group="form" label=Msg::YearEndLabel optional=true control=Control::Select
                empty_option=Msg::ChooseOption options=year_ends value=form.year_end error/>
            <Field name="rsv_status" group="form" label=Msg::RsvStatusLabel control=Control::Select
                options=rsv value=form.rsv_status error/>
        </fieldset>
        <fieldset class="form-section">
            <legend>{i18n.t(Msg::ApplyWorkHeading)}</legend>
            <Field name="employees" group="form" label=Msg::EmployeesLabel optional=true
                inputmode="numeric" maxlength=7 value=form.employees check=rules::count error/>
            <ChoiceField name="tg" group="form" label=Msg::TargetGroupsLabel options=TARGET_GROUPS
                multiple=true chosen=groups error/>
            <Field name="target_group_employees" group="form" label=Msg::TargetGroupEmployeesLabel
                optional=true inputmode="numeric" maxlength=7 value=form.target_group_employees
                check=rules::count error/>
        </fieldset>
        <fieldset class="form-section">
            <legend>{i18n.t(Msg::ApplyContactHeading)}</legend>
            <Field name="contact_name" group="form" label=name_label autocomplete="name"
                optional=editing maxlength=MAX_NAME_CHARS value=form.contact_name error/>
            <Field name="contact_email" group="form" label=email_label hint=email_hint
                optional=editing control=Control::Email autocomplete="email" maxlength=254
                value=form.contact_email check=rules::email error/>
            {(!editing).then(|| view! {
                <Field name="assessment" group="form" label=Msg::AssessmentLinkLabel optional=true
                    hint=Msg::AssessmentLinkHelp maxlength=300 value=form.assessment.clone() error/>
                <Field name="consent" group="form" label=Msg::ApplyConsentLabel control=Control::Checkbox
                    checked=form.consent.is_some() error
                    label_extra=move || view! { <a href="/privacy">{i18n.t(Msg::PrivacyTitle)}</a> }/>
            })}
        </fieldset>
    }
}
