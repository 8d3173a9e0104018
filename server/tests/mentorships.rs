//! Mentorships over HTTP, on both databases: proposed by the contact (a form with errors
//! comes back as typed), agreed to by both sides through their links, meetings logged by
//! staff and by the mentor, paused, completed with both sides' evaluations (staff only),
//! the yearly results; cancelling, refusals, and scoping by municipality and role.
mod common;

use common::listing::emailed_token;
use common::mail::outbox_to;
use common::mentor::{
    COLLEAGUE, CONTACT, OTHER_CONTACT, approved_mentor, asked, mentor_id, propose,
};
use common::{TestApp, form, form_in, signed_in};

use app::db_test;
use app::entities::{mentor_request, mentorship, mentorship_evaluation, mentorship_meeting};
use app::seed::seed_demo_if_empty;
use http::StatusCode;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

const MENTOR: &str = "ida@regnskab.dk";
const ASKER: &str = "mette@kaffe.dk";

async fn the_mentorship(db: &DatabaseConnection, request: i32) -> mentorship::Model {
    mentorship::Entity::find()
        .filter(mentorship::Column::RequestId.eq(request))
        .one(db)
        .await
        .unwrap()
        .expect("the mentorship")
}

async fn meetings_of(db: &DatabaseConnection, id: i32) -> Vec<mentorship_meeting::Model> {
    mentorship_meeting::Entity::find()
        .filter(mentorship_meeting::Column::MentorshipId.eq(id))
        .all(db)
        .await
        .unwrap()
}

async fn evaluations_of(db: &DatabaseConnection, id: i32) -> Vec<mentorship_evaluation::Model> {
    mentorship_evaluation::Entity::find()
        .filter(mentorship_evaluation::Column::MentorshipId.eq(id))
        .all(db)
        .await
        .unwrap()
}

/// The side emailed at `to` agrees to confidentiality through its link.
async fn agree_as(db: &DatabaseConnection, to: &str) {
    let token = emailed_token(db, to, "/mentorships/agree/").await;
    let agreed = TestApp::new(db)
        .post(
            "/api/mentorships/agree",
            format!("token={token}&confirm=yes"),
        )
        .await;
    assert!(agreed.status.is_success(), "{}", agreed.body);
}

/// Today's date as typed in a form (meetings are logged on or after a mentorship's start).
fn today() -> String {
    chrono::Utc::now().date_naive().to_string()
}

async fn request_status(db: &DatabaseConnection, id: i32) -> String {
    mentor_request::Entity::find_by_id(id)
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .status
}

