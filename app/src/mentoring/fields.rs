//! The sign-up's fields and the availability's (also on the mentor's own page), posted as
//! `form[…]`; the checkbox groups post `form[expertise][code]=on`.
use super::form::{
    AvailabilityForm, MAX_DETAILS_CHARS, MAX_INTRODUCTION_CHARS, MAX_NAME_CHARS, MentorForm,
    MentorRequestForm,
};
use crate::components::{ChoiceField, Control, Field, choice};
use crate::error::AppError;
use crate::form::rules;
use crate::i18n::{Msg, use_i18n};
use crate::registry::api::MunicipalityOption;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// `domain::mentoring::Expertise` by code, with its words (a test keeps them in step).
pub const EXPERTISE: &[(&str, Msg)] = &[
    ("business_planning", Msg::ExpertiseBusinessPlanning),
    ("marketing_sales", Msg::ExpertiseMarketingSales),
    ("finance_funding", Msg::ExpertiseFinanceFunding),
    ("legal_company_form", Msg::ExpertiseLegalCompanyForm),
    ("local_network", Msg::ExpertiseLocalNetwork),
    ("management_hr", Msg::ExpertiseManagementHr),
    ("production_operations", Msg::ExpertiseProductionOperations),
];

/// `domain::mentoring::Sector` by code.
pub const SECTORS: &[(&str, Msg)] = &[
    ("food_hospitality", Msg::SectorFoodHospitality),
    ("retail_second_hand", Msg::SectorRetailSecondHand),
    ("crafts_production", Msg::SectorCraftsProduction),
    ("care_health", Msg::SectorCareHealth),
    ("culture_leisure", Msg::SectorCultureLeisure),
    ("green_recycling", Msg::SectorGreenRecycling),
    ("services_digital", Msg::SectorServicesDigital),
    ("other", Msg::SectorOther),
];

/// `domain::mentoring::mentor::LANGUAGES`.
pub const LANGUAGES: &[(&str, Msg)] = &[
    ("da", Msg::LanguageDa),
    ("en", Msg::LanguageEn),
    ("de", Msg::LanguageDe),
];

fn chosen(group: &BTreeMap<String, String>) -> Vec<String> {
    group.keys().cloned().collect()
}

/// Every field of the sign-up.
#[component]
pub fn MentorFields(
    form: MentorForm,
    municipalities: Vec<MunicipalityOption>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let places: Vec<_> = municipalities
        .into_iter()
        .map(|m| choice(m.slug, m.name))
        .collect();
    // A new form offers Danish ticked; one that came back keeps what was ticked.
    let languages = match form == MentorForm::default() {
        true => vec!["da".to_owned()],
        false => chosen(&form.languages),
    };
    view! {
        <fieldset class="form-section">
            <legend>{i18n.t(Msg::MentorAboutYouHeading)}</legend>
            <Field name="municipality" group="form" label=Msg::MunicipalityLabel control=Control::Select
                empty_option=Msg::ChooseMunicipality options=places value=form.municipality error/>
            <Field name="name" group="form" label=Msg::MentorNameLabel autocomplete="name"
                maxlength=MAX_NAME_CHARS value=form.name error/>
            <Field name="organisation" group="form" label=Msg::MentorOrganisationLabel
                autocomplete="organization" maxlength=MAX_NAME_CHARS value=form.organisation error/>
            <Field name="role" group="form" label=Msg::MentorRoleLabel autocomplete="organization-title"
                maxlength=MAX_NAME_CHARS value=form.role error/>
            <Field name="email" group="form" label=Msg::EmailLabel control=Control::Email
                autocomplete="email" maxlength=254 value=form.email check=rules::email error/>
            <Field name="phone" group="form" label=Msg::PhoneLabel optional=true control=Control::Tel
                autocomplete="tel" maxlength=32 value=form.phone check=rules::phone error/>
        </fieldset>
        <fieldset class="form-section">
            <legend>{i18n.t(Msg::MentorOfferHeading)}</legend>
            <ChoiceField name="expertise" group="form" label=Msg::MentorExpertiseLabel
                options=EXPERTISE multiple=true keyed=true chosen=chosen(&form.expertise) error/>
            <ChoiceField name="sectors" group="form" label=Msg::MentorSectorsLabel
                options=SECTORS multiple=true keyed=true chosen=chosen(&form.sectors) error/>
            <ChoiceField name="languages" group="form" label=Msg::MentorLanguagesLabel
                options=LANGUAGES multiple=true keyed=true chosen=languages error/>
            <AvailabilityFields form=form.availability error/>
            <Field name="introduction" group="form" label=Msg::MentorIntroductionLabel
                hint=Msg::MentorIntroductionHelp control=Control::TextArea rows=5
                maxlength=MAX_INTRODUCTION_CHARS value=form.introduction error/>
            <Field name="consent" group="form" label=Msg::MentorConsentLabel control=Control::Checkbox
                checked=form.consent.is_some() error
                label_extra=move || view! { <a href="/privacy">{i18n.t(Msg::PrivacyTitle)}</a> }/>
        </fieldset>
    }
}

