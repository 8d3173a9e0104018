//! The public enquiry over HTTP on both databases: sending with and without JavaScript,
//! errors that keep what was typed, the receipt and the contact's notice in the outbox,
//! the status page, an attached self-assessment, and hostile input.
mod common;

use common::mail::outbox_to;
use common::{Reply, TestApp, form_in};

use app::db_test;
use app::domain::business_days::{add_business_days, danish_date};
use app::entities::enquiry;
use app::seed::seed_demo_if_empty;
use http::StatusCode;
use sea_orm::EntityTrait;

/// Sends the enquiry form as `client` does: the app's own client, or a browser without
/// JavaScript on the form's page.
async fn submit(client: &TestApp<'_>, fields: &[(&str, &str)]) -> Reply {
    client
        .post("/api/enquiry/submit", form_in("form", fields))
        .await
}

const GOOD: [(&str, &str); 7] = [
    ("municipality", "frederikshavn"),
    ("name", "Mette Madsen"),
    ("email", "mette@example.dk"),
    ("cvr", "13748136"),
    ("topic", "funding"),
    ("message", "Hvordan søger vi fonde til vores café?"),
    ("consent", "on"),
];

db_test!(
    an_enquiry_gets_a_reference_an_answer_date_and_a_status_link,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let client = TestApp::new(db);
        let browser = client.as_plain_form("/enquiry");
        let reply = submit(&browser, &GOOD).await;
        assert_eq!(reply.status, StatusCode::FOUND, "{}", reply.body);
        let location = reply.location();
        let (path, query) = location.split_once('?').unwrap();
        assert_eq!(query, "new=1");
        assert!(path.starts_with("/enquiry/status/"), "{path}");

        let row = enquiry::Entity::find().one(db).await.unwrap().unwrap();
        let year = danish_date(row.submitted_at).format("%Y").to_string();
        assert_eq!(row.reference, format!("HV-{year}-{:05}", row.id));
        assert_eq!(
            row.due_on,
            add_business_days(danish_date(row.submitted_at), 5)
        );
        assert_eq!(row.cvr.as_deref(), Some("13748136"));
        assert_eq!(row.status, "new");

        let page = client.get(&reply.location()).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains(&row.reference));
        assert!(page.body.contains("Tak! Vi har modtaget din henvendelse"));
        assert!(page.body.contains("Modtaget"));
        assert!(
            page.body
                .contains(&app::domain::dates::format_danish(row.due_on))
        );
        assert!(page.body.contains("Ingen svar endnu."));

        // The receipt to the requester, and a notice to the municipality's contact only.
        let receipt = outbox_to(db, "mette@example.dk").await;
        assert_eq!(receipt.len(), 1);
        assert!(receipt[0].subject.contains(&row.reference));
        assert!(
            receipt[0]
                .body_text
                .contains(&format!("http://127.0.0.1:3000{path}"))
        );
        assert!(
            receipt[0]
                .body_text
                .contains(&app::domain::dates::format_danish(row.due_on))
        );
        let notice = outbox_to(db, "kontakt@frederikshavn.demo.dk").await;
        assert_eq!(notice.len(), 1);
        // It links to the enquiry's page in the staff area, not to the requester's.
        let case = format!("http://127.0.0.1:3000/staff/enquiries/{}", row.id);
        assert!(
            notice[0].body_text.contains(&case),
            "{}",
            notice[0].body_text
        );
        assert!(
            !notice[0].body_text.contains(path),
            "{}",
            notice[0].body_text
        );
        assert!(
            outbox_to(db, "jobcenter@frederikshavn.demo.dk")
                .await
                .is_empty()
        );
        assert!(outbox_to(db, "kontakt@hjoerring.demo.dk").await.is_empty());

        assert_eq!(
            client
                .get(&format!("/enquiry/status/{}", "A".repeat(43)))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
    }
);

