//! The mentor scheme's personal data and requests over HTTP, on both databases: mentors
//! in the person export and erasure, the retention job (once), and an enterprise's request
//! from its registry profile with the contact's suggestions (scoped to the municipality).
mod common;

use common::mail::outbox_to;
use common::mentor::{COLLEAGUE, CONTACT, EMAIL, OTHER_CONTACT, confirmed, row};
use common::{TestApp, form_in, signed_in};

use app::db_test;
use app::entities::mentor;
use app::seed::seed_demo_if_empty;
use http::StatusCode;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

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
        assert_eq!((gone.name.as_str(), gone.status.as_str()), ("—", "pending"));
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
        // An application not yet published is not the public's to look up.
        let pending = company::Entity::find()
            .filter(company::Column::Status.ne("published"))
            .one(db)
            .await
            .unwrap()
            .expect("a demo application");
        let unlisted = client
            .get(&format!("/mentors/ask?cvr={}", pending.cvr))
            .await;
        assert!(!unlisted.body.contains(&pending.name), "not filled in");

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
        let waiting = lists.json()["requests"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert!(
            waiting.iter().any(|r| r["id"] == request.id),
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
        // A sign-up not yet approved is no one's suggestion, and not named.
        assert!(
            !page.body.contains("Birgitte Lund"),
            "the demo's pending sign-up"
        );
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

db_test!(
    the_contacts_are_reminded_once_per_quiet_spell_of_a_mentorship,
    |db| {
        use app::entities::{mentorship, mentorship_meeting};
        use chrono::Duration;
        use sea_orm::{ActiveModelTrait, Set};
        seed_demo_if_empty(db).await.unwrap();
        // The demo's one active mentorship, with no meeting logged yet.
        let pair = mentorship::Entity::find()
            .filter(mentorship::Column::Status.eq("active"))
            .one(db)
            .await
            .unwrap()
            .expect("the demo's active mentorship");
        let meetings = mentorship_meeting::Entity::find()
            .filter(mentorship_meeting::Column::MentorshipId.eq(pair.id))
            .all(db)
            .await
            .unwrap();
        assert!(meetings.is_empty());
        let since = pair.active_since.unwrap();
        let at = |day: chrono::NaiveDate| day.and_hms_opt(8, 0, 0).unwrap().and_utc();
        let context = common::config(&[]).job_context();
        let run = |now| app::jobs::remind_quiet_mentorships::run(db, now, &context);
        let reminders = async || {
            outbox_to(db, CONTACT)
                .await
                .iter()
                .filter(|e| e.subject.starts_with("Mentorforløb uden møder"))
                .count()
        };

        assert_eq!(
            run(at(since + Duration::days(41))).await.unwrap(),
            0,
            "not yet quiet"
        );
        let quiet = at(since + Duration::days(42));
        // Two instances at once: one reminder.
        let (one, two) = futures_util::join!(run(quiet), run(quiet));
        assert_eq!(one.unwrap() + two.unwrap(), 1);
        assert_eq!(
            run(quiet + Duration::days(3)).await.unwrap(),
            0,
            "once per spell"
        );
        assert_eq!(reminders().await, 1);
        let mail = outbox_to(db, CONTACT).await;
        let body = &mail.last().unwrap().body_text;
        assert!(
            body.contains("Morten Holm") && body.contains("Havnens Værksted"),
            "{body}"
        );

        // A meeting ends the spell; six weeks after it, a new reminder.
        let met = since + Duration::days(50);
        mentorship_meeting::ActiveModel {
            mentorship_id: Set(pair.id),
            met_on: Set(met),
            notes: Set("Salgsplanen gennemgået.".into()),
            created_at: Set(at(met)),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
        assert_eq!(run(at(met + Duration::days(41))).await.unwrap(), 0);
        assert_eq!(run(at(met + Duration::days(42))).await.unwrap(), 1);
        assert_eq!(reminders().await, 2);
        // A paused mentorship is not quiet, it rests.
        let mut paused: mentorship::ActiveModel = pair.into();
        paused.status = Set("paused".into());
        paused.update(db).await.unwrap();
        assert_eq!(run(at(met + Duration::days(200))).await.unwrap(), 0);
    }
);
