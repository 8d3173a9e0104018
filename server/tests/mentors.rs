//! A mentor's way through the scheme over HTTP, on both databases, with and without
//! JavaScript: the sign-up (bad input comes back as typed, by the fields), the emailed
//! confirmation, the contact's decision (only in their own municipality), and the private
//! link: availability, pause, resume, leave.
mod common;

use common::listing::emailed_token;
use common::mail::outbox_to;
use common::mentor::{
    COLLEAGUE, CONTACT, EMAIL, GOOD, OTHER_CONTACT, approved_mentor, confirmed, row, sign_up,
};
use common::{TestApp, form, form_in, signed_in};

use app::db_test;
use app::entities::mentor;
use app::seed::seed_demo_if_empty;
use http::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

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
        assert_eq!(list.status, StatusCode::OK);
        assert_eq!(
            list.json()["waiting"],
            serde_json::json!([]),
            "{}",
            list.body
        );
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
        assert_eq!(
            approved.location(),
            format!("/staff/mentors?done=approve&at={id}")
        );
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
        // Another mentor's link does not read what this one typed.
        let other_mentor = approved_mentor(db, "mentor.two@example.dk").await;
        let stranger = client
            .post(
                "/api/mentors/me",
                format!("token={other_mentor}&retry={retry}"),
            )
            .await;
        assert_eq!(stranger.status, StatusCode::OK);
        assert!(!stranger.body.contains("2027-05-01"), "{}", stranger.body);

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
        // Leaving ends the link: not without the box ticked, which is named.
        let unticked = browser.post("/api/mentors/me/step", step("leave")).await;
        assert_eq!(unticked.status, StatusCode::SEE_OTHER);
        assert!(
            unticked.location().contains("fe=confirm"),
            "{}",
            unticked.location()
        );
        assert_eq!(row(db).await.status, "approved");
        let ticked = format!("{}&confirm=yes", step("leave"));
        let left = browser.post("/api/mentors/me/step", ticked).await;
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
        // A member signing up again: the page says what it says to anyone, the email tells.
        let member = sign_up(&client, &GOOD).await;
        assert_eq!(member.status, again.status, "{}", member.body);
        let told = outbox_to(db, EMAIL).await;
        assert!(told.last().unwrap().subject.contains("allerede tilmeldt"));
        assert_eq!(row(db).await.status, "pending", "unchanged");
    }
);

db_test!(two_contacts_deciding_at_once_decide_once, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let id = confirmed(db).await;
    let (one, two) = (signed_in(db, CONTACT).await, signed_in(db, CONTACT).await);
    let decide = |step: &str| form(&[("id", &id.to_string()), ("step", step), ("reason", "Nej")]);
    let (approve, decline) = futures_util::join!(
        one.post("/api/staff/mentors/decide", decide("approve")),
        two.post("/api/staff/mentors/decide", decide("decline")),
    );
    let succeeded = [&approve, &decline]
        .iter()
        .filter(|r| r.status.is_success())
        .count();
    assert_eq!(succeeded, 1, "{} {}", approve.status, decline.status);
    let decisions = outbox_to(db, EMAIL)
        .await
        .iter()
        .filter(|e| !e.body_text.contains("/mentors/confirm/"))
        .count();
    assert_eq!(decisions, 1, "one email: the decision that happened");
});
