//! A mentor's way through the scheme over HTTP, on both databases, with and without
//! JavaScript: the sign-up (bad input comes back as typed, by the fields), the emailed
//! confirmation, the contact's decision (only in their own municipality), and the private
//! link: availability, pause, resume, leave.
mod common;

use common::listing::emailed_token;
use common::mail::outbox_to;
use common::{TestApp, form, form_in, signed_in};

use app::db_test;
use app::entities::mentor;
use app::seed::seed_demo_if_empty;
use http::StatusCode;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

const CONTACT: &str = "kontakt@frederikshavn.demo.dk";
const OTHER_CONTACT: &str = "kontakt@hjoerring.demo.dk";
const COLLEAGUE: &str = "jobcenter@frederikshavn.demo.dk";
const EMAIL: &str = "lars@havnens-el.dk";

const GOOD: [(&str, &str); 12] = [
    ("municipality", "frederikshavn"),
    ("name", "Lars Larsen"),
    ("organisation", "Havnens El ApS"),
    ("role", "Direktør"),
    ("email", EMAIL),
    ("expertise][business_planning", "on"),
    ("expertise][finance_funding", "on"),
    ("sectors][crafts_production", "on"),
    ("languages][da", "on"),
    ("capacity", "2"),
    ("introduction", "30 år som selvstændig elinstallatør."),
    ("consent", "on"),
];

async fn sign_up(client: &TestApp<'_>, fields: &[(&str, &str)]) -> common::Reply {
    client
        .post("/api/mentors/sign_up", form_in("form", fields))
        .await
}

async fn row(db: &DatabaseConnection) -> mentor::Model {
    mentor::Entity::find()
        .filter(mentor::Column::Email.eq(EMAIL))
        .one(db)
        .await
        .unwrap()
        .expect("the mentor's row")
}