db_test!(
    a_mentorship_goes_from_proposal_to_both_sides_evaluations,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let private = approved_mentor(db, MENTOR).await;
        let mentor = mentor_id(db, MENTOR).await;
        let request = asked(db, ASKER, "en").await;
        let contact = signed_in(db, CONTACT).await;

        // The request page preselects the top suggestion and today.
        let detail = contact
            .post("/api/staff/mentors/request", format!("id={request}"))
            .await;
        let json = detail.json();
        assert_eq!(
            json["proposal"]["mentor"],
            json["suggestions"][0]["mentor_id"].to_string()
        );
        assert!(!json["proposal"]["period_from"].as_str().unwrap().is_empty());

        // Without JavaScript a proposal with errors comes back as typed.
        let page = format!("/staff/mentors/requests/{request}");
        let bad = [
            ("mentor", mentor.to_string()),
            ("period_from", "2026-12-01".to_owned()),
            ("period_to", "2026-11-01".to_owned()),
            ("goals", String::new()),
        ];
        let bad: Vec<(&str, &str)> = bad.iter().map(|(n, v)| (*n, v.as_str())).collect();
        let refused = contact
            .as_plain_form(&page)
            .post(
                "/api/staff/mentorships/propose",
                format!("request={request}&{}", form_in("form", &bad)),
            )
            .await;
        assert_eq!(refused.status, StatusCode::SEE_OTHER, "{}", refused.body);
        let back = contact.get(&refused.location()).await;
        back.field(
            "period_to",
            false,
            Some("Slutdatoen ligger før startdatoen."),
        );
        back.field("goals", false, Some("Udfyld feltet."));
        assert!(back.body.contains(r#"value="2026-11-01""#), "kept");
        assert_eq!(request_status(db, request).await, "open");

        let proposed = propose(db, request, mentor).await;
        assert!(proposed.status.is_success(), "{}", proposed.body);
        assert_eq!(request_status(db, request).await, "matched");
        let row = the_mentorship(db, request).await;
        assert_eq!(row.status, "proposed");
        // A second proposal for the same request is refused.
        let again = propose(db, request, mentor).await;
        assert_eq!(
            again.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            again.body
        );

        // Both sides have their link, the enterprise's in the language it asked in.
        let to_mentor = emailed_token(db, MENTOR, "/mentorships/agree/").await;
        let asker_mail = outbox_to(db, ASKER).await.pop().unwrap();
        assert!(
            asker_mail.subject.contains("You have a mentor"),
            "{}",
            asker_mail.subject
        );
        let public = TestApp::new(db);
        let agreement = public.get(&format!("/mentorships/agree/{to_mentor}")).await;
        assert_eq!(agreement.status, StatusCode::OK);
        assert!(agreement.body.contains("Et budget for 2027"));
        assert_eq!(
            the_mentorship(db, request).await.mentor_confirmed_at,
            None,
            "opening the link agrees to nothing"
        );
        // The box must be ticked.
        let unticked = public
            .post("/api/mentorships/agree", format!("token={to_mentor}"))
            .await;
        assert_eq!(unticked.status, StatusCode::UNPROCESSABLE_ENTITY);
        // Twice (a double click): the second changes nothing.
        agree_as(db, MENTOR).await;
        agree_as(db, MENTOR).await;
        assert_eq!(the_mentorship(db, request).await.status, "proposed");
        // No meeting before both have agreed.
        let early = contact
            .post(
                "/api/staff/mentorships/meeting",
                format!(
                    "id={}&{}",
                    row.id,
                    form_in("form", &[("met_on", "2026-11-30"), ("notes", "x")])
                ),
            )
            .await;
        assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY);
        agree_as(db, ASKER).await;
        let row = the_mentorship(db, request).await;
        assert_eq!(row.status, "active");
        assert!(row.active_since.is_some() && row.enterprise_confirmed_at.is_some());
        // Each side now learns how to reach the other.
        let started = outbox_to(db, ASKER).await.pop().unwrap();
        assert!(
            started.subject.starts_with("The mentorship has started"),
            "{}",
            started.subject
        );
        assert!(started.body_text.contains(MENTOR), "{}", started.body_text);
        let started = outbox_to(db, MENTOR).await.pop().unwrap();
        assert!(started.body_text.contains(ASKER), "{}", started.body_text);

        // Staff log a meeting; a future date is refused by the field.
        let meeting = |date: &str| {
            format!(
                "id={}&{}",
                row.id,
                form_in(
                    "form",
                    &[
                        ("met_on", date),
                        ("notes", "Budgettet gennemgået."),
                        ("next_step", "Salgsplan")
                    ]
                )
            )
        };
        let before = contact
            .post("/api/staff/mentorships/meeting", meeting("2020-01-01"))
            .await;
        assert_eq!(before.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            before.body.contains("ErrorMeetingBeforeStart"),
            "{}",
            before.body
        );
        let future = contact
            .post("/api/staff/mentorships/meeting", meeting("2999-01-01"))
            .await;
        assert_eq!(future.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(future.body.contains("met_on"), "{}", future.body);
        let logged = contact
            .post("/api/staff/mentorships/meeting", meeting(&today()))
            .await;
        assert!(logged.status.is_success(), "{}", logged.body);
        // The mentor logs one through their private link, for their own mentorship only.
        let mine = format!(
            "token={private}&mentorship={}&{}",
            row.id,
            form_in(
                "form",
                &[
                    ("met_on", today().as_str()),
                    ("notes", "Salgsplanen skitseret.")
                ]
            )
        );
        let by_mentor = public.post("/api/mentors/me/meeting", &mine).await;
        assert!(by_mentor.status.is_success(), "{}", by_mentor.body);
        let someone_else = approved_mentor(db, "bo@andet.dk").await;
        let theirs = public
            .post(
                "/api/mentors/me/meeting",
                mine.replace(&private, &someone_else),
            )
            .await;
        assert_eq!(theirs.status, StatusCode::NOT_FOUND);
        let meetings = meetings_of(db, row.id).await;
        assert_eq!(meetings.len(), 2);
        assert_eq!(meetings.iter().filter(|m| m.logged_by.is_none()).count(), 1);
        let my_page = public
            .post("/api/mentors/me", format!("token={private}"))
            .await;
        assert_eq!(
            my_page.json()["mentorships"][0]["meetings"]
                .as_array()
                .map(Vec::len),
            Some(2)
        );

        // Scoped: another municipality's contact finds nothing, a colleague is refused.
        let other = signed_in(db, OTHER_CONTACT).await;
        let colleague = signed_in(db, COLLEAGUE).await;
        let step = |s: &str| form(&[("id", &row.id.to_string()), ("step", s), ("confirm", "yes")]);
        for (who, status) in [
            (&other, StatusCode::NOT_FOUND),
            (&colleague, StatusCode::FORBIDDEN),
        ] {
            let seen = who
                .post("/api/staff/mentorship", format!("id={}", row.id))
                .await;
            assert_eq!(seen.status, status);
            let stepped = who.post("/api/staff/mentorships/step", step("pause")).await;
            assert_eq!(stepped.status, status);
        }

        // Completing asks both for an evaluation at once: only with the box ticked.
        let unticked = contact
            .post(
                "/api/staff/mentorships/step",
                form(&[("id", &row.id.to_string()), ("step", "complete")]),
            )
            .await;
        assert_eq!(unticked.status, StatusCode::UNPROCESSABLE_ENTITY);
        for s in ["pause", "resume", "complete"] {
            let done = contact.post("/api/staff/mentorships/step", step(s)).await;
            assert!(done.status.is_success(), "{s}: {}", done.body);
        }
        // A step no longer open is refused, not a 500.
        let stale = contact
            .post("/api/staff/mentorships/step", step("pause"))
            .await;
        assert_eq!(stale.status, StatusCode::UNPROCESSABLE_ENTITY);
        let evaluations = evaluations_of(db, row.id).await;
        assert_eq!(evaluations.len(), 2);

        let to_mentor = emailed_token(db, MENTOR, "/mentorships/evaluate/").await;
        let to_enterprise = emailed_token(db, ASKER, "/mentorships/evaluate/").await;
        let rate = |token: &str, rating: &str| {
            format!(
                "token={token}&{}",
                form_in(
                    "form",
                    &[("rating", rating), ("comment", "Meget <b>brugbart</b>")]
                )
            )
        };
        let wrong = public
            .post("/api/mentorships/evaluate", rate(&to_mentor, "7"))
            .await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(wrong.body.contains("rating"), "{}", wrong.body);
        for (token, rating) in [(&to_mentor, "5"), (&to_enterprise, "4")] {
            let given = public
                .post("/api/mentorships/evaluate", rate(token, rating))
                .await;
            assert!(given.status.is_success(), "{}", given.body);
        }
        let twice = public
            .post("/api/mentorships/evaluate", rate(&to_mentor, "1"))
            .await;
        assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);

        // Staff see the evaluations; the page escapes the comment.
        let seen = contact
            .post("/api/staff/mentorship", format!("id={}", row.id))
            .await;
        let ratings: Vec<u64> = seen.json()["evaluations"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|e| e["rating"].as_u64())
            .collect();
        assert_eq!(ratings, [4, 5], "enterprise, then mentor");
        let page = contact.get(&format!("/staff/mentorships/{}", row.id)).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Meget &lt;b&gt;brugbart&lt;/b&gt;"));
        // The overview counts it: this year one more match and one completion, rated 4.5
        // (the demo's own completed ones may add to it).
        let lists = contact.post("/api/staff/mentors", "").await.json();
        let this_year = &lists["results"][0];
        assert!(this_year["completed"].as_u64().unwrap() >= 1, "{this_year}");
        assert!(
            lists["mentorships"]
                .as_array()
                .unwrap()
                .iter()
                .any(|m| m["id"] == row.id && m["status"] == "completed")
        );
        // Agreeing after the end changes nothing and is refused.
        let late = public
            .post(
                "/api/mentorships/agree",
                format!(
                    "token={}&confirm=yes",
                    emailed_token(db, MENTOR, "/mentorships/agree/").await
                ),
            )
            .await;
        assert!(late.status.is_success(), "already agreed: {}", late.body);
        assert_eq!(the_mentorship(db, request).await.status, "completed");
    }
);

