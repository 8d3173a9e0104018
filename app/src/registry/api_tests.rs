//! The registry's URL parameters: read leniently, written back the same.
use super::*;
use std::collections::HashMap;

fn params(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let map: HashMap<String, String> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    move |k| map.get(k).cloned()
}

#[test]
fn empty_and_unknown_params_mean_no_filter() {
    let q = CompanyQuery::from_params(params(&[
        ("q", "  "),
        ("purpose", "astrology"),
        ("page", "-3"),
    ]));
    assert_eq!(
        q,
        CompanyQuery {
            page: 1,
            ..Default::default()
        }
    );
}

#[test]
fn params_are_trimmed_and_parsed() {
    let q = CompanyQuery::from_params(params(&[
        ("q", " café "),
        ("municipality", "hjoerring"),
        ("purpose", "cultural"),
        ("page", "2"),
    ]));
    assert_eq!(q.q.as_deref(), Some("café"));
    assert_eq!(q.municipality.as_deref(), Some("hjoerring"));
    assert_eq!(q.purpose, Some(Purpose::Cultural));
    assert_eq!(q.page, 2);
}

#[test]
fn page_links_keep_the_filters_and_encode_text() {
    let q = CompanyQuery {
        q: Some("grøn & ren".into()),
        purpose: Some(Purpose::Environmental),
        page: 1,
        ..Default::default()
    };
    assert_eq!(
        q.href_for_page(2),
        "/registry?q=gr%C3%B8n%20%26%20ren&purpose=environmental&page=2"
    );
    assert_eq!(CompanyQuery::default().href_for_page(1), "/registry");
}

#[test]
fn filters_and_order_read_back_from_their_link() {
    let q = CompanyQuery {
        q: Some("kaf".into()),
        legal_form: Some(LegalForm::Aps),
        target_group: Some(TargetGroup::FlexJob),
        checked: true,
        employs: true,
        sort: Sort::Newest,
        page: 3,
        ..Default::default()
    };
    let href = q.href_for_page(3);
    assert_eq!(
        href,
        "/registry?q=kaf&legal_form=aps&target_group=flex_job&checked=true&employs=true&sort=newest&page=3"
    );
    let pairs: Vec<(String, String)> = href
        .split_once('?')
        .unwrap()
        .1
        .split('&')
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap();
            (k.to_owned(), v.to_owned())
        })
        .collect();
    let read = CompanyQuery::parse(|k| {
        pairs
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    });
    assert_eq!(read, (q, vec![]));
}

#[test]
fn values_not_understood_are_named() {
    let (q, unread) = CompanyQuery::parse(params(&[
        ("sort", "price"),
        ("checked", "maybe"),
        ("legal_form", "ltd"),
        ("page", "0"),
        ("employs", "on"),
    ]));
    assert_eq!(unread, vec!["legal_form", "checked", "sort", "page"]);
    assert!(q.employs && !q.checked);
    assert_eq!((q.sort, q.page, q.legal_form), (Sort::Name, 1, None));
}