db_test!(
    without_javascript_errors_come_back_with_everything_typed,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let client = TestApp::new(db);
        let browser = client.as_plain_form("/enquiry");
        let script = "<script>window.pwned=1</script>";
        let reply = submit(
            &browser,
            &[
                ("municipality", "hjoerring"),
                ("name", script),
                ("email", "mette@localhost"),
                ("cvr", "10000000"),
                ("topic", "procurement"),
                (
                    "message",
                    "Om sociale klausuler <b>fed</b></textarea><script>window.pwned=2</script>",
                ),
            ],
        )
        .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
        assert!(
            reply.location().starts_with("/enquiry?retry="),
            "{}",
            reply.location()
        );
        // The errors go back in the URL like any form's; what was typed does not.
        assert!(reply.location().contains("fe=email~ErrorEmail"));
        assert!(!reply.location().contains("mette"), "{}", reply.location());
        let page = client.get(&reply.location()).await;
        assert_eq!(page.status, StatusCode::OK);
        for (field, text) in [
            ("email", "Skriv en gyldig e-mailadresse"),
            ("cvr", "CVR-nummeret er ikke gyldigt"),
            ("consent", "Sæt kryds for at sende."),
        ] {
            let at = page
                .body
                .find(&format!(r#"id="{field}-error""#))
                .unwrap_or_else(|| panic!("{field}"));
            assert!(
                page.body[at..]
                    .starts_with(&format!(r#"id="{field}-error" class="field-error">{text}"#))
                    || page.body[at..at + 200].contains(text),
                "{field}"
            );
        }
        // Kept, and shown as text: never as markup.
        assert!(
            page.body
                .contains("&lt;script&gt;window.pwned=1&lt;/script&gt;")
        );
        assert!(!page.body.contains(script));
        let at = page.body.find("<textarea").unwrap();
        let textarea = &page.body[at..(at + 400).min(page.body.len())];
        assert!(
            textarea.contains("Om sociale klausuler &lt;b"),
            "{textarea}"
        );
        assert!(!textarea.contains("<b>"), "{textarea}");
        assert!(
            !page.body.contains("<script>window.pwned=2"),
            "no way out of the textarea"
        );
        assert!(page.body.contains(r#"value="mette@localhost""#));
        // Every field through `components::Field`: label, hint, message, aria, value.
        let email = page.field("email", true, Some("Skriv en gyldig e-mailadresse"));
        assert!(email.contains(r#"value="mette@localhost""#), "{email}");
        assert!(email.contains(r#"name="form[email]""#), "{email}");
        page.field("cvr", true, Some("CVR-nummeret er ikke gyldigt"));
        page.field("consent", false, Some("Sæt kryds for at sende."));
        page.field("message", true, None);
        let name = page.field("name", false, None);
        assert!(name.contains("value=\"&lt;script&gt;"), "{name}");
        page.field("phone", false, None);
        page.field("topic", false, None);
        assert!(page.body.contains(r#"value="hjoerring" selected"#));
        assert!(page.body.contains(r#"value="procurement" selected"#));
        assert_eq!(
            enquiry::Entity::find().all(db).await.unwrap().len(),
            0,
            "nothing saved"
        );
    }
);

db_test!(
    the_client_gets_field_errors_and_hostile_input_is_refused_cleanly,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let client = TestApp::new(db);
        let browser = client.as_plain_form("/enquiry");
        let reply = submit(&client, &[("name", "x")]).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        for field in ["email", "topic", "message", "consent", "municipality"] {
            assert!(
                reply.body.contains(&format!(r#""field":"{field}""#)),
                "{field}: {}",
                reply.body
            );
        }
        let huge = "x".repeat(1 << 20);
        let mut fields = GOOD.to_vec();
        fields[5] = ("message", &huge);
        let reply = submit(&client, &fields).await;
        assert!(reply.status.is_client_error(), "{}", reply.status);
        assert_eq!(enquiry::Entity::find().all(db).await.unwrap().len(), 0);
        // Script in every field is stored as text and shown escaped.
        let script = "<script>alert(1)</script>";
        let reply = submit(
            &browser,
            &[
                ("municipality", "frederikshavn"),
                ("name", script),
                ("email", "a@b.dk"),
                ("organisation", script),
                ("topic", "other"),
                ("message", script),
                ("consent", "on"),
            ],
        )
        .await;
        assert_eq!(reply.status, StatusCode::FOUND);
        let row = enquiry::Entity::find().one(db).await.unwrap().unwrap();
        assert_eq!(row.name, script);
        let page = client.get(&reply.location()).await;
        assert!(!page.body.contains(script));
    }
);

db_test!(
    an_enquiry_from_a_self_assessment_carries_its_verdicts,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let client = TestApp::new(db);
        let browser = client.as_plain_form("/enquiry");
        let token = app::assessment::queries::create_draft(db).await.unwrap();
        app::assessment::queries::save_step(
            db,
            &token,
            app::assessment::api::Step::LegalForm,
            [("legal_form".to_owned(), "enkeltmandsvirksomhed".to_owned())].into(),
        )
        .await
        .unwrap();
        let page = client.get(&format!("/enquiry?assessment={token}")).await;
        assert!(page.body.contains("Din selvtest bliver sendt med"));
        assert!(
            page.body.contains("<strong>Virksomhedsform</strong>"),
            "unmet criterion highlighted"
        );
        let mut fields = GOOD.to_vec();
        fields.push(("assessment", &token));
        let reply = submit(&browser, &fields).await;
        assert_eq!(reply.status, StatusCode::FOUND);
        let row = enquiry::Entity::find().one(db).await.unwrap().unwrap();
        let summary = row.assessment_summary.expect("attached");
        assert!(summary.contains(r#""overall":"not_eligible""#), "{summary}");
        assert!(
            summary.contains(&format!("/assessment/{token}/result")),
            "{summary}"
        );
    }
);