db_test!(
    cancelling_a_proposal_tells_both_why_and_puts_the_request_back_in_the_queue,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        approved_mentor(db, MENTOR).await;
        let mentor = mentor_id(db, MENTOR).await;
        let request = asked(db, ASKER, "da").await;
        assert!(propose(db, request, mentor).await.status.is_success());
        let row = the_mentorship(db, request).await;
        let contact = signed_in(db, CONTACT).await;
        let cancel = |reason: &str| {
            form(&[
                ("id", &row.id.to_string()),
                ("step", "cancel"),
                ("reason", reason),
            ])
        };
        let page = format!("/staff/mentorships/{}", row.id);
        let no_reason = contact
            .as_plain_form(&page)
            .post("/api/staff/mentorships/step", cancel("  "))
            .await;
        assert_eq!(no_reason.status, StatusCode::SEE_OTHER);
        let back = contact.get(&no_reason.location()).await;
        back.field("cancel-reason", false, Some("Udfyld feltet."));
        let long = "x".repeat(4_001);
        let too_long = contact
            .post("/api/staff/mentorships/step", cancel(&long))
            .await;
        assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(too_long.body.contains("ErrorTooLong"), "{}", too_long.body);
        let done = contact
            .post(
                "/api/staff/mentorships/step",
                cancel("Mentoren er blevet syg."),
            )
            .await;
        assert!(done.status.is_success(), "{}", done.body);
        let row = the_mentorship(db, request).await;
        assert_eq!(row.status, "cancelled");
        assert_eq!(
            row.cancel_reason.as_deref(),
            Some("Mentoren er blevet syg.")
        );
        assert_eq!(
            request_status(db, request).await,
            "open",
            "back in the queue"
        );
        for to in [MENTOR, ASKER] {
            let mail = outbox_to(db, to).await.pop().unwrap();
            assert!(mail.body_text.contains("Mentoren er blevet syg."), "{to}");
        }
        // Its links agree to nothing now.
        let token = emailed_token(db, ASKER, "/mentorships/agree/").await;
        let closed = TestApp::new(db)
            .post(
                "/api/mentorships/agree",
                format!("token={token}&confirm=yes"),
            )
            .await;
        assert_eq!(closed.status, StatusCode::UNPROCESSABLE_ENTITY);
        // And it can be proposed again.
        assert!(propose(db, request, mentor).await.status.is_success());
    }
);

