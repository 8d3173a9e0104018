//! A company's logo over HTTP on both databases: uploaded through the applicant's private
//! page or by the contact, refused with a message by the field when it is no picture, too
//! large or a decompression bomb, re-encoded as PNG, and public once the company is listed.
mod common;

use common::listing::{CVR, application_row, confirmed_application};
use common::{TestApp, signed_in};

use app::db_test;
use app::listing::logo::testing::{noise, picture, with_size};
use app::seed::seed_demo_if_empty;
use http::{StatusCode, header};
use image::ImageFormat;

/// A PNG that says it is 20 000 × 20 000 pixels (1.6 GB decoded) in a few hundred bytes.
fn bomb() -> Vec<u8> {
    with_size(&picture(1, 1, ImageFormat::Png), 20_000, 20_000)
}

db_test!(
    an_applicant_s_logo_is_checked_re_encoded_and_public_once_listed,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let client = TestApp::new(db);
        let confirmed = confirmed_application(&client, db).await;
        let private = confirmed.split('?').next().unwrap().to_owned();
        let token = private.rsplit('/').next().unwrap().to_owned();
        let page = client.get(&private).await;
        assert!(
            page.body.contains(r#"enctype="multipart/form-data""#),
            "the logo form"
        );
        page.field("logo", true, None);
        let browser = client.as_plain_form(&private);
        let upload = |bytes: Vec<u8>| {
            let (browser, token) = (browser.clone(), token.clone());
            async move {
                browser
                    .post_multipart("/api/listing/logo", &[("token", &token)], ("logo", &bytes))
                    .await
            }
        };

        // Refused, each with its message by the field: a text file named .png, a 2 MB picture,
        // a decompression bomb.
        let text = b"<html><script>alert(1)</script></html>".repeat(10);
        let noise = noise(1400, 900);
        assert!(noise.len() > 2_000_000, "{}", noise.len());
        for (bytes, message) in [
            (text, "ikke et PNG-, JPEG- eller WebP-billede"),
            (noise, "for stor: højst 1 MB"),
            (bomb(), "højst 4096 × 4096 punkter"),
        ] {
            let refused = upload(bytes).await;
            assert_eq!(refused.status, StatusCode::SEE_OTHER, "{}", refused.body);
            assert!(
                refused.location().starts_with(&private),
                "{}",
                refused.location()
            );
            let page = client.get(&refused.location()).await;
            page.field("logo", true, Some(message));
        }
        // The app's own client gets the refusal as JSON.
        let json = client
            .post_multipart("/api/listing/logo", &[("token", &token)], ("logo", &bomb()))
            .await;
        assert_eq!(json.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            json.body.contains("ErrorLogoTooManyPixels"),
            "{}",
            json.body
        );

        // A large JPEG is taken, scaled down and kept as PNG.
        let saved = upload(picture(1600, 800, ImageFormat::Jpeg)).await;
        assert_eq!(saved.status, StatusCode::FOUND, "{}", saved.body);
        assert_eq!(saved.location(), format!("{private}?done=logo"));
        let page = client.get(&saved.location()).await;
        assert!(page.body.contains("Logoet er gemt."));
        assert!(page.body.contains(r#"src="data:image/png;base64,"#));
        // Not public before the company is listed.
        assert_eq!(
            client.get(&format!("/logo/{CVR}.png")).await.status,
            StatusCode::NOT_FOUND
        );

        let row = application_row(db).await;
        let karen = signed_in(db, "kontakt@frederikshavn.demo.dk").await;
        let approved = karen
            .post(
                "/api/staff/listing/step",
                format!("id={}&step=approve", row.id),
            )
            .await;
        assert!(approved.status.is_success(), "{}", approved.status);
        let logo = client.get(&format!("/logo/{CVR}.png")).await;
        assert_eq!(logo.status, StatusCode::OK);
        assert_eq!(logo.headers[header::CONTENT_TYPE], "image/png");
        let kept = image::load_from_memory_with_format(&logo.bytes, ImageFormat::Png).unwrap();
        assert_eq!((kept.width(), kept.height()), (400, 200));
        let profile = client.get(&format!("/registry/{CVR}")).await;
        assert!(
            profile
                .body
                .contains(&format!(r#"src="/logo/{CVR}.png?v="#)),
            "the profile shows it"
        );
        assert!(profile.body.contains(r#"alt="Logo for Havnens Værksted""#));
        let api = client.get(&format!("/api/v1/companies/{CVR}")).await;
        assert!(
            api.json()["logo_url"].as_str().is_some_and(
                |url| url.starts_with(&format!("http://127.0.0.1:3000/logo/{CVR}.png"))
            ),
            "{}",
            api.body
        );

        // Listed: the applicant's link no longer changes it; the contact may remove it.
        let late = upload(picture(10, 10, ImageFormat::Png)).await;
        assert_eq!(late.status, StatusCode::SEE_OTHER);
        let staff_page = format!("/staff/listings/{}", row.id);
        let id = row.id.to_string();
        let removed = karen
            .as_plain_form(&staff_page)
            .post_multipart(
                "/api/staff/listing/logo",
                &[("id", &id), ("remove", "1")],
                ("logo", b""),
            )
            .await;
        assert_eq!(removed.status, StatusCode::FOUND, "{}", removed.body);
        assert_eq!(
            client.get(&format!("/logo/{CVR}.png")).await.status,
            StatusCode::NOT_FOUND
        );
        let profile = client.get(&format!("/registry/{CVR}")).await;
        assert!(!profile.body.contains("/logo/"));
    }
);

db_test!(only_the_listing_s_reviewers_change_its_logo, |db| {
    use app::entities::{audit_log, company};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    seed_demo_if_empty(db).await.unwrap();
    let listed = app::seed::demo_cvr(0).to_string();
    let row = company::Entity::find()
        .filter(company::Column::Cvr.eq(&listed))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let id = row.id.to_string();
    let png = picture(120, 60, ImageFormat::Png);
    let send = async |client: &TestApp<'_>| {
        client
            .post_multipart("/api/staff/listing/logo", &[("id", &id)], ("logo", &png))
            .await
            .status
    };
    let anonymous = TestApp::new(db);
    assert_eq!(send(&anonymous).await, StatusCode::UNAUTHORIZED);
    let colleague = signed_in(db, "jobcenter@frederikshavn.demo.dk").await;
    assert_eq!(send(&colleague).await, StatusCode::FORBIDDEN);
    let other_municipality = signed_in(db, "kontakt@hjoerring.demo.dk").await;
    assert_eq!(send(&other_municipality).await, StatusCode::NOT_FOUND);
    let contact = signed_in(db, "kontakt@frederikshavn.demo.dk").await;
    assert!(send(&contact).await.is_success());

    let logo = anonymous.get(&format!("/logo/{listed}.png")).await;
    assert_eq!(logo.status, StatusCode::OK);
    assert_eq!(logo.headers[header::CACHE_CONTROL], "public, max-age=86400");
    let audit = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("listing.logo"))
        .order_by_desc(audit_log::Column::Id)
        .one(db)
        .await
        .unwrap()
        .expect("the change is audited");
    assert!(audit.detail.contains("120x60"), "{}", audit.detail);
    for bad in ["12345678.png", "%3Cscript%3E.png", "logo.png"] {
        assert_eq!(
            anonymous.get(&format!("/logo/{bad}")).await.status,
            StatusCode::NOT_FOUND,
            "{bad}"
        );
    }
});

db_test!(a_file_over_the_server_s_limit_goes_back_to_its_form, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let client = TestApp::new(db);
    let confirmed = confirmed_application(&client, db).await;
    let private = confirmed.split('?').next().unwrap().to_owned();
    let token = private.rsplit('/').next().unwrap().to_owned();
    // Over the server's upload limit (the size is announced): answered before the body is
    // read. Up to that limit a file is read and its message comes from the app (as above).
    let over = (server::routes::MAX_UPLOAD_BYTES + 1).to_string();
    let announcing = |client: &TestApp<'_>| {
        let mut request =
            client.multipart("/api/listing/logo", &[("token", &token)], ("logo", b"x"));
        let length = header::HeaderValue::from_str(&over).unwrap();
        request.headers_mut().insert(header::CONTENT_LENGTH, length);
        common::send(client.router(), request)
    };
    let browser = client.as_plain_form(&format!("{confirmed}&done=logo"));
    let back = announcing(&browser).await;
    assert_eq!(back.status, StatusCode::SEE_OTHER);
    assert_eq!(
        back.location(),
        format!("{private}?fe=logo~ErrorLogoTooLarge~~&error=invalid"),
        "back to the form, the earlier notices dropped"
    );
    let page = client.get(&back.location()).await;
    page.field("logo", true, Some("for stor: højst 1 MB"));
    assert!(!page.body.contains("Logoet er gemt."));
    // The app's own client, or a script, gets the status.
    let script = announcing(&client).await;
    assert_eq!(script.status, StatusCode::PAYLOAD_TOO_LARGE);
});

db_test!(the_applicant_s_logo_has_a_rate_limit_of_its_own, |db| {
    seed_demo_if_empty(db).await.unwrap();
    // One application per hour: a logo counted as one would leave none for it.
    let config = common::config(&[
        ("RATE_LIMIT_LISTING_LOGO", "2/1h"),
        ("RATE_LIMIT_LISTING_APPLY", "1/1h"),
    ]);
    let client = TestApp::configured(db, &config).connecting_from("192.0.2.1:4711");
    let confirmed = confirmed_application(&client, db).await;
    let token = confirmed
        .split('?')
        .next()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap();
    let png = picture(20, 20, ImageFormat::Png);
    // One router, as one running server: its counts are in memory.
    let router = client.router();
    let mut statuses = Vec::new();
    for _ in 0..3 {
        let request = client.multipart("/api/listing/logo", &[("token", token)], ("logo", &png));
        statuses.push(common::send(router.clone(), request).await.status);
    }
    assert_eq!(
        statuses,
        [
            StatusCode::OK,
            StatusCode::OK,
            StatusCode::TOO_MANY_REQUESTS
        ]
    );
    // The application's own tries are untouched: a second application for the CVR is
    // refused for being one, not for the logos.
    let body = common::form_in("form", &common::listing::GOOD);
    let again = common::send(
        router,
        client.request(http::Method::POST, "/api/listing/apply", body),
    )
    .await;
    assert_ne!(
        again.status,
        StatusCode::TOO_MANY_REQUESTS,
        "{}",
        again.body
    );
    assert!(again.body.contains("ErrorListingOpen"), "{}", again.body);
});
