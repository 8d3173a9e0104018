//! The staff inbox over HTTP on both databases: the journey from a requester's enquiry
//! through the contact's routing to a colleague's reply that the requester sees; who may
//! see what; notes that stay internal; overdue marking.
mod common;

use common::mail::outbox_to;
use common::{TestApp, form_in, signed_in, staff_by_email};

use app::db_test;
use app::domain::text::url_encode;
use app::entities::enquiry;
use app::seed::seed_demo_if_empty;
use http::StatusCode;
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, Set};

const CONTACT: &str = "kontakt@frederikshavn.demo.dk";
const COLLEAGUE: &str = "jobcenter@frederikshavn.demo.dk";

/// Sends an enquiry from Mette as a browser without JavaScript; the status page's path.
async fn submit(db: &DatabaseConnection, municipality: &str, message: &str) -> String {
    let fields = [
        ("municipality", municipality),
        ("name", "Mette Madsen"),
        ("email", "mette@example.dk"),
        ("topic", "recruiting"),
        ("message", message),
        ("consent", "on"),
    ];
    let reply = TestApp::new(db)
        .as_plain_form("/enquiry")
        .post("/api/enquiry/submit", form_in("form", &fields))
        .await;
    assert_eq!(reply.status, StatusCode::FOUND, "{}", reply.body);
    reply.location().replace("?new=1", "")
}

db_test!(contact_routes_colleague_replies_requester_sees_it, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let status_page = submit(db, "frederikshavn", "Kan vi ansætte i flexjob?").await;
    let row = enquiry::Entity::find().one(db).await.unwrap().unwrap();

    let contact = signed_in(db, CONTACT).await;
    let list = contact.get("/staff/inbox").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains(&row.reference), "the contact sees it");

    let colleague = signed_in(db, COLLEAGUE).await;
    let list = colleague.get("/staff/inbox").await;
    assert!(
        !list.body.contains(&row.reference),
        "not routed to the colleague yet"
    );
    let hidden = colleague
        .post("/api/inbox/get", &format!("id={}", row.id))
        .await;
    assert_eq!(hidden.status, StatusCode::NOT_FOUND);
    let colleague_id = staff_by_email(db, COLLEAGUE).await.unwrap().id;
    // Only the contact routes.
    let refused = colleague
        .post(
            "/api/inbox/assign",
            &format!("id={}&assignee={colleague_id}", row.id),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let routed = contact
        .post(
            "/api/inbox/assign",
            &format!("id={}&assignee={colleague_id}", row.id),
        )
        .await;
    assert!(
        routed.status.is_success(),
        "{} {}",
        routed.status,
        routed.body
    );
    let notice = outbox_to(db, COLLEAGUE).await;
    assert_eq!(notice.len(), 1, "the colleague is told");

    let list = colleague.get("/staff/inbox").await;
    assert!(
        list.body.contains(&row.reference),
        "now the colleague sees it"
    );
    let note = colleague
        .post(
            "/api/inbox/note",
            &format!(
                "id={}&body={}",
                row.id,
                url_encode("Ring til jobcentrets virksomhedskonsulent")
            ),
        )
        .await;
    assert!(note.status.is_success());
    let answer = "Ja: kontakt jobcentret på 98 45 50 00, så finder vi en kandidat.";
    let replied = colleague
        .post(
            "/api/inbox/reply",
            &format!("id={}&body={}", row.id, url_encode(answer)),
        )
        .await;
    assert!(replied.status.is_success(), "{}", replied.body);

    // The requester sees the reply, not the note, and gets it by email.
    let page = TestApp::new(db).get(&status_page).await;
    assert!(page.body.contains(answer), "reply on the status page");
    assert!(page.body.contains("Besvaret"));
    assert!(
        !page.body.contains("virksomhedskonsulent"),
        "notes stay internal"
    );
    let mails = outbox_to(db, "mette@example.dk").await;
    assert_eq!(mails.len(), 2, "receipt and reply");
    assert!(mails[1].body_text.contains(answer));

    // The timeline names who did what.
    let detail = contact.get(&format!("/staff/enquiries/{}", row.id)).await;
    for text in [
        "Sendt videre til",
        "Intern note",
        "Svar sendt",
        "Jens Jobcenter",
        "Karen Kontakt",
    ] {
        assert!(detail.body.contains(text), "{text}");
    }
    let row = enquiry::Entity::find_by_id(row.id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.status, "answered");
    assert!(row.first_answered_at.is_some());

    // Closing and reopening.
    let closed = contact
        .post("/api/inbox/status", &format!("id={}&status=closed", row.id))
        .await;
    assert!(closed.status.is_success());
    let reopened = contact
        .post(
            "/api/inbox/status",
            &format!("id={}&status=in_progress", row.id),
        )
        .await;
    assert!(reopened.status.is_success());
    let row = enquiry::Entity::find_by_id(row.id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((row.status.as_str(), row.closed_at), ("in_progress", None));
});