/// Signs up and confirms as a browser without JavaScript; the mentor's id.
async fn confirmed(db: &DatabaseConnection) -> i32 {
    let client = TestApp::new(db);
    let sent = sign_up(&client.as_plain_form("/mentors"), &GOOD).await;
    assert_eq!(sent.status, StatusCode::FOUND, "{}", sent.body);
    assert_eq!(sent.location(), "/mentors?sent=1#sign-up");
    let token = emailed_token(db, EMAIL, "/mentors/confirm/").await;
    let page = client.get(&format!("/mentors/confirm/{token}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        row(db).await.status,
        "unconfirmed",
        "opening the link confirms nothing"
    );
    let pressed = client
        .as_plain_form(&format!("/mentors/confirm/{token}"))
        .post("/api/mentors/confirm", format!("token={token}"))
        .await;
    assert_eq!(pressed.status, StatusCode::FOUND, "{}", pressed.body);
    assert_eq!(pressed.location(), "/mentors?confirmed=1#sign-up");
    let again = client
        .as_plain_form(&format!("/mentors/confirm/{token}"))
        .post("/api/mentors/confirm", format!("token={token}"))
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert!(
        again.location().contains("error=not_found"),
        "{}",
        again.location()
    );
    row(db).await.id
}

db_test!(without_javascript_a_bad_sign_up_comes_back_as_typed, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let client = TestApp::new(db);
    let browser = client.as_plain_form("/mentors");
    let mut fields: Vec<(&str, &str)> = GOOD.to_vec();
    fields.retain(|(name, _)| {
        ![
            "consent",
            "capacity",
            "expertise][business_planning",
            "expertise][finance_funding",
        ]
        .contains(name)
    });
    fields.extend([
        ("capacity", "9"),
        ("available_from", "2027-03-01"),
        ("available_to", "2027-01-01"),
    ]);
    let reply = sign_up(&browser, &fields).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let location = reply.location();
    assert!(location.starts_with("/mentors?retry="), "{location}");
    assert!(
        !location.contains("lars"),
        "personal data stays out of the URL"
    );
    let page = client.get(&location).await;
    assert_eq!(page.status, StatusCode::OK);
    page.field("capacity", true, Some("Skriv et tal fra 1 til 5."));
    page.field(
        "available_to",
        false,
        Some("Slutdatoen ligger før startdatoen."),
    );
    page.field("expertise", false, Some("Vælg mindst én."));
    page.field("consent", false, Some("Sæt kryds for at sende."));
    assert!(page.body.contains(r#"value="Lars Larsen""#));
    assert!(page.body.contains("30 år som selvstændig"));
    let trade = page.tag_with_id("sectors-crafts_production");
    assert!(trade.contains("checked"), "{trade}");
    assert!(
        mentor::Entity::find()
            .filter(mentor::Column::Email.eq(EMAIL))
            .one(db)
            .await
            .unwrap()
            .is_none()
    );

    // The app's own client gets the field errors as JSON.
    let json = sign_up(&client, &[("email", "lars@localhost")]).await;
    assert_eq!(json.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(json.body.contains("ErrorEmail"), "{}", json.body);
});

db_test!(
    a_mentor_signs_up_confirms_and_is_approved_by_the_contact,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let id = confirmed(db).await;
        assert_eq!(row(db).await.status, "pending");
        let notice = outbox_to(db, CONTACT).await;
        assert!(
            notice.iter().any(|e| e.subject.contains("Lars Larsen")),
            "the contact is told"
        );

        // Only contacts and admins of the mentor's municipality see and decide.
        let colleague = signed_in(db, COLLEAGUE).await;
        assert_eq!(
            colleague.post("/api/staff/mentors", "").await.status,
            StatusCode::FORBIDDEN
        );
        let other = signed_in(db, OTHER_CONTACT).await;
        let list = other.post("/api/staff/mentors", "").await;
        assert!(!list.body.contains("Lars Larsen"), "{}", list.body);
        let decide = |step: &str, reason: &str| {
            form(&[("id", &id.to_string()), ("step", step), ("reason", reason)])
        };
        let refused = other
            .post("/api/staff/mentors/decide", decide("approve", ""))
            .await;
        assert_eq!(refused.status, StatusCode::NOT_FOUND);

        let contact = signed_in(db, CONTACT).await;
        let page = contact.get("/staff/mentors").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Lars Larsen") && page.body.contains("Forretningsplan"));
        let no_reason = contact
            .post("/api/staff/mentors/decide", decide("decline", " "))
            .await;
        assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
        let mentors_step = contact
            .post("/api/staff/mentors/decide", decide("pause", ""))
            .await;
        assert_eq!(
            mentors_step.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "not the contact's step"
        );
        let approved = contact
            .as_plain_form("/staff/mentors")
            .post("/api/staff/mentors/decide", decide("approve", ""))
            .await;
        assert_eq!(approved.status, StatusCode::FOUND, "{}", approved.body);
        assert_eq!(approved.location(), "/staff/mentors?done=approve");
        assert_eq!(row(db).await.status, "approved");
        let twice = contact
            .post("/api/staff/mentors/decide", decide("decline", "Nej"))
            .await;
        assert_eq!(
            twice.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "decided once"
        );

        let token = emailed_token(db, EMAIL, "/mentors/me/").await;
        let mine = TestApp::new(db).get(&format!("/mentors/me/{token}")).await;
        assert_eq!(mine.status, StatusCode::OK);
        assert!(mine.body.contains("Lars Larsen") && mine.body.contains("Aktiv mentor"));
        let listed = contact.post("/api/staff/mentors", "").await;
        let mentors = listed.json()["mentors"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert!(
            mentors.iter().any(|m| m["name"] == "Lars Larsen"),
            "{}",
            listed.body
        );
        assert_eq!(
            listed.json()["waiting"].as_array().map(Vec::len),
            Some(1),
            "the demo's own"
        );
    }
);

db_test!(a_declined_mentor_is_sent_the_reason, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let id = confirmed(db).await;
    let contact = signed_in(db, CONTACT).await;
    let declined = contact
        .post(
            "/api/staff/mentors/decide",
            form(&[
                ("id", &id.to_string()),
                ("step", "decline"),
                ("reason", "Vi har nok mentorer i el-branchen."),
            ]),
        )
        .await;
    assert!(declined.status.is_success(), "{}", declined.body);
    assert_eq!(row(db).await.status, "declined");
    let mail = outbox_to(db, EMAIL).await;
    assert!(
        mail.last()
            .unwrap()
            .body_text
            .contains("Vi har nok mentorer i el-branchen.")
    );
    assert!(
        !mail.last().unwrap().body_text.contains("/mentors/me/"),
        "no private link"
    );
});

db_test!(
    through_the_private_link_a_mentor_changes_pauses_and_leaves,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let id = confirmed(db).await;
        let contact = signed_in(db, CONTACT).await;
        contact
            .post(
                "/api/staff/mentors/decide",
                form(&[("id", &id.to_string()), ("step", "approve")]),
            )
            .await;
        let token = emailed_token(db, EMAIL, "/mentors/me/").await;
        let page = format!("/mentors/me/{token}");
        let client = TestApp::new(db);
        let browser = client.as_plain_form(&page);
        let availability =
            |fields: &[(&str, &str)]| format!("token={token}&{}", form_in("form", fields));

        let bad = browser
            .post(
                "/api/mentors/me/availability",
                availability(&[
                    ("capacity", "0"),
                    ("available_from", "2027-05-01"),
                    ("available_to", "2027-04-01"),
                ]),
            )
            .await;
        assert_eq!(bad.status, StatusCode::SEE_OTHER, "{}", bad.body);
        let back = client.get(&bad.location()).await;
        back.field("capacity", true, Some("Skriv et tal fra 1 til 5."));
        back.field(
            "available_to",
            false,
            Some("Slutdatoen ligger før startdatoen."),
        );
        assert!(
            back.tag_with_id("available_from")
                .contains(r#"value="2027-05-01""#)
        );
        // Someone without the link cannot read what was typed.
        let retry = bad
            .location()
            .split("retry=")
            .nth(1)
            .unwrap()
            .split('&')
            .next()
            .unwrap()
            .to_owned();
        let stranger = client
            .post(
                "/api/mentors/me",
                format!("token={}&retry={retry}", "A".repeat(43)),
            )
            .await;
        assert_eq!(stranger.status, StatusCode::NOT_FOUND);

        let good = browser
            .post(
                "/api/mentors/me/availability",
                availability(&[
                    ("capacity", "3"),
                    ("available_from", "2027-01-01"),
                    ("available_to", "2027-06-30"),
                ]),
            )
            .await;
        assert_eq!(good.status, StatusCode::FOUND, "{}", good.body);
        let saved = row(db).await;
        assert_eq!(
            (saved.capacity, saved.available_to.unwrap().to_string()),
            (3, "2027-06-30".into())
        );

        let step = |step: &str| format!("token={token}&step={step}");
        let paused = browser.post("/api/mentors/me/step", step("pause")).await;
        assert_eq!(paused.location(), format!("{page}?done=pause"));
        assert_eq!(row(db).await.status, "paused");
        let again = client.post("/api/mentors/me/step", step("pause")).await;
        assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
        let approve_self = client.post("/api/mentors/me/step", step("approve")).await;
        assert_eq!(approve_self.status, StatusCode::UNPROCESSABLE_ENTITY);
        browser.post("/api/mentors/me/step", step("resume")).await;
        assert_eq!(row(db).await.status, "approved");
        let left = browser.post("/api/mentors/me/step", step("leave")).await;
        assert_eq!(left.location(), "/mentors?left=1");
        assert_eq!(row(db).await.status, "left");
        assert_eq!(
            client.get(&page).await.status,
            StatusCode::NOT_FOUND,
            "the link has ended"
        );
    }
);

db_test!(
    a_sign_up_waiting_for_confirmation_gets_a_new_link_and_a_member_is_told,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let client = TestApp::new(db);
        sign_up(&client, &GOOD).await;
        let first = emailed_token(db, EMAIL, "/mentors/confirm/").await;
        let again = sign_up(&client, &GOOD).await;
        assert!(again.status.is_success(), "{}", again.body);
        let second = emailed_token(db, EMAIL, "/mentors/confirm/").await;
        assert_ne!(first, second);
        let rows = mentor::Entity::find()
            .filter(mentor::Column::Email.eq(EMAIL))
            .all(db)
            .await
            .unwrap();
        assert_eq!(rows.len(), 1);
        let stale = client
            .post("/api/mentors/confirm", format!("token={first}"))
            .await;
        assert_eq!(stale.status, StatusCode::NOT_FOUND);
        client
            .post("/api/mentors/confirm", format!("token={second}"))
            .await;
        let member = sign_up(&client, &GOOD).await;
        assert_eq!(member.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            member.body.contains("ErrorMentorSignedUp"),
            "{}",
            member.body
        );
    }
);

db_test!(
    a_mentor_is_in_the_export_and_the_erasure_of_their_email,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        confirmed(db).await;
        let contact = signed_in(db, CONTACT).await;
        let email = format!("email={}", EMAIL.replace('@', "%40"));
        let export = contact.post("/api/inbox/export_person", &email).await;
        assert!(export.status.is_success(), "{}", export.body);
        assert_eq!(
            export.json()["mentoring"]["as_mentor"][0]["organisation"],
            "Havnens El ApS"
        );
        // Another municipality's contact finds nothing of them.
        let other = signed_in(db, OTHER_CONTACT).await;
        let theirs = other.post("/api/inbox/export_person", &email).await;
        assert_eq!(
            theirs.json()["mentoring"]["as_mentor"]
                .as_array()
                .map(Vec::len),
            Some(0)
        );

        let erased = contact
            .post("/api/inbox/erase_person", format!("{email}&confirm=yes"))
            .await;
        assert!(erased.status.is_success(), "{}", erased.body);
        let gone = mentor::Entity::find_by_id(row_id_of_anonymised(db).await)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!((gone.name.as_str(), gone.status.as_str()), ("—", "left"));
        assert!(gone.anonymised_at.is_some() && gone.phone.is_none());
        assert!(
            mentor::Entity::find()
                .filter(mentor::Column::Email.eq(EMAIL))
                .one(db)
                .await
                .unwrap()
                .is_none()
        );
    }
);

