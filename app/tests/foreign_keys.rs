//! Migration 11 turns every reference into a foreign key, on a database that already holds
//! rows, some pointing nowhere: nothing else is lost, what points nowhere is settled, and
//! afterwards the database refuses such rows itself.
#![cfg(feature = "test-support")]
use app::account::api::Role;
use app::account::create_staff_user;
use app::db::testing::{Backend, TestDb};
use app::entities::{audit_log, enquiry, enquiry_event, municipality, outbox_email, routing_rule};
use chrono::{NaiveDate, Utc};
use migrations::{Migrator, MigratorTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, NotSet, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};

/// The last migration before the foreign keys.
const BEFORE_KEYS: u32 = 10;
const NOWHERE: i32 = 9_999;

fn an_enquiry(municipality_id: i32, assignee_id: Option<i32>, n: u32) -> enquiry::ActiveModel {
    enquiry::ActiveModel {
        id: NotSet,
        municipality_id: Set(municipality_id),
        reference: Set(format!("2026-{n:04}")),
        status_token_hash: Set(format!("{n:064}")),
        name: Set("Mette".into()),
        email: Set("mette@example.dk".into()),
        phone: Set(None),
        organisation: Set(None),
        cvr: Set(None),
        topic: Set("other".into()),
        message: Set("Hej".into()),
        assessment_summary: Set(None),
        status: Set("new".into()),
        assignee_id: Set(assignee_id),
        submitted_at: Set(Utc::now()),
        due_on: Set(NaiveDate::from_ymd_opt(2026, 12, 10).unwrap()),
        first_answered_at: Set(None),
        closed_at: Set(None),
        anonymised_at: Set(None),
        updated_at: Set(Utc::now()),
    }
}

fn an_event(enquiry_id: i32, actor_id: Option<i32>) -> enquiry_event::ActiveModel {
    enquiry_event::ActiveModel {
        id: NotSet,
        enquiry_id: Set(enquiry_id),
        actor_id: Set(actor_id),
        kind: Set("note".into()),
        body: Set(Some("noted".into())),
        for_requester: Set(false),
        created_at: Set(Utc::now()),
    }
}

fn a_rule(municipality_id: i32, staff_user_id: i32, topic: &str) -> routing_rule::ActiveModel {
    routing_rule::ActiveModel {
        id: NotSet,
        municipality_id: Set(municipality_id),
        topic: Set(topic.into()),
        staff_user_id: Set(staff_user_id),
    }
}

fn a_log(municipality_id: Option<i32>, actor_id: Option<i32>) -> audit_log::ActiveModel {
    audit_log::ActiveModel {
        id: NotSet,
        municipality_id: Set(municipality_id),
        actor_id: Set(actor_id),
        action: Set("test".into()),
        subject: Set("test".into()),
        detail: Set(String::new()),
        created_at: Set(Utc::now()),
    }
}

