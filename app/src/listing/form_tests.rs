//! The application form's rules.
use super::*;

pub fn good() -> ListingForm {
    ListingForm {
        municipality: "frederikshavn".into(),
        cvr: "DK 1374 8136".into(),
        name: "Havnens Værksted".into(),
        legal_form: "aps".into(),
        purpose: "employment".into(),
        description_da: "Reparerer både.".into(),
        products: "Bådreparation".into(),
        street: "Havnen 3".into(),
        postcode: "9900".into(),
        city: "Frederikshavn".into(),
        employees: "10".into(),
        tg_flex_job: Some("on".into()),
        tg_vulnerable: Some("on".into()),
        target_group_employees: "3".into(),
        year_end: "06-30".into(),
        rsv_status: "applied".into(),
        contact_name: "Mette Madsen".into(),
        contact_email: "Mette@Example.dk".into(),
        consent: Some("on".into()),
        ..Default::default()
    }
}

#[test]
fn a_complete_form_is_valid_and_tidied() {
    let valid = validate(&good(), Sender::Applicant).unwrap();
    assert_eq!(valid.cvr.as_str(), "13748136");
    assert_eq!(valid.contact_email.as_deref(), Some("mette@example.dk"));
    assert_eq!(
        valid.target_groups,
        [TargetGroup::FlexJob, TargetGroup::Vulnerable]
    );
    assert_eq!(valid.year_end, YearEnd::new(6, 30));
    assert_eq!((valid.website, valid.founded_year), (None, None));
}

#[test]
fn every_bad_field_is_named() {
    let bad = ListingForm {
        municipality: "".into(),
        cvr: "10000000".into(),
        name: " ".into(),
        legal_form: "llc".into(),
        purpose: "".into(),
        description_da: "x".repeat(MAX_TEXT_CHARS + 1),
        products: "".into(),
        postcode: "99".into(),
        website: "javascript:alert(1)".into(),
        email: "info@localhost".into(),
        phone: "ring".into(),
        founded_year: "16".into(),
        employees: "-2".into(),
        year_end: "02-29".into(),
        rsv_status: "maybe".into(),
        contact_email: "".into(),
        consent: None,
        ..good()
    };
    let fields: Vec<(String, Msg)> = validate(&bad, Sender::Applicant)
        .unwrap_err()
        .into_iter()
        .map(|e| (e.field, e.message))
        .collect();
    let expected = [
        ("consent", Msg::ErrorConsent),
        ("contact_email", Msg::ErrorRequired),
        ("cvr", Msg::ErrorCvr),
        ("description_da", Msg::ErrorTooLong),
        ("email", Msg::ErrorEmail),
        ("employees", Msg::ErrorCount),
        ("founded_year", Msg::ErrorYear),
        ("legal_form", Msg::ErrorChoose),
        ("municipality", Msg::ErrorChoose),
        ("name", Msg::ErrorRequired),
        ("phone", Msg::ErrorPhone),
        ("postcode", Msg::ErrorPostcode),
        ("products", Msg::ErrorRequired),
        ("purpose", Msg::ErrorChoose),
        ("rsv_status", Msg::ErrorChoose),
        ("website", Msg::ErrorWebAddress),
        ("year_end", Msg::ErrorChoose),
    ];
    let expected: Vec<(String, Msg)> = expected.iter().map(|(f, m)| (f.to_string(), *m)).collect();
    assert_eq!(fields, expected);
}

#[test]
fn staff_may_leave_out_the_contact_person_but_not_half_of_it() {
    let none = ListingForm {
        contact_name: " ".into(),
        contact_email: "".into(),
        consent: None,
        ..good()
    };
    let missing = |form: &ListingForm, sender| -> Vec<String> {
        validate(form, sender)
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| e.field)
            .collect()
    };
    assert_eq!(
        missing(&none, Sender::Applicant),
        ["consent", "contact_email", "contact_name"]
    );
    let corrected = validate(
        &ListingForm {
            consent: Some("on".into()),
            ..none.clone()
        },
        Sender::Staff,
    )
    .unwrap();
    assert_eq!(
        (corrected.contact_name, corrected.contact_email),
        (None, None)
    );
    let name_only = ListingForm {
        contact_name: "Mette".into(),
        ..none.clone()
    };
    assert_eq!(
        missing(&name_only, Sender::Staff),
        ["consent", "contact_email"]
    );
    let email_only = ListingForm {
        contact_email: "m@example.dk".into(),
        ..none
    };
    assert_eq!(
        missing(&email_only, Sender::Staff),
        ["consent", "contact_name"]
    );
}

#[test]
fn a_year_may_end_on_any_day_that_every_year_has() {
    let on = |day: &str| ListingForm {
        year_end: day.into(),
        ..good()
    };
    let valid = validate(&on("06-21"), Sender::Staff).unwrap();
    assert_eq!(valid.year_end, YearEnd::new(6, 21));
    for never in ["02-29", "13-01", "31-12", "juni"] {
        let errors = validate(&on(never), Sender::Staff).unwrap_err();
        assert_eq!(errors[0].field, "year_end", "{never}");
    }
}

#[test]
fn employees_from_the_target_groups_are_some_of_the_employees() {
    let more = ListingForm {
        target_group_employees: "11".into(),
        ..good()
    };
    let errors = validate(&more, Sender::Applicant).unwrap_err();
    assert_eq!(errors[0].field, "target_group_employees");
    assert_eq!(errors[0].message, Msg::ErrorMoreThanEmployees);
}

#[test]
fn a_result_link_or_a_token_attaches_a_self_assessment() {
    let token = "a".repeat(43);
    for typed in [
        format!("https://kommune.dk/assessment/{token}/result"),
        format!(" {token} "),
    ] {
        let form = ListingForm {
            assessment: typed,
            ..good()
        };
        assert_eq!(form.assessment_token(), Some(token.clone()));
    }
    assert_eq!(good().assessment_token(), None);
}
