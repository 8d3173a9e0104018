//! A listing application over HTTP on both databases, as a browser without JavaScript sends
//! it: errors that keep what was typed, the confirmation link, the private page, the
//! contact's review, and who may not review.
mod common;

use common::listing::{CVR, GOOD, application_row, apply, emailed_token, press_confirm};
use common::mail::outbox_to;
use common::{TestApp, form_in, signed_in};

use app::db_test;
use app::entities::company;
use app::seed::seed_demo_if_empty;
use http::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

db_test!(a_company_applies_confirms_and_is_published, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let client = TestApp::new(db);
    let browser = client.as_plain_form("/registry/apply");
    let form_page = client.get("/registry/apply").await;
    assert_eq!(form_page.status, StatusCode::OK);
    form_page.field("cvr", false, None);
    form_page.field("contact_email", true, None);

    let sent = apply(&browser, &GOOD).await;
    assert_eq!(sent.status, StatusCode::FOUND, "{}", sent.body);
    assert_eq!(sent.location(), "/registry/apply?sent=1");
    let token = emailed_token(db, "mette@example.dk", "/registry/apply/confirm/").await;

    // Opening the link confirms nothing; its button does.
    let link = format!("/registry/apply/confirm/{token}");
    let page = client.get(&link).await;
    assert_eq!(page.status, StatusCode::OK);
    let row = application_row(db).await;
    assert_eq!(row.status, "awaiting_confirmation");
    let confirmed = press_confirm(&client, &token).await;
    assert_eq!(confirmed.status, StatusCode::FOUND, "{}", confirmed.body);
    let private = confirmed.location();
    assert!(private.starts_with("/registry/application/"), "{private}");
    let status_page = client.get(&private).await;
    assert_eq!(status_page.status, StatusCode::OK);
    assert!(status_page.body.contains("Hos kommunen"));
    let again = press_confirm(&client, &token).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert!(again.location().contains("error=not_found"));

    // The contact was told, with a link to the application's page in the staff area (the
    // applicant's private link stays the applicant's).
    let notice = outbox_to(db, "kontakt@frederikshavn.demo.dk").await;
    let review_link = format!("http://127.0.0.1:3000/staff/listings/{}", row.id);
    assert!(notice.iter().any(|m| m.body_text.contains(&review_link)));
    assert!(notice.iter().all(|m| !m.body_text.contains(&private)));

    // The contact reviews it; the colleague may not.
    let karen = signed_in(db, "kontakt@frederikshavn.demo.dk").await;
    let queue = karen.get("/staff/listings").await;
    assert_eq!(queue.status, StatusCode::OK);
    assert!(queue.body.contains("Havnens Værksted"));
    let review = karen.get(&format!("/staff/listings/{}", row.id)).await;
    assert_eq!(review.status, StatusCode::OK);
    assert!(review.body.contains("Godkend og offentliggør"));
    let jens = signed_in(db, "jobcenter@frederikshavn.demo.dk").await;
    let refused = jens.post("/api/staff/listings", "").await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let hans = signed_in(db, "kontakt@hjoerring.demo.dk").await;
    let other = hans
        .post(
            "/api/staff/listing/step",
            format!("id={}&step=approve", row.id),
        )
        .await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);

    let approved = karen
        .as_plain_form(&format!("/staff/listings/{}", row.id))
        .post(
            "/api/staff/listing/step",
            format!("id={}&step=approve&checked=on", row.id),
        )
        .await;
    assert_eq!(approved.status, StatusCode::FOUND, "{}", approved.body);
    let profile = client.get(&format!("/registry/{CVR}")).await;
    assert_eq!(profile.status, StatusCode::OK);
    assert!(profile.body.contains("Havnens Værksted"));
    assert!(profile.body.contains("Optaget i registret"));
    let published = outbox_to(db, "mette@example.dk").await;
    assert!(
        published
            .iter()
            .any(|e| e.body_text.contains(&format!("/registry/{CVR}")))
    );
});