/// The one anonymised mentor's id.
async fn row_id_of_anonymised(db: &DatabaseConnection) -> i32 {
    mentor::Entity::find()
        .filter(mentor::Column::AnonymisedAt.is_not_null())
        .one(db)
        .await
        .unwrap()
        .expect("an anonymised mentor")
        .id
}

db_test!(
    a_mentor_who_left_is_anonymised_after_the_retention_period_once,
    |db| {
        use sea_orm::{ActiveModelTrait, Set};
        seed_demo_if_empty(db).await.unwrap();
        confirmed(db).await;
        let left_on: chrono::DateTime<chrono::Utc> = "2024-03-15T10:00:00Z".parse().unwrap();
        let mut left: mentor::ActiveModel = row(db).await.into();
        left.status = Set("left".into());
        left.updated_at = Set(left_on);
        left.update(db).await.unwrap();
        let context = common::config(&[]).job_context();
        let run = |now| app::jobs::anonymise_mentoring::run(db, now, &context);
        let cutoff_passes = left_on + chrono::Months::new(24);
        assert_eq!(run(cutoff_passes).await.unwrap(), 0);
        assert!(row(db).await.anonymised_at.is_none());
        assert_eq!(
            run(cutoff_passes + chrono::Duration::seconds(1))
                .await
                .unwrap(),
            1
        );
        assert_eq!(
            run(cutoff_passes + chrono::Duration::seconds(2))
                .await
                .unwrap(),
            0,
            "once"
        );
        assert_eq!(
            mentor::Entity::find_by_id(row_id_of_anonymised(db).await)
                .one(db)
                .await
                .unwrap()
                .unwrap()
                .email,
            "anonymiseret@invalid"
        );
        // The demo's mentors in the scheme are kept.
        let approved = mentor::Entity::find()
            .filter(mentor::Column::Status.eq("approved"))
            .filter(mentor::Column::AnonymisedAt.is_null())
            .all(db)
            .await
            .unwrap();
        assert!(approved.len() >= 9);
    }
);

