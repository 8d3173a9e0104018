//! What the server does to a database at start, on both databases.
use app::db::testing::{Backend, TestDb};
use app::entities::{company, municipality};
use sea_orm::{EntityTrait, PaginatorTrait};
use server::database::prepare;

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