db_test!(
    without_javascript_a_bad_application_comes_back_as_typed,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let client = TestApp::new(db);
        let browser = client.as_plain_form("/registry/apply");
        let script = "<script>window.pwned=1</script>";
        let mut fields: Vec<(&str, &str)> = GOOD.to_vec();
        fields.retain(|(name, _)| !["postcode", "consent", "name"].contains(name));
        fields.extend([
            ("postcode", "99"),
            ("name", script),
            ("website", "javascript:alert(1)"),
        ]);
        let reply = apply(&browser, &fields).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
        let location = reply.location();
        assert!(location.starts_with("/registry/apply?retry="), "{location}");
        assert!(
            !location.contains("mette"),
            "personal data stays out of the URL"
        );
        let page = client.get(&location).await;
        assert_eq!(page.status, StatusCode::OK);
        page.field(
            "postcode",
            false,
            Some("Skriv et postnummer med fire cifre"),
        );
        page.field("website", false, Some("Skriv hele adressen"));
        page.field("consent", false, Some("Sæt kryds for at sende."));
        let name = page.field("name", false, None);
        assert!(name.contains("value=\"&lt;script&gt;"), "{name}");
        assert!(!page.body.contains(script));
        assert!(page.body.contains(r#"value="mette@example.dk""#));
        assert!(
            company::Entity::find()
                .filter(company::Column::Cvr.eq(CVR))
                .one(db)
                .await
                .unwrap()
                .is_none()
        );

        // A listed CVR is told so, by the field, with the rest kept.
        let listed = app::seed::demo_cvr(0).to_string();
        let mut taken: Vec<(&str, &str)> = GOOD.to_vec();
        taken.retain(|(name, _)| *name != "cvr");
        taken.push(("cvr", &listed));
        let reply = apply(&browser, &taken).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER);
        let page = client.get(&reply.location()).await;
        page.field("cvr", false, Some("Virksomheden er allerede i registret"));
        assert!(page.body.contains("Havnens Værksted"));

        let json = apply(&client, &[("cvr", "1")]).await;
        assert_eq!(json.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
);

db_test!(the_badge_follows_the_registry_and_is_cached_an_hour, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let client = TestApp::new(db);
    let listed = app::seed::demo_cvr(0);
    let reply = client.get(&format!("/badge/{listed}.svg")).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(
        reply.headers[http::header::CONTENT_TYPE],
        "image/svg+xml; charset=utf-8"
    );
    assert_eq!(
        reply.headers[http::header::CACHE_CONTROL],
        "public, max-age=3600"
    );
    assert!(
        reply.body.contains("Optaget · kontrolleret 2.3.2026"),
        "{}",
        reply.body
    );
    let etag = reply.headers[http::header::ETAG]
        .to_str()
        .unwrap()
        .to_owned();
    let again = client
        .with_header(http::header::IF_NONE_MATCH, &etag)
        .get(&format!("/badge/{listed}.svg"))
        .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());
    let english = client.get(&format!("/badge/{listed}.svg?lang=en")).await;
    assert!(english.body.contains("Listed · checked 2 March 2026"));

    // The demo's deregistered company, an unknown CVR, and no CVR at all.
    let row = company::Entity::find()
        .filter(company::Column::Status.eq("deregistered"))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let gone = client.get(&format!("/badge/{}.svg", row.cvr)).await;
    assert!(gone.body.contains("Afregistreret"), "{}", gone.body);
    assert_ne!(gone.headers[http::header::ETAG].to_str().unwrap(), etag);
    let unknown = client.get(&format!("/badge/{CVR}.svg")).await;
    assert!(unknown.body.contains("Ikke i registret"));
    assert_eq!(
        client.get("/badge/12345678.svg").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        client.get("/badge/%3Cscript%3E.svg").await.status,
        StatusCode::NOT_FOUND
    );

    // The profile offers the code to embed it, pointing at the site.
    let profile = client.get(&format!("/registry/{listed}")).await;
    let at = profile
        .body
        .find("class=\"embed\"")
        .expect("the embed code");
    let embed = &profile.body[at..at + 300];
    assert!(
        embed.contains(&format!(
            "&lt;img src=\"{}/badge/{listed}.svg\"",
            common::SITE
        )),
        "{embed}"
    );
});