/// A municipality and a member of staff at the schema before the keys (the demo seed
/// writes today's schema, so not through it).
async fn at_version_before_keys(backend: Backend) -> (TestDb, i32, i32) {
    let test_db = TestDb::unmigrated(backend).await;
    let db = &test_db.db;
    Migrator::up(db, Some(BEFORE_KEYS)).await.unwrap();
    let m = municipality::ActiveModel {
        code: Set("0813".into()),
        slug: Set("frederikshavn".into()),
        name: Set("Frederikshavn Kommune".into()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    let staff = create_staff_user(db, m.id, "k@example.dk", "Karen", Role::Contact, None, None)
        .await
        .unwrap();
    (test_db, m.id, staff.id)
}

async fn count<E: EntityTrait>(db: &DatabaseConnection, _: E) -> u64
where
    E::Model: Sync,
{
    E::find().count(db).await.unwrap()
}

async fn upgrades_and_settles_what_points_nowhere(backend: Backend) {
    let (test_db, m, staff) = at_version_before_keys(backend).await;
    let db = &test_db.db;
    let kept = an_enquiry(m, Some(staff), 1).insert(db).await.unwrap();
    let lost_assignee = an_enquiry(m, Some(NOWHERE), 2).insert(db).await.unwrap();
    let gone = an_enquiry(m, None, 3).insert(db).await.unwrap();
    enquiry::Entity::delete_by_id(gone.id)
        .exec(db)
        .await
        .unwrap();
    an_event(kept.id, Some(staff)).insert(db).await.unwrap();
    an_event(kept.id, Some(NOWHERE)).insert(db).await.unwrap();
    an_event(lost_assignee.id, None).insert(db).await.unwrap();
    a_rule(m, staff, "mentor").insert(db).await.unwrap();
    a_rule(m, NOWHERE, "other").insert(db).await.unwrap();
    a_rule(NOWHERE, staff, "other").insert(db).await.unwrap();
    a_log(Some(NOWHERE), Some(NOWHERE))
        .insert(db)
        .await
        .unwrap();
    let message = app::email::Message {
        municipality_id: Some(NOWHERE),
        to: "mette@example.dk".into(),
        subject: "Kvittering".into(),
        body: "Hej".into(),
    };
    app::email::enqueue(db, message, Utc::now()).await.unwrap();
    let logs_before = count(db, audit_log::Entity).await;

    Migrator::up(db, None)
        .await
        .expect("the upgrade settles and applies");

    assert_eq!(count(db, enquiry::Entity).await, 2, "every enquiry kept");
    assert_eq!(count(db, enquiry_event::Entity).await, 3, "no event lost");
    assert_eq!(count(db, audit_log::Entity).await, logs_before);
    assert_eq!(count(db, outbox_email::Entity).await, 1);
    let again = enquiry::Entity::find_by_id(lost_assignee.id).one(db).await;
    assert_eq!(
        again.unwrap().unwrap().assignee_id,
        None,
        "assignee emptied"
    );
    let actors: Vec<_> = enquiry_event::Entity::find()
        .order_by_asc(enquiry_event::Column::Id)
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.actor_id)
        .collect();
    assert_eq!(actors, [Some(staff), None, None]);
    let rules = routing_rule::Entity::find().all(db).await.unwrap();
    assert_eq!(rules.len(), 1, "rules for no one deleted");
    assert_eq!(rules[0].topic, "mentor");
    let log = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("test"))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((log.municipality_id, log.actor_id), (None, None));
    let email = outbox_email::Entity::find().one(db).await.unwrap().unwrap();
    assert_eq!(email.municipality_id, None);

    // The id of a deleted enquiry is not given out again.
    let next = an_enquiry(m, None, 4).insert(db).await.unwrap();
    assert!(next.id > gone.id, "{} after {}", next.id, gone.id);

    // The database now refuses what points nowhere, on every reference.
    assert!(an_enquiry(NOWHERE, None, 5).insert(db).await.is_err());
    assert!(an_enquiry(m, Some(NOWHERE), 6).insert(db).await.is_err());
    assert!(an_event(kept.id, Some(NOWHERE)).insert(db).await.is_err());
    assert!(an_event(NOWHERE, None).insert(db).await.is_err());
    assert!(a_rule(m, NOWHERE, "other").insert(db).await.is_err());
    assert!(a_rule(NOWHERE, staff, "other").insert(db).await.is_err());
    assert!(a_log(Some(NOWHERE), None).insert(db).await.is_err());
    assert!(a_log(None, Some(NOWHERE)).insert(db).await.is_err());
    let message = app::email::Message {
        municipality_id: Some(NOWHERE),
        to: "mette@example.dk".into(),
        subject: "Kvittering".into(),
        body: "Hej".into(),
    };
    assert!(app::email::enqueue(db, message, Utc::now()).await.is_err());
    // A municipality with enquiries cannot be deleted; its rules would go with it.
    assert!(
        municipality::Entity::delete_by_id(m)
            .exec(db)
            .await
            .is_err()
    );
    test_db.close().await;
}

/// An enquiry of a municipality that does not exist stops the upgrade, which changes
/// nothing; once the enquiry is given a municipality, the upgrade goes through.
async fn refuses_an_enquiry_of_no_municipality(backend: Backend) {
    let (test_db, m, staff) = at_version_before_keys(backend).await;
    let db = &test_db.db;
    let stray = an_enquiry(NOWHERE, None, 1).insert(db).await.unwrap();
    a_rule(m, NOWHERE, "other").insert(db).await.unwrap();
    an_event(stray.id, Some(staff)).insert(db).await.unwrap();

    let refused = Migrator::up(db, None).await.unwrap_err().to_string();
    assert!(
        refused.contains(&format!("enquiry {} refers to municipality", stray.id)),
        "{refused}"
    );
    assert_eq!(count(db, routing_rule::Entity).await, 1, "nothing changed");

    let mut fixed: enquiry::ActiveModel = stray.into();
    fixed.municipality_id = Set(m);
    fixed.update(db).await.unwrap();
    Migrator::up(db, None).await.expect("applies once fixed");
    assert_eq!(count(db, enquiry_event::Entity).await, 1);
    assert_eq!(count(db, routing_rule::Entity).await, 0);
    test_db.close().await;
}

#[tokio::test]
async fn upgrade_settles_what_points_nowhere_on_sqlite() {
    upgrades_and_settles_what_points_nowhere(Backend::Sqlite).await;
}

#[tokio::test]
async fn upgrade_settles_what_points_nowhere_on_postgres() {
    upgrades_and_settles_what_points_nowhere(Backend::Postgres).await;
}

#[tokio::test]
async fn upgrade_refuses_an_enquiry_of_no_municipality_on_sqlite() {
    refuses_an_enquiry_of_no_municipality(Backend::Sqlite).await;
}

#[tokio::test]
async fn upgrade_refuses_an_enquiry_of_no_municipality_on_postgres() {
    refuses_an_enquiry_of_no_municipality(Backend::Postgres).await;
}
