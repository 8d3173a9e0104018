//! A use case that writes several rows leaves all of them or none: each test breaks the
//! table of the use case's last write (renamed away, on both databases), runs it, and
//! finds none of its earlier writes either.
mod common;

use common::{TestApp, enquiry_form, send_enquiry, signed_in, staff_by_email};

use app::db_test;
use app::entities::{enquiry, enquiry_event, routing_rule};
use app::seed::seed_demo_if_empty;
use http::StatusCode;
use sea_orm::{ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait};

const CONTACT: &str = "kontakt@frederikshavn.demo.dk";
const COLLEAGUE: &str = "jobcenter@frederikshavn.demo.dk";
const ADMIN: &str = "admin@demo.socialokonomi.dk";

/// Every later write to `table` fails, as a full disk or a lost connection would.
async fn break_table(db: &DatabaseConnection, table: &str) {
    db.execute_unprepared(&format!("ALTER TABLE {table} RENAME TO {table}_gone"))
        .await
        .unwrap();
}

db_test!(an_enquiry_whose_emails_cannot_be_queued_is_not_kept, |db| {
    seed_demo_if_empty(db).await.unwrap();
    break_table(db, "outbox_email").await;
    let reply = TestApp::new(db)
        .post("/api/enquiry/submit", enquiry_form())
        .await;
    assert_eq!(reply.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(enquiry::Entity::find().count(db).await.unwrap(), 0);
    assert_eq!(enquiry_event::Entity::find().count(db).await.unwrap(), 0);
});

db_test!(a_reply_whose_email_cannot_be_queued_changes_nothing, |db| {
    seed_demo_if_empty(db).await.unwrap();
    send_enquiry(&TestApp::new(db)).await;
    let before = enquiry::Entity::find().one(db).await.unwrap().unwrap();
    let events = enquiry_event::Entity::find().count(db).await.unwrap();
    let contact = signed_in(db, CONTACT).await;
    break_table(db, "outbox_email").await;
    let reply = contact
        .post("/api/inbox/reply", format!("id={}&body=Svar", before.id))
        .await;
    assert_eq!(reply.status, StatusCode::INTERNAL_SERVER_ERROR);
    let after = enquiry::Entity::find_by_id(before.id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.status, before.status);
    assert_eq!(after.first_answered_at, None);
    assert_eq!(
        enquiry_event::Entity::find().count(db).await.unwrap(),
        events
    );
});

db_test!(routing_rules_are_replaced_whole_or_not_at_all, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let colleague = staff_by_email(db, COLLEAGUE).await.unwrap().id;
    let admin = signed_in(db, ADMIN).await;
    let saved = admin
        .post(
            "/api/admin/save_routing",
            format!("rules%5Brecruiting%5D={colleague}"),
        )
        .await;
    assert!(saved.status.is_success(), "{}", saved.body);
    let rules = routing_rule::Entity::find().all(db).await.unwrap();
    assert_eq!(rules.len(), 1);
    // The old rules are deleted first, the new written, then the change audited.
    break_table(db, "audit_log").await;
    let failed = admin
        .post(
            "/api/admin/save_routing",
            format!("rules%5Bfunding%5D={colleague}"),
        )
        .await;
    assert_eq!(failed.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(routing_rule::Entity::find().all(db).await.unwrap(), rules);
});

db_test!(an_erasure_that_cannot_be_audited_erases_nothing, |db| {
    seed_demo_if_empty(db).await.unwrap();
    send_enquiry(&TestApp::new(db)).await;
    send_enquiry(&TestApp::new(db)).await;
    let contact = signed_in(db, CONTACT).await;
    break_table(db, "audit_log").await;
    let erased = contact
        .post(
            "/api/inbox/erase_person",
            "email=mette%40example.dk&confirm=yes",
        )
        .await;
    assert_eq!(erased.status, StatusCode::INTERNAL_SERVER_ERROR);
    for row in enquiry::Entity::find().all(db).await.unwrap() {
        assert_eq!(row.name, "Mette", "enquiry {} kept whole", row.id);
        assert_eq!(row.anonymised_at, None);
    }
});