db_test!(an_application_s_private_links_are_never_cached, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let client = TestApp::new(db);
    for path in [
        format!("/registry/apply/confirm/{}", "A".repeat(43)),
        format!("/registry/application/{}", "A".repeat(43)),
    ] {
        let reply = client.get(&path).await;
        assert_eq!(
            reply.headers[http::header::CACHE_CONTROL],
            "no-store",
            "{path}"
        );
        assert_eq!(reply.headers["x-robots-tag"], "noindex", "{path}");
    }
});

db_test!(without_javascript_a_bad_answer_comes_back_as_typed, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let client = TestApp::new(db);
    let sent = apply(&client.as_plain_form("/registry/apply"), &GOOD).await;
    assert_eq!(sent.status, StatusCode::FOUND);
    let token = emailed_token(db, "mette@example.dk", "/registry/apply/confirm/").await;
    let confirmed = press_confirm(&client, &token).await;
    assert_eq!(confirmed.status, StatusCode::FOUND);
    let row = application_row(db).await;
    let karen = signed_in(db, "kontakt@frederikshavn.demo.dk").await;
    let asked = karen
        .post(
            "/api/staff/listing/step",
            format!("id={}&step=request_changes&reason=Ret+postnummeret", row.id),
        )
        .await;
    assert!(asked.status.is_success(), "{}", asked.status);
    let private = emailed_token(db, "mette@example.dk", "/registry/application/").await;
    let page = format!("/registry/application/{private}");
    let mut fields: Vec<(&str, &str)> = GOOD.to_vec();
    fields.retain(|(name, _)| !["postcode", "products"].contains(name));
    fields.extend([("postcode", "99"), ("products", "Både og vinteropbevaring")]);
    let body = format!("token={private}&{}", form_in("form", &fields));
    let reply = client
        .as_plain_form(&page)
        .post("/api/listing/answer", body)
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert!(reply.location().contains("retry="), "{}", reply.location());
    let back = client.get(&reply.location()).await;
    assert_eq!(back.status, StatusCode::OK);
    back.field(
        "postcode",
        false,
        Some("Skriv et postnummer med fire cifre"),
    );
    assert!(
        back.body.contains("Både og vinteropbevaring"),
        "what was typed is kept"
    );
    assert!(
        back.body.contains("Ret postnummeret"),
        "the municipality's reason is shown"
    );
});

// Without JavaScript a listing's page has a form for each step, each with a reason box:
// a refused step shows its message in its own form only.
db_test!(
    without_javascript_a_refused_step_is_marked_in_its_own_form,
    |db| {
        use app::domain::listing::ListingStatus;
        seed_demo_if_empty(db).await.unwrap();
        let karen = signed_in(db, "kontakt@frederikshavn.demo.dk").await;
        let waiting = company::Entity::find()
            .filter(company::Column::Status.eq(ListingStatus::Submitted.code()))
            .all(db)
            .await
            .unwrap();
        let mut page = None;
        for row in &waiting {
            let path = format!("/staff/listings/{}", row.id);
            if karen.get(&path).await.status == StatusCode::OK {
                page = Some((row.id, path));
                break;
            }
        }
        let (id, page) = page.expect("a demo application waiting in Frederikshavn");
        let refused = karen
            .as_plain_form(&page)
            .post(
                "/api/staff/listing/step",
                format!("id={id}&step=request_changes&reason="),
            )
            .await;
        assert_eq!(refused.status, StatusCode::SEE_OTHER, "{}", refused.body);
        let back_to = refused.location();
        assert!(back_to.contains("step=request_changes"), "{back_to}");
        let back = karen.get(&back_to).await;
        assert!(
            back.tag_with_id("request_changes-reason")
                .contains(r#"aria-invalid="true""#)
        );
        let reject = back.tag_with_id("reject-reason");
        assert!(!reject.contains(r#"aria-invalid="true""#), "{reject}");
    }
);