db_test!(
    an_enterprise_asks_from_its_profile_and_the_contact_sees_suggestions_with_reasons,
    |db| {
        use app::entities::{company, mentor_request, municipality};
        seed_demo_if_empty(db).await.unwrap();
        let listed = company::Entity::find()
            .filter(company::Column::Cvr.eq(app::seed::demo_cvr(0).to_string()))
            .one(db)
            .await
            .unwrap()
            .unwrap();
        let place = municipality::Entity::find_by_id(listed.municipality_id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        let client = TestApp::new(db);
        let profile = client.get(&format!("/registry/{}", listed.cvr)).await;
        let link = format!("/mentors/ask?cvr={}&amp;from=registry", listed.cvr);
        assert!(
            profile.body.contains(&link),
            "the profile links to the form"
        );
        let page = client
            .get(&format!("/mentors/ask?cvr={}&from=registry", listed.cvr))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body.contains(&format!(r#"value="{}""#, listed.name)),
            "the company is filled in"
        );
        assert!(
            page.body
                .contains(r#"name="form[source]" value="registry""#)
        );

        let asking = |fields: &[(&str, &str)]| form_in("form", fields);
        let cvr = listed.cvr.clone();
        let mut fields = vec![
            ("municipality", place.slug.as_str()),
            ("name", "Mette Madsen"),
            ("email", "mette@example.dk"),
            ("company_name", listed.name.as_str()),
            ("cvr", cvr.as_str()),
            ("sector", "food_hospitality"),
            ("language", "da"),
            ("details", "<b>Vi vil sælge mere</b>"),
            ("source", "registry"),
            ("consent", "on"),
        ];
        let browser = client.as_plain_form("/mentors/ask");
        let bad = browser.post("/api/mentors/ask", asking(&fields)).await;
        assert_eq!(bad.status, StatusCode::SEE_OTHER, "{}", bad.body);
        let back = client.get(&bad.location()).await;
        back.field("needs", false, Some("Vælg mindst én."));
        assert!(
            back.body.contains("&lt;b&gt;Vi vil sælge mere&lt;/b&gt;"),
            "kept, escaped"
        );
        fields.push(("needs][marketing_sales", "on"));
        fields.push(("needs][finance_funding", "on"));
        let sent = browser.post("/api/mentors/ask", asking(&fields)).await;
        assert_eq!(sent.status, StatusCode::FOUND, "{}", sent.body);
        assert_eq!(sent.location(), "/mentors/ask?sent=1");
        let request = mentor_request::Entity::find()
            .filter(mentor_request::Column::Email.eq("mette@example.dk"))
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (request.company_id, request.source.as_str()),
            (Some(listed.id), "registry")
        );
        assert!(
            !outbox_to(db, "mette@example.dk").await.is_empty(),
            "a receipt"
        );

        let contact = signed_in(db, CONTACT).await;
        let lists = contact.post("/api/staff/mentors", "").await;
        assert_eq!(
            lists.json()["requests"][0]["id"],
            request.id,
            "{}",
            lists.body
        );
        assert!(outbox_to(db, CONTACT).await.iter().any(|e| {
            e.body_text
                .contains(&format!("/staff/mentors/requests/{}", request.id))
        }));
        let detail = contact
            .post("/api/staff/mentors/request", format!("id={}", request.id))
            .await;
        let json = detail.json();
        let top = &json["suggestions"][0];
        // The demo's finance and sales mentors of Frederikshavn lead; the full one and the
        // paused one are left out with why.
        assert!(top["score"].as_u64().unwrap() >= 80, "{top}");
        assert!(
            top["parts"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p["factor"] == "needs" && p["weight"] == 40)
        );
        let reasons: Vec<&str> = json["excluded"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|e| e["reason"].as_str())
            .collect();
        assert!(
            reasons.contains(&"full") && reasons.contains(&"paused"),
            "{reasons:?}"
        );
        let page = contact
            .get(&format!("/staff/mentors/requests/{}", request.id))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Dækker behov") && page.body.contains("fuldt booket"));
        assert!(!page.body.contains("<b>Vi vil"), "escaped");

        let other = signed_in(db, OTHER_CONTACT).await;
        let theirs = other
            .post("/api/staff/mentors/request", format!("id={}", request.id))
            .await;
        assert_eq!(theirs.status, StatusCode::NOT_FOUND);
        let colleague = signed_in(db, COLLEAGUE).await;
        let refused = colleague
            .post("/api/staff/mentors/request", format!("id={}", request.id))
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
    }
);