db_test!(a_full_or_paused_mentor_is_refused_by_the_field, |db| {
    use app::entities::mentor;
    seed_demo_if_empty(db).await.unwrap();
    let request = asked(db, ASKER, "da").await;
    for name in ["Morten Holm", "Hanne Jeppesen"] {
        let id = mentor::Entity::find()
            .filter(mentor::Column::Name.eq(name))
            .one(db)
            .await
            .unwrap()
            .expect("a demo mentor")
            .id;
        let refused = propose(db, request, id).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        assert!(refused.body.contains("mentor"), "{}", refused.body);
    }
    assert_eq!(request_status(db, request).await, "open");
});

db_test!(
    what_a_mentorship_says_of_an_enterprise_is_exported_and_erased_with_its_request,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        approved_mentor(db, MENTOR).await;
        let mentor = mentor_id(db, MENTOR).await;
        let request = asked(db, ASKER, "da").await;
        assert!(propose(db, request, mentor).await.status.is_success());
        let public = TestApp::new(db);
        for to in [MENTOR, ASKER] {
            agree_as(db, to).await;
        }
        let row = the_mentorship(db, request).await;
        let contact = signed_in(db, CONTACT).await;
        let meeting = format!(
            "id={}&{}",
            row.id,
            form_in(
                "form",
                &[
                    ("met_on", today().as_str()),
                    ("notes", "Mette fortalte om gælden.")
                ]
            )
        );
        assert!(
            contact
                .post("/api/staff/mentorships/meeting", meeting)
                .await
                .status
                .is_success()
        );
        let step = form(&[
            ("id", &row.id.to_string()),
            ("step", "complete"),
            ("confirm", "yes"),
        ]);
        assert!(
            contact
                .post("/api/staff/mentorships/step", step)
                .await
                .status
                .is_success()
        );
        let token = emailed_token(db, ASKER, "/mentorships/evaluate/").await;
        let rated = format!(
            "token={token}&{}",
            form_in("form", &[("rating", "4"), ("comment", "Tak til Ida.")])
        );
        assert!(
            public
                .post("/api/mentorships/evaluate", rated)
                .await
                .status
                .is_success()
        );

        let email = format!("email={}", ASKER.replace('@', "%40"));
        let export = contact
            .post("/api/inbox/export_person", &email)
            .await
            .json();
        let theirs = &export["mentoring"]["mentorships_asked_for"][0];
        assert_eq!(
            theirs["meetings"][0]["notes"], "Mette fortalte om gælden.",
            "{export}"
        );
        assert_eq!(theirs["evaluations"].as_array().map(Vec::len), Some(2));
        let erased = contact
            .post("/api/inbox/erase_person", format!("{email}&confirm=yes"))
            .await;
        assert!(erased.status.is_success(), "{}", erased.body);
        let row = the_mentorship(db, request).await;
        assert_eq!(row.goals, "—");
        let notes: Vec<String> = meetings_of(db, row.id)
            .await
            .into_iter()
            .map(|m| m.notes)
            .collect();
        assert_eq!(notes, ["—"]);
        let evaluations = evaluations_of(db, row.id).await;
        assert!(evaluations.iter().all(|e| e.comment.is_none()));
        // The rating stays for the scheme's figures.
        assert!(evaluations.iter().any(|e| e.rating == Some(4)));
    }
);

