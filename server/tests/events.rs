//! Event registration on both databases: never overbooked, however many register at once
//! (a SQLite file with several connections, as in production, and PostgreSQL), the
//! waitlist's positions, the deadline and closed events refused, and a cancellation that
//! promotes exactly the first in line.
mod common;

use app::db::testing::{Backend, TestDb};
use app::domain::events::{Refusal, RegistrationStatus};
use app::entities::{event, event_registration, municipality};
use app::events::queries::{NewRegistration, cancel, register, waitlist_position};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

/// A published event with `capacity` seats whose registration closes in a week.
async fn event_with(db: &DatabaseConnection, capacity: i32, now: DateTime<Utc>) -> i32 {
    let place = municipality::ActiveModel {
        code: Set("0813".into()),
        name: Set("Frederikshavn Kommune".into()),
        slug: Set("frederikshavn".into()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    event::ActiveModel {
        municipality_id: Set(place.id),
        kind: Set("network_day".into()),
        status: Set("published".into()),
        title: Set("Netværksdag".into()),
        description: Set("Stande og oplæg.".into()),
        starts_at: Set(now + Duration::days(14)),
        ends_at: Set(now + Duration::days(14) + Duration::hours(6)),
        venue: Set("Kulturhuset".into()),
        address: Set("Havnegade 1, 9900 Frederikshavn".into()),
        capacity: Set(capacity),
        registration_deadline: Set(now + Duration::days(7)),
        stands: Set(4),
        confirmed: Set(0),
        waiting: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap()
    .id
}

fn person(n: usize) -> NewRegistration {
    NewRegistration {
        name: format!("Deltager {n}"),
        email: format!("deltager{n}@example.dk"),
        ..Default::default()
    }
}

/// 50 register at the same moment for 10 seats: exactly 10 seats, 40 in line at
/// positions 1–40, and the counters agree with the rows.
async fn fifty_for_ten(db: &DatabaseConnection) {
    let now = Utc::now();
    let id = event_with(db, 10, now).await;
    let all = (0..50).map(|n| {
        let db = db.clone();
        tokio::spawn(async move { register(&db, id, &person(n), now).await })
    });
    let mut positions = Vec::new();
    let mut seats = 0;
    let (mut seated_tokens, mut waiting_tokens) = (Vec::new(), Vec::new());
    for outcome in futures_util::future::join_all(all).await {
        let outcome = outcome.unwrap().expect("no error").expect("open");
        match outcome.registered.status {
            RegistrationStatus::Confirmed => {
                seats += 1;
                seated_tokens.push(outcome.cancel_token);
            }
            _ => {
                positions.push(outcome.registered.position.expect("a place in line"));
                waiting_tokens.push(outcome.cancel_token);
            }
        }
    }
    positions.sort_unstable();
    assert_eq!(seats, 10);
    assert_eq!(positions, (1..=40).collect::<Vec<u32>>());
    let row = event::Entity::find_by_id(id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((row.confirmed, row.waiting), (10, 40));
    let confirmed = event_registration::Entity::find()
        .filter(event_registration::Column::Status.eq("confirmed"))
        .all(db)
        .await
        .unwrap();
    assert_eq!(confirmed.len(), 10);

    // Five with seats and five in line cancel at the same moment: no error, no deadlock,
    // every freed seat goes to the first still in line.
    let cancels = seated_tokens
        .into_iter()
        .take(5)
        .chain(waiting_tokens.into_iter().take(5));
    let all = cancels.map(|token| {
        let db = db.clone();
        tokio::spawn(async move { cancel(&db, &token, now).await })
    });
    let mut promoted = 0;
    for outcome in futures_util::future::join_all(all).await {
        promoted += outcome.unwrap().expect("every cancellation succeeds").len();
    }
    // At least the five freed seats; more when someone in line was promoted by an earlier
    // cancellation before their own went through.
    assert!(promoted >= 5, "{promoted}");
    let row = event::Entity::find_by_id(id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((row.confirmed, row.waiting), (10, 30));
    let rows = event_registration::Entity::find().all(db).await.unwrap();
    let count = |status: &str| rows.iter().filter(|r| r.status == status).count();
    assert_eq!(
        (count("confirmed"), count("waitlisted"), count("cancelled")),
        (10, 30, 10)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_registrations_at_once_on_a_sqlite_file_give_ten_seats_and_forty_in_line() {
    let dir = common::scratch_dir("event-seats");
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.join("app.db").display());
    let db = server::database::connect(&url, 8).await.unwrap();
    server::database::prepare(&db, false).await.unwrap();
    fifty_for_ten(&db).await;
    db.close().await.unwrap();
    std::fs::remove_dir_all(&dir).ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_registrations_at_once_on_postgresql_give_ten_seats_and_forty_in_line() {
    let test_db = TestDb::new(Backend::Postgres).await;
    fifty_for_ten(&test_db.db).await;
    test_db.close().await;
}

app::db_test!(a_cancellation_promotes_exactly_the_first_in_line, |db| {
    let now = Utc::now();
    let id = event_with(db, 2, now).await;
    let mut tokens = Vec::new();
    let mut ids = Vec::new();
    for n in 0..5 {
        let outcome = register(db, id, &person(n), now).await.unwrap().unwrap();
        ids.push(outcome.registered.id);
        tokens.push(outcome.cancel_token);
    }
    // Two seats; 3 in line. The second in line cancels: the third moves up to second.
    assert_eq!(
        cancel(db, &tokens[3], now).await.unwrap(),
        Vec::<i32>::new()
    );
    assert_eq!(waitlist_position(db, ids[4]).await.unwrap(), Some(2));
    // A seat frees: exactly the first in line gets it, once however often the link is used.
    assert_eq!(cancel(db, &tokens[0], now).await.unwrap(), vec![ids[2]]);
    assert_eq!(
        cancel(db, &tokens[0], now).await.unwrap(),
        Vec::<i32>::new()
    );
    assert_eq!(waitlist_position(db, ids[4]).await.unwrap(), Some(1));
    assert_eq!(waitlist_position(db, ids[2]).await.unwrap(), None);
    let row = event::Entity::find_by_id(id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((row.confirmed, row.waiting), (2, 1));
    // The next registration queues behind the one still waiting.
    let next = register(db, id, &person(9), now).await.unwrap().unwrap();
    assert_eq!(next.registered.position, Some(2));
});

app::db_test!(the_deadline_and_a_closed_event_refuse_registration, |db| {
    let now = Utc::now();
    let id = event_with(db, 10, now).await;
    let late = now + Duration::days(8);
    assert_eq!(
        register(db, id, &person(1), late).await.unwrap(),
        Err(Refusal::DeadlinePassed)
    );
    let mut row: event::ActiveModel = event::Entity::find_by_id(id)
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .into();
    row.status = Set("cancelled".into());
    row.update(db).await.unwrap();
    assert_eq!(
        register(db, id, &person(2), now).await.unwrap(),
        Err(Refusal::NotOpen)
    );
    assert!(matches!(
        register(db, id + 100, &person(3), now).await,
        Err(app::error::AppError::NotFound)
    ));
    let rows = event_registration::Entity::find().all(db).await.unwrap();
    assert!(rows.is_empty(), "nothing written for a refusal");
});

app::db_test!(
    the_demo_events_cover_every_case_with_counters_that_match,
    |db| {
        use app::seed::seed_demo_if_empty;
        seed_demo_if_empty(db).await.unwrap();
        let now = Utc::now();
        let events = event::Entity::find().all(db).await.unwrap();
        let registrations = event_registration::Entity::find().all(db).await.unwrap();
        for e in &events {
            let count = |status: &str| {
                registrations
                    .iter()
                    .filter(|r| r.event_id == e.id && r.status == status)
                    .count() as i32
            };
            assert_eq!(
                (e.confirmed, e.waiting),
                (count("confirmed"), count("waitlisted")),
                "{}",
                e.title
            );
            assert!(e.confirmed <= e.capacity, "{}", e.title);
        }
        let upcoming = |e: &&event::Model| e.status == "published" && e.starts_at > now;
        assert!(
            events
                .iter()
                .filter(upcoming)
                .any(|e| e.confirmed < e.capacity && e.registration_deadline > now)
        );
        assert!(
            events
                .iter()
                .filter(upcoming)
                .any(|e| e.confirmed == e.capacity && e.waiting > 0)
        );
        assert!(
            events
                .iter()
                .filter(upcoming)
                .any(|e| e.registration_deadline < now)
        );
        let past: Vec<&event::Model> = events.iter().filter(|e| e.starts_at < now).collect();
        assert_eq!(past.len(), 2);
        assert!(registrations.iter().any(|r| r.checked_in_at.is_some()));
        // Stands at the past network day went to registry entries.
        assert!(
            registrations
                .iter()
                .any(|r| r.stand_status == "confirmed" && r.company_id.is_some())
        );
        // The full one takes the next in line.
        let full = events
            .iter()
            .filter(upcoming)
            .find(|e| e.waiting > 0)
            .unwrap();
        let next = register(db, full.id, &person(99), now)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            next.registered.position,
            Some(u32::try_from(full.waiting + 1).unwrap())
        );
    }
);

app::db_test!(no_one_jumps_the_line_and_no_one_registers_twice, |db| {
    let now = Utc::now();
    let id = event_with(db, 2, now).await;
    for n in 0..3 {
        register(db, id, &person(n), now).await.unwrap().unwrap();
    }
    // Staff add a seat: it is the waiting person's, not the next registrant's.
    let mut row: event::ActiveModel = event::Entity::find_by_id(id)
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .into();
    row.capacity = Set(3);
    row.update(db).await.unwrap();
    let next = register(db, id, &person(7), now).await.unwrap().unwrap();
    assert_eq!(
        (next.registered.status, next.registered.position),
        (RegistrationStatus::Waitlisted, Some(2))
    );
    // The same email again (any case) is refused; after cancelling it may register anew.
    let again = NewRegistration {
        email: "DELTAGER7@example.dk".into(),
        ..person(7)
    };
    assert_eq!(
        register(db, id, &again, now).await.unwrap(),
        Err(Refusal::AlreadyRegistered)
    );
    cancel(db, &next.cancel_token, now).await.unwrap();
    assert!(register(db, id, &again, now).await.unwrap().is_ok());
});

app::db_test!(
    registrations_are_in_the_export_the_erasure_and_the_retention,
    |db| {
        use app::seed::seed_demo_if_empty;
        seed_demo_if_empty(db).await.unwrap();
        let now = Utc::now();
        // The demo's workshop with seats left, in Frederikshavn.
        let workshop = event::Entity::find()
            .filter(event::Column::Kind.eq("workshop"))
            .one(db)
            .await
            .unwrap()
            .unwrap();
        let who = NewRegistration {
            needs: Some("Kørestol".into()),
            ..person(42)
        };
        register(db, workshop.id, &who, now).await.unwrap().unwrap();
        let contact = common::signed_in(db, "kontakt@frederikshavn.demo.dk").await;
        let email = "email=deltager42%40example.dk";
        let export = contact.post("/api/inbox/export_person", email).await.json();
        assert_eq!(
            export["event_registrations"][0]["needs"], "Kørestol",
            "{export}"
        );
        // Another municipality's contact finds nothing of it.
        let other = common::signed_in(db, "kontakt@hjoerring.demo.dk").await;
        let theirs = other.post("/api/inbox/export_person", email).await.json();
        assert_eq!(
            theirs["event_registrations"].as_array().map(Vec::len),
            Some(0)
        );
        let erased = contact
            .post("/api/inbox/erase_person", format!("{email}&confirm=yes"))
            .await;
        assert!(erased.status.is_success(), "{}", erased.body);
        let gone = event_registration::Entity::find()
            .filter(event_registration::Column::EventId.eq(workshop.id))
            .filter(event_registration::Column::Name.eq("—"))
            .one(db)
            .await
            .unwrap()
            .expect("anonymised");
        assert!(gone.needs.is_none() && gone.anonymised_at.is_some());

        // Retention: the past events' registrations go once they ended that long ago; the
        // upcoming ones stay.
        let context = common::config(&[]).job_context();
        // Run when 24 months have passed since a month ago: the past events ended before that,
        // the upcoming ones after.
        let later = now + Duration::days(700);
        let first = app::jobs::anonymise_events::run(db, later, &context)
            .await
            .unwrap();
        assert!(first > 0);
        let again = app::jobs::anonymise_events::run(db, later, &context)
            .await
            .unwrap();
        assert_eq!(again, 0, "once");
        let upcoming_left = event_registration::Entity::find()
            .filter(event_registration::Column::AnonymisedAt.is_null())
            .all(db)
            .await
            .unwrap();
        assert!(
            !upcoming_left.is_empty(),
            "events within the retention period keep theirs"
        );
    }
);