db_test!(other_municipalities_and_anonymous_users_see_nothing, |db| {
    seed_demo_if_empty(db).await.unwrap();
    submit(db, "frederikshavn", "Hjælp til forretningsplan").await;
    let row = enquiry::Entity::find().one(db).await.unwrap().unwrap();
    let other = signed_in(db, "kontakt@hjoerring.demo.dk").await;
    let list = other.get("/staff/inbox").await;
    assert!(!list.body.contains(&row.reference));
    for (path, body) in [
        ("/api/inbox/get", format!("id={}", row.id)),
        ("/api/inbox/reply", format!("id={}&body=x", row.id)),
        ("/api/inbox/note", format!("id={}&body=x", row.id)),
        ("/api/inbox/status", format!("id={}&status=closed", row.id)),
    ] {
        let reply = other.post(path, &body).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
        let reply = TestApp::new(db).post(path, &body).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{path} anonymous");
    }
    for path in [
        "/staff/inbox".to_owned(),
        format!("/staff/enquiries/{}", row.id),
    ] {
        let page = TestApp::new(db).get(&path).await;
        assert_eq!(page.status, StatusCode::FOUND, "{path}");
        assert_eq!(page.location(), "/staff/login");
    }
});

db_test!(overdue_enquiries_are_marked_and_filtered, |db| {
    seed_demo_if_empty(db).await.unwrap();
    submit(db, "frederikshavn", "Gammel sag").await;
    submit(db, "frederikshavn", "Ny sag").await;
    let rows = enquiry::Entity::find().all(db).await.unwrap();
    let mut old: enquiry::ActiveModel = rows[0].clone().into();
    old.due_on = Set(chrono::NaiveDate::from_ymd_opt(2024, 1, 2).unwrap());
    old.update(db).await.unwrap();
    let contact = signed_in(db, CONTACT).await;
    let list = contact.get("/staff/inbox?overdue=yes").await;
    assert!(list.body.contains(&rows[0].reference));
    assert!(!list.body.contains(&rows[1].reference));
    assert!(list.body.contains("Overskredet"));
    let bad = contact
        .post("/api/inbox/list", "query%5Bstatus%5D=bogus")
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
});

