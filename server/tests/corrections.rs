//! A member of staff's correction of a listing over HTTP on both databases: it says which
//! version of the listing its form showed, so a correction made meanwhile by someone else
//! is never overwritten unseen, with or without JavaScript.
mod common;

use common::listing::GOOD;
use common::{form_in, signed_in};

use app::db_test;
use app::seed::seed_demo_if_empty;
use http::StatusCode;

/// The version in the correction form of a listing's page.
fn version_on(page: &str) -> i64 {
    let at = page
        .find(r#"name="version" value=""#)
        .expect("the version field")
        + 22;
    page[at..page[at..].find('"').unwrap() + at]
        .parse()
        .unwrap()
}

db_test!(
    a_correction_of_a_changed_listing_is_refused_with_what_was_typed_kept,
    |db| {
        use app::entities::company;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        seed_demo_if_empty(db).await.unwrap();
        let listed = app::seed::demo_cvr(0).to_string();
        let id = company::Entity::find()
            .filter(company::Column::Cvr.eq(&listed))
            .one(db)
            .await
            .unwrap()
            .unwrap()
            .id;
        let karen = signed_in(db, "kontakt@frederikshavn.demo.dk").await;
        let page = format!("/staff/listings/{id}");
        let opened = version_on(&karen.get(&page).await.body);
        let post = |version: i64, fields: &[(&str, &str)]| {
            format!("id={id}&version={version}&{}", form_in("form", fields))
        };

        // Refused for a value: back with the version the form showed, not the listing's newest.
        let mut bad = GOOD.to_vec();
        bad.retain(|(name, _)| *name != "postcode");
        bad.push(("postcode", "99"));
        let browser = karen.as_plain_form(&page);
        let refused = browser
            .post("/api/staff/listing/edit", post(opened, &bad))
            .await;
        assert_eq!(refused.status, StatusCode::SEE_OTHER);
        assert!(
            refused.location().contains(&format!("version={opened}")),
            "{}",
            refused.location()
        );
        let again = karen.get(&refused.location()).await;
        assert_eq!(version_on(&again.body), opened);
        again.field("postcode", false, Some("fire cifre"));
        assert!(
            again.body.contains(r#"value="99""#),
            "the form keeps what was typed"
        );
        assert!(
            !again.body.contains(", 99 "),
            "the facts above it stay as saved"
        );

        // A colleague's correction, then this one from the form opened before it: refused, by
        // the form, with the listing's new version on the page to save against.
        let saved = karen
            .post("/api/staff/listing/edit", post(opened, &GOOD))
            .await;
        assert!(
            saved.status.is_redirection() || saved.status.is_success(),
            "{}",
            saved.status
        );
        let mut mine = GOOD.to_vec();
        mine.retain(|(name, _)| *name != "city");
        mine.push(("city", "Sæby"));
        let stale = browser
            .post("/api/staff/listing/edit", post(opened, &mine))
            .await;
        assert_eq!(stale.status, StatusCode::SEE_OTHER);
        assert!(
            !stale.location().contains("version="),
            "{}",
            stale.location()
        );
        let back = karen.get(&stale.location()).await;
        assert!(
            back.body.contains("Nogen har gemt ændringer"),
            "the reason is said"
        );
        assert!(
            back.body.contains(r#"value="Sæby""#),
            "what was typed is kept"
        );
        let newest = version_on(&back.body);
        assert_ne!(newest, opened);
        // The app's own client gets 422; against the new version the correction passes.
        let json = karen
            .post("/api/staff/listing/edit", post(opened, &mine))
            .await;
        assert_eq!(json.status, StatusCode::UNPROCESSABLE_ENTITY);
        let passed = karen
            .post("/api/staff/listing/edit", post(newest, &mine))
            .await;
        assert!(
            passed.status.is_redirection() || passed.status.is_success(),
            "{}",
            passed.status
        );
        let row = app::registry::queries::get_company(db, &listed)
            .await
            .unwrap();
        assert_eq!(row.city, "Sæby");
    }
);