/// How many enterprises at a time and when.
#[component]
pub fn AvailabilityFields(
    form: AvailabilityForm,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    // A new sign-up starts at one enterprise.
    let capacity = match form.capacity.is_empty() {
        true => "1".to_owned(),
        false => form.capacity,
    };
    view! {
        <Field name="capacity" group="form" label=Msg::MentorCapacityLabel hint=Msg::MentorCapacityHelp
            control=Control::Number min="1" max="5" inputmode="numeric" value=capacity error/>
        <Field name="available_from" group="form" label=Msg::MentorAvailableFromLabel optional=true control=Control::Date
            value=form.available_from check=rules::iso_date error/>
        <Field name="available_to" group="form" label=Msg::MentorAvailableToLabel optional=true control=Control::Date
            value=form.available_to check=rules::iso_date error/>
    }
}

/// Every field of a request for a mentor.
#[component]
pub fn RequestFields(
    form: MentorRequestForm,
    municipalities: Vec<MunicipalityOption>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let places: Vec<_> = municipalities
        .into_iter()
        .map(|m| choice(m.slug, m.name))
        .collect();
    let sectors: Vec<_> = SECTORS
        .iter()
        .map(|(code, msg)| choice(*code, *msg))
        .collect();
    let languages: Vec<_> = LANGUAGES
        .iter()
        .map(|(code, msg)| choice(*code, *msg))
        .collect();
    // A new request asks for the language the page is read in.
    let language = match form.language.is_empty() {
        true => untrack(|| i18n.lang()).code().to_owned(),
        false => form.language,
    };
    view! {
        <input type="hidden" name="form[source]" value=form.source/>
        <Field name="municipality" group="form" label=Msg::MunicipalityLabel control=Control::Select
            empty_option=Msg::ChooseMunicipality options=places value=form.municipality error/>
        <Field name="name" group="form" label=Msg::ContactNameLabel autocomplete="name"
            maxlength=MAX_NAME_CHARS value=form.name error/>
        <Field name="email" group="form" label=Msg::EmailLabel control=Control::Email
            autocomplete="email" maxlength=254 value=form.email check=rules::email error/>
        <Field name="company_name" group="form" label=Msg::AskMentorCompanyLabel optional=true
            autocomplete="organization" maxlength=MAX_NAME_CHARS value=form.company_name error/>
        <Field name="cvr" group="form" label=Msg::CvrLabel optional=true inputmode="numeric"
            maxlength=12 value=form.cvr check=rules::cvr error/>
        <ChoiceField name="needs" group="form" label=Msg::MentorNeedsLabel options=EXPERTISE
            multiple=true keyed=true chosen=chosen(&form.needs) error/>
        <Field name="sector" group="form" label=Msg::MentorSectorLabel optional=true control=Control::Select
            empty_option=Msg::ChooseOption options=sectors value=form.sector error/>
        <Field name="language" group="form" label=Msg::MentorLanguageLabel control=Control::Select
            options=languages value=language error/>
        <Field name="details" group="form" label=Msg::MentorDetailsLabel optional=true
            control=Control::TextArea rows=4 maxlength=MAX_DETAILS_CHARS value=form.details error/>
        <Field name="consent" group="form" label=Msg::MentorAskConsentLabel control=Control::Checkbox
            checked=form.consent.is_some() error
            label_extra=move || view! { <a href="/privacy">{i18n.t(Msg::PrivacyTitle)}</a> }/>
    }
}

/// A step refused because the page no longer shows the latest (someone else acted first,
/// a double click): the reason, above the form, which keeps what was typed.
#[component]
pub(super) fn StaleNotice(error: Signal<Option<AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    let stale = crate::components::field_error("step", error);
    move || {
        stale().map(
            |e| view! { <p class="notice notice-error" id="step-error">{i18n.t(e.message)}</p> },
        )
    }
}

/// A meeting's fields (`prefix` keeps ids apart where a page has one form per mentorship).
#[component]
pub(super) fn MeetingFields(
    form: crate::mentoring::mentorship_form::MeetingForm,
    prefix: String,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    use crate::mentoring::mentorship_form::MAX_NOTES_CHARS;
    view! {
        <Field name="met_on" group="form" id=format!("{prefix}met_on") label=Msg::MeetingMetOnLabel
            control=Control::Date value=form.met_on error/>
        <Field name="notes" group="form" id=format!("{prefix}notes") label=Msg::MeetingNotesLabel
            control=Control::TextArea rows=3 maxlength=MAX_NOTES_CHARS value=form.notes error/>
        <Field name="next_step" group="form" id=format!("{prefix}next_step") label=Msg::MeetingNextStepLabel
            optional=true control=Control::TextArea rows=2 maxlength=MAX_NOTES_CHARS value=form.next_step error/>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::mentoring::{Expertise, Sector, mentor};
    use crate::i18n::Labelled;

    #[test]
    fn the_checkboxes_are_the_domains_codes_with_their_words() {
        let expertise: Vec<(&str, Msg)> = Expertise::ALL
            .iter()
            .map(|e| (e.code(), e.label()))
            .collect();
        assert_eq!(EXPERTISE, expertise.as_slice());
        let sectors: Vec<(&str, Msg)> = Sector::ALL.iter().map(|s| (s.code(), s.label())).collect();
        assert_eq!(SECTORS, sectors.as_slice());
        let languages: Vec<&str> = LANGUAGES.iter().map(|(code, _)| *code).collect();
        assert_eq!(languages, mentor::LANGUAGES);
    }
}