db_test!(
    the_retention_job_spares_a_request_whose_mentorship_runs,
    |db| {
        use sea_orm::{ActiveModelTrait, Set};
        seed_demo_if_empty(db).await.unwrap();
        approved_mentor(db, MENTOR).await;
        let mentor = mentor_id(db, MENTOR).await;
        let running = asked(db, ASKER, "da").await;
        assert!(propose(db, running, mentor).await.status.is_success());
        let settled = asked(db, "gammel@example.dk", "da").await;
        let long_ago: chrono::DateTime<chrono::Utc> = "2023-01-10T10:00:00Z".parse().unwrap();
        for id in [running, settled] {
            let mut row: mentor_request::ActiveModel = mentor_request::Entity::find_by_id(id)
                .one(db)
                .await
                .unwrap()
                .unwrap()
                .into();
            row.updated_at = Set(long_ago);
            row.update(db).await.unwrap();
        }
        let context = common::config(&[]).job_context();
        app::jobs::anonymise_mentoring::run(db, chrono::Utc::now(), &context)
            .await
            .unwrap();
        let anonymised = |id: i32| async move {
            mentor_request::Entity::find_by_id(id)
                .one(db)
                .await
                .unwrap()
                .unwrap()
                .anonymised_at
        };
        assert!(anonymised(running).await.is_none(), "its mentorship runs");
        assert!(anonymised(settled).await.is_some());
    }
);

db_test!(
    a_mentor_who_leaves_during_a_mentorship_is_reported_to_the_contacts,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let private = approved_mentor(db, MENTOR).await;
        let mentor = mentor_id(db, MENTOR).await;
        let request = asked(db, ASKER, "da").await;
        assert!(propose(db, request, mentor).await.status.is_success());
        let left = TestApp::new(db)
            .post(
                "/api/mentors/me/step",
                form(&[("token", &private), ("step", "leave"), ("confirm", "yes")]),
            )
            .await;
        assert!(left.status.is_success(), "{}", left.body);
        let row = the_mentorship(db, request).await;
        let told = outbox_to(db, CONTACT).await.into_iter().any(|e| {
            e.subject.starts_with("Mentor udmeldt midt i et forløb")
                && e.body_text
                    .contains(&format!("/staff/mentorships/{}", row.id))
        });
        assert!(told);
    }
);
