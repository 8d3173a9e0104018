//! What the server does to a database at start, on both databases.
use app::db::testing::{Backend, TestDb};
use app::db_test;
use app::entities::{company, municipality, staff_user};
use app::seed::DEMO_COMPANY_ROWS;
use app::seed::{DEMO_STAFF, seed_demo_if_empty};
use app::settings::SiteUrl;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use server::database::{prepare, refuse_demo_accounts};

/// How many municipalities and companies the database holds.
async fn demo_counts(db: &sea_orm::DatabaseConnection) -> (u64, u64) {
    (
        municipality::Entity::find().count(db).await.unwrap(),
        company::Entity::find().count(db).await.unwrap(),
    )
}

async fn start_twice(backend: Backend, seed_demo: bool) -> (u64, u64) {
    let test_db = TestDb::unmigrated(backend).await;
    prepare(&test_db.db, seed_demo).await.expect("first start");
    // A restart finds everything in place and changes nothing.
    prepare(&test_db.db, seed_demo).await.expect("second start");
    let counts = demo_counts(&test_db.db).await;
    test_db.close().await;
    counts
}

#[tokio::test]
async fn first_start_migrates_and_seeds_demo_data_once_on_sqlite() {
    assert_eq!(
        start_twice(Backend::Sqlite, true).await,
        (4, DEMO_COMPANY_ROWS as u64)
    );
}

#[tokio::test]
async fn first_start_migrates_and_seeds_demo_data_once_on_postgres() {
    assert_eq!(
        start_twice(Backend::Postgres, true).await,
        (4, DEMO_COMPANY_ROWS as u64)
    );
}

/// Two instances started together on an empty PostgreSQL database (each with its own
/// pool): one migrates and seeds, the other waits its turn and finds it done.
#[tokio::test]
async fn two_instances_starting_together_take_turns_on_postgres() {
    let test_db = TestDb::unmigrated(Backend::Postgres).await;
    let other = test_db.another_pool().await;
    let (first, second) = tokio::join!(prepare(&test_db.db, true), prepare(&other, true));
    first.expect("the first instance starts");
    second.expect("the second instance starts");
    assert_eq!(
        demo_counts(&test_db.db).await,
        (4, DEMO_COMPANY_ROWS as u64)
    );
    let _ = other.close().await;
    test_db.close().await;
}

#[tokio::test]
async fn seed_demo_false_leaves_the_database_empty_on_sqlite() {
    assert_eq!(start_twice(Backend::Sqlite, false).await, (0, 0));
}

#[tokio::test]
async fn seed_demo_false_leaves_the_database_empty_on_postgres() {
    assert_eq!(start_twice(Backend::Postgres, false).await, (0, 0));
}

db_test!(demo_accounts_are_refused_over_https, |db| {
    let https = SiteUrl::new("https://socialokonomi.example.dk");
    let http = SiteUrl::new("http://127.0.0.1:3000");
    assert_eq!(refuse_demo_accounts(db, &https).await, Ok(()), "empty");
    seed_demo_if_empty(db).await.unwrap();
    assert_eq!(
        refuse_demo_accounts(db, &http).await,
        Ok(()),
        "a developer's machine"
    );
    let err = refuse_demo_accounts(db, &https).await.unwrap_err();
    assert!(err.contains("admin@demo.socialokonomi.dk"), "{err}");
    assert!(err.contains("create-admin"), "says what to do: {err}");
    // Every demo account counts, even one left alone when the others are gone.
    let (last, ..) = DEMO_STAFF[DEMO_STAFF.len() - 1];
    for user in staff_user::Entity::find()
        .filter(staff_user::Column::Email.ne(last))
        .all(db)
        .await
        .unwrap()
    {
        let mut renamed: staff_user::ActiveModel = user.clone().into();
        renamed.email = Set(format!("real.{}", user.email));
        renamed.update(db).await.unwrap();
    }
    let err = refuse_demo_accounts(db, &https).await.unwrap_err();
    assert!(err.contains(last) && !err.contains("admin@demo"), "{err}");
});

/// A backup of a SQLite file taken while it is in use, restored (opened as the database),
/// holds every row.
#[tokio::test]
async fn a_sqlite_backup_restores_every_row() {
    use app::entities::{enquiry, outbox_email};
    let dir = std::env::temp_dir().join(format!("socialokonomi-backup-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = |file: &str| format!("sqlite://{}?mode=rwc", dir.join(file).display());
    let live = server::database::connect(&url("live.db"), 2).await.unwrap();
    prepare(&live, true).await.unwrap();
    let counts = async |db: &sea_orm::DatabaseConnection| {
        (
            municipality::Entity::find().count(db).await.unwrap(),
            company::Entity::find().count(db).await.unwrap(),
            staff_user::Entity::find().count(db).await.unwrap(),
            enquiry::Entity::find().count(db).await.unwrap(),
            outbox_email::Entity::find().count(db).await.unwrap(),
        )
    };
    let message = app::email::Message {
        municipality_id: None,
        to: "mette@example.dk".into(),
        subject: "Kvittering".into(),
        body: "Hej".into(),
    };
    app::email::enqueue(&live, message, chrono::Utc::now())
        .await
        .unwrap();
    let before = counts(&live).await;
    assert_eq!(
        (before.0, before.1, before.4),
        (4, DEMO_COMPANY_ROWS as u64, 1)
    );
    server::database::backup(&live, &dir.join("copy.db"))
        .await
        .unwrap();
    let refused = server::database::backup(&live, &dir.join("copy.db")).await;
    assert!(refused.unwrap_err().contains("exists"), "never overwrites");
    live.close().await.unwrap();
    let restored = server::database::connect(&url("copy.db"), 2).await.unwrap();
    prepare(&restored, false)
        .await
        .expect("nothing left to migrate");
    assert_eq!(counts(&restored).await, before);
    restored.close().await.unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
}