db_test!(
    an_admins_routing_rule_hands_new_enquiries_to_a_colleague,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let colleague_id = staff_by_email(db, COLLEAGUE).await.unwrap().id;
        let contact = signed_in(db, CONTACT).await;
        let refused = contact
            .post(
                "/api/admin/save_routing",
                &format!("rules%5Brecruiting%5D={colleague_id}"),
            )
            .await;
        assert_eq!(
            refused.status,
            StatusCode::FORBIDDEN,
            "admins edit the rules"
        );
        let admin = signed_in(db, "admin@demo.socialokonomi.dk").await;
        let bad = admin
            .post("/api/admin/save_routing", "rules%5Brecruiting%5D=99999")
            .await;
        assert_eq!(
            bad.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "only own, active staff"
        );
        let saved = admin
            .post(
                "/api/admin/save_routing",
                &format!("rules%5Brecruiting%5D={colleague_id}&rules%5Bfunding%5D="),
            )
            .await;
        assert!(saved.status.is_success(), "{} {}", saved.status, saved.body);
        let page = admin.get("/staff/routing").await;
        assert!(
            page.body
                .contains(&format!(r#"value="{colleague_id}" selected"#)),
            "the rule is shown"
        );

        submit(db, "frederikshavn", "Vi søger en medarbejder i løntilskud").await;
        let row = enquiry::Entity::find().one(db).await.unwrap().unwrap();
        assert_eq!(row.assignee_id, Some(colleague_id));
        assert_eq!(row.status, "assigned");
        let colleague = signed_in(db, COLLEAGUE).await;
        let list = colleague.get("/staff/inbox").await;
        assert!(
            list.body.contains(&row.reference),
            "routed straight to the colleague"
        );
        let told = outbox_to(db, COLLEAGUE).await;
        assert_eq!(told.len(), 1);
        assert!(told[0].body_text.contains("Fordelingsreglen"));
    }
);

db_test!(
    the_dashboard_counts_and_the_search_finds_by_email_cvr_and_reference,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        submit(db, "frederikshavn", "Første").await;
        submit(db, "frederikshavn", "Anden").await;
        let rows = enquiry::Entity::find().all(db).await.unwrap();
        let mut with_cvr: enquiry::ActiveModel = rows[1].clone().into();
        with_cvr.cvr = Set(Some("13748136".into()));
        with_cvr.email = Set("kaffe@example.dk".into());
        with_cvr.update(db).await.unwrap();
        let contact = signed_in(db, CONTACT).await;
        let reply = contact
            .post("/api/inbox/reply", &format!("id={}&body=Svar", rows[0].id))
            .await;
        assert!(reply.status.is_success());

        let figures = contact.post("/api/inbox/dashboard", "").await;
        assert_eq!(figures.status, StatusCode::OK, "{}", figures.body);
        let d: serde_json::Value = serde_json::from_str(&figures.body).unwrap();
        assert_eq!(d["open"], 1);
        assert_eq!(d["received_this_month"], 2);
        assert!(
            d["median_first_answer_minutes"]
                .as_i64()
                .is_some_and(|m| m >= 0),
            "{d}"
        );
        let page = contact.get("/staff/inbox").await;
        assert!(page.body.contains("Median tid til første svar"));

        for q in ["kaffe%40example.dk", "13748136", &rows[1].reference] {
            let found = contact.get(&format!("/staff/inbox?q={q}")).await;
            assert!(found.body.contains(&rows[1].reference), "{q}");
            assert!(!found.body.contains(&rows[0].reference), "{q}");
        }
        let detail = contact
            .get(&format!("/staff/enquiries/{}", rows[1].id))
            .await;
        assert!(detail.body.contains("/staff/inbox?q=kaffe%40example.dk"));
        assert!(detail.body.contains("/registry/13748136"));
    }
);

