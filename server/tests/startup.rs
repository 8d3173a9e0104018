//! What the server does to a database at start, on both databases.
use app::db::testing::{Backend, TestDb};
use app::db_test;
use app::entities::{company, municipality, staff_user};
use app::seed::{DEMO_STAFF, seed_demo_if_empty};
use app::settings::SiteUrl;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use server::database::{prepare, refuse_demo_accounts};

async fn start_twice(backend: Backend, seed_demo: bool) -> (u64, u64) {
    let test_db = TestDb::unmigrated(backend).await;
    prepare(&test_db.db, seed_demo).await.expect("first start");
    // A restart finds everything in place and changes nothing.
    prepare(&test_db.db, seed_demo).await.expect("second start");
    let counts = (
        municipality::Entity::find()
            .count(&test_db.db)
            .await
            .unwrap(),
        company::Entity::find().count(&test_db.db).await.unwrap(),
    );
    test_db.close().await;
    counts
}

#[tokio::test]
async fn first_start_migrates_and_seeds_demo_data_once_on_sqlite() {
    assert_eq!(start_twice(Backend::Sqlite, true).await, (4, 36));
}

#[tokio::test]
async fn first_start_migrates_and_seeds_demo_data_once_on_postgres() {
    assert_eq!(start_twice(Backend::Postgres, true).await, (4, 36));
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