db_test!(
    a_persons_data_is_exported_erased_and_anonymised_after_retention,
    |db| {
        use app::inbox::privacy::{ANONYMISED_EMAIL, anonymise_inactive_before};
        seed_demo_if_empty(db).await.unwrap();
        submit(db, "frederikshavn", "Mit første spørgsmål").await;
        submit(db, "frederikshavn", "Mit andet spørgsmål").await;
        let rows = enquiry::Entity::find().all(db).await.unwrap();
        let contact = signed_in(db, CONTACT).await;
        contact
            .post(
                "/api/inbox/note",
                &format!("id={}&body=Mette%20ringede", rows[0].id),
            )
            .await;

        let export = contact
            .post("/api/inbox/export_person", "email=mette%40example.dk")
            .await;
        assert_eq!(export.status, StatusCode::OK, "{}", export.body);
        let data: serde_json::Value = serde_json::from_str(&export.body).unwrap();
        assert_eq!(data["enquiries"].as_array().unwrap().len(), 2);
        assert_eq!(data["enquiries"][0]["message"], "Mit første spørgsmål");
        // A browser without JavaScript posts the page's form and gets the file itself.
        let download = contact
            .as_plain_form(&format!("/staff/enquiries/{}", rows[0].id))
            .post("/api/inbox/export_person", "email=mette%40example.dk")
            .await;
        assert_eq!(download.status, StatusCode::OK, "{:?}", download.headers);
        assert!(download.headers.get(http::header::LOCATION).is_none());
        let disposition = download.headers[http::header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap();
        assert!(disposition.starts_with("attachment"), "{disposition}");
        assert!(download.body.contains("Mit første spørgsmål"));
        assert_eq!(download.headers[http::header::CACHE_CONTROL], "no-store");
        let colleague = signed_in(db, COLLEAGUE).await;
        let refused = colleague
            .post("/api/inbox/export_person", "email=mette%40example.dk")
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        let anonymous = TestApp::new(db)
            .post("/api/inbox/export_person", "email=mette%40example.dk")
            .await;
        assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);

        // Retention: only enquiries closed before the cutoff.
        let mut old: enquiry::ActiveModel = rows[0].clone().into();
        old.status = Set("closed".into());
        old.closed_at = Set(Some(chrono::Utc::now() - chrono::Duration::days(800)));
        old.update(db).await.unwrap();
        let cutoff = chrono::Utc::now() - chrono::Duration::days(730);
        assert_eq!(
            anonymise_inactive_before(db, cutoff, chrono::Utc::now())
                .await
                .unwrap(),
            1
        );
        let first = enquiry::Entity::find_by_id(rows[0].id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (first.email.as_str(), first.message.as_str()),
            (ANONYMISED_EMAIL, "—")
        );
        assert!(first.anonymised_at.is_some());
        let detail = contact
            .get(&format!("/staff/enquiries/{}", rows[0].id))
            .await;
        assert!(!detail.body.contains("Mette ringede"), "note text gone");
        let second = enquiry::Entity::find_by_id(rows[1].id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(second.email, "mette@example.dk", "open enquiries are kept");

        // Erasure on request needs the confirmation, then takes everything at once: her
        // enquiries, the municipality's messages to her, a form kept for her retry.
        assert!(!outbox_to(db, "mette@example.dk").await.is_empty());
        let kept = serde_json::json!({ "email": "Mette@Example.dk", "name": "Mette" });
        app::form::retry::keep(db, "enquiry", &kept, chrono::Utc::now())
            .await
            .unwrap();
        let unconfirmed = contact
            .post("/api/inbox/erase_person", "email=mette%40example.dk")
            .await;
        assert_eq!(unconfirmed.status, StatusCode::UNPROCESSABLE_ENTITY);
        let erased = contact
            .post(
                "/api/inbox/erase_person",
                "email=mette%40example.dk&confirm=yes",
            )
            .await;
        assert_eq!(erased.status, StatusCode::OK, "{}", erased.body);
        let second = enquiry::Entity::find_by_id(rows[1].id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(second.email, ANONYMISED_EMAIL);
        assert!(outbox_to(db, "mette@example.dk").await.is_empty());
        let retries = app::entities::form_retry::Entity::find()
            .all(db)
            .await
            .unwrap();
        assert!(retries.is_empty(), "{retries:?}");
        // No one is left to reply to.
        let reply = contact
            .post(
                "/api/inbox/reply",
                &format!("id={}&body=Hej%20Mette", rows[1].id),
            )
            .await;
        assert_eq!(
            reply.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            reply.body
        );
        assert!(
            reply.body.contains("InboxAnonymisedNoReply"),
            "{}",
            reply.body
        );
        let export = contact
            .post("/api/inbox/export_person", "email=mette%40example.dk")
            .await;
        assert!(
            export.body.contains(r#""enquiries": []"#) || export.body.contains(r#""enquiries":[]"#),
            "{}",
            export.body
        );
        // The audit log keeps who exported and erased, never the person's address.
        let audit = app::entities::audit_log::Entity::find()
            .all(db)
            .await
            .unwrap();
        assert!(audit.iter().any(|a| a.action == "person.export"));
        assert!(
            audit
                .iter()
                .all(|a| !a.subject.contains("mette") && !a.detail.contains("mette")),
            "{audit:?}"
        );
    }
);

/// The references of the inbox list for a query (form-encoded), in the order given.
async fn inbox_references(staff: &TestApp<'_>, query: String) -> Vec<String> {
    let reply = staff.post("/api/inbox/list", &query).await;
    assert_eq!(reply.status, StatusCode::OK, "{query}: {}", reply.body);
    reply.json()["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["reference"].as_str().unwrap().to_owned())
        .collect()
}

db_test!(the_inbox_filters_by_topic_and_assignee_and_sorts, |db| {
    seed_demo_if_empty(db).await.unwrap();
    for message in ["Første", "Anden", "Tredje"] {
        submit(db, "frederikshavn", message).await;
    }
    let colleague = staff_by_email(db, COLLEAGUE).await.unwrap();
    let rows = enquiry::Entity::find().all(db).await.unwrap();
    // The first about funding and routed to the colleague, due last; the others unrouted.
    let mut first: enquiry::ActiveModel = rows[0].clone().into();
    first.topic = Set("funding".into());
    first.assignee_id = Set(Some(colleague.id));
    first.due_on = Set(chrono::NaiveDate::from_ymd_opt(2099, 1, 2).unwrap());
    first.update(db).await.unwrap();
    for row in &rows[1..] {
        let mut other: enquiry::ActiveModel = row.clone().into();
        other.topic = Set("recruiting".into());
        other.assignee_id = Set(None);
        other.update(db).await.unwrap();
    }
    let contact = signed_in(db, CONTACT).await;
    let references = |query: &str| inbox_references(&contact, query.to_owned());
    let r = |i: usize| rows[i].reference.clone();
    assert_eq!(
        references("query%5Btopic%5D=funding").await,
        vec![r(0)],
        "by topic"
    );
    assert_eq!(
        references("query%5Btopic%5D=recruiting").await,
        vec![r(1), r(2)]
    );
    let by_colleague = format!("query%5Bassignee%5D={}", colleague.id);
    assert_eq!(references(&by_colleague).await, vec![r(0)], "by assignee");
    assert_eq!(
        references("query%5Bassignee%5D=none").await,
        vec![r(1), r(2)],
        "nobody yet"
    );
    // Soonest answer date first by default: the far-off one last.
    assert_eq!(references("").await, vec![r(1), r(2), r(0)]);
    assert_eq!(
        references("query%5Bsort%5D=newest").await,
        vec![r(2), r(1), r(0)]
    );
    assert_eq!(
        references("query%5Bsort%5D=oldest").await,
        vec![r(0), r(1), r(2)]
    );
    for bad in [
        "query%5Btopic%5D=bogus",
        "query%5Bassignee%5D=someone",
        "query%5Bsort%5D=random",
    ] {
        let reply = contact.post("/api/inbox/list", bad).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
    // The page itself: the filter keeps its choice, the list holds only the match.
    let page = contact.get("/staff/inbox?topic=funding&sort=newest").await;
    assert!(page.body.contains(&r(0)));
    assert!(!page.body.contains(&r(1)));
    assert!(page.body.contains(r#"<option value="funding" selected"#));
    // An edited URL: the form again, the message by the field, not a bare error.
    let bad = contact.get("/staff/inbox?topic=bogus").await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains(r#"id="topic-error""#), "{}", bad.body);
    assert!(bad.body.contains("Vælg en af mulighederne."));
});

db_test!(
    an_empty_reply_comes_back_with_its_message_by_the_reply_box,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        submit(db, "frederikshavn", "Kan vi ansætte i flexjob?").await;
        let row = enquiry::Entity::find().one(db).await.unwrap().unwrap();
        let contact = signed_in(db, CONTACT).await;
        let path = format!("/staff/enquiries/{}", row.id);
        let page = contact.get(&path).await;
        assert_eq!(page.status, StatusCode::OK);
        page.field("reply-body", false, None);
        page.field("note-body", false, None);
        page.field("new-status", false, None);
        page.field("confirm-erase", false, None);

        // Spaces only (a browser's `required` lets them through). The server names the
        // field `body`; the reply's box has the id `reply-body` and still shows it.
        let spaces = format!("id={}&body=%20%20%20", row.id);
        let back = contact
            .as_plain_form(&path)
            .post("/api/inbox/reply", &spaces)
            .await;
        assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.body);
        assert!(back.location().contains("fe=body"), "{}", back.location());
        let page = contact.get(&back.location()).await;
        let reply = page.field("reply-body", false, Some("Udfyld feltet."));
        assert!(reply.starts_with("<textarea"), "{reply}");
        // (Without JavaScript the address names the field, not the form, so the note's
        // box, which also posts `body`, shows it too; with JavaScript each form shows its
        // own action's error.)

        // With JavaScript: the action's error names `body`, which the page looks up.
        for endpoint in ["/api/inbox/reply", "/api/inbox/note"] {
            let refused = contact.post(endpoint, &spaces).await;
            assert_eq!(
                refused.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{endpoint}"
            );
            assert!(
                refused.body.contains(r#""field":"body""#),
                "{}",
                refused.body
            );
        }
    }
);
