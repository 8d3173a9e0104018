//! The core tables and the demo seed on both databases.
#![cfg(feature = "test-support")]
use app::db_test;
use app::entities::{company, municipality, staff_user};
use app::seed::{DEMO_MUNICIPALITIES, seed_demo_if_empty};
use chrono::Utc;
use sea_orm::{ActiveModelTrait, EntityTrait, PaginatorTrait, Set};

db_test!(seeding_fills_an_empty_database_once, |db| {
    assert!(seed_demo_if_empty(db).await.unwrap());
    assert!(
        !seed_demo_if_empty(db).await.unwrap(),
        "second start leaves data alone"
    );
    assert_eq!(
        municipality::Entity::find().count(db).await.unwrap(),
        DEMO_MUNICIPALITIES.len() as u64
    );
    assert_eq!(
        company::Entity::find().count(db).await.unwrap(),
        app::seed::DEMO_COMPANY_ROWS as u64
    );
});

fn staff(municipality_id: i32, email: &str, role: &str) -> staff_user::ActiveModel {
    staff_user::ActiveModel {
        municipality_id: Set(municipality_id),
        email: Set(email.into()),
        display_name: Set("Mette Kontakt".into()),
        role: Set(role.into()),
        password_hash: Set(None),
        active: Set(true),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
}

db_test!(staff_users_belong_to_a_municipality, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let frederikshavn = municipality::Entity::find()
        .all(db)
        .await
        .unwrap()
        .remove(0);
    let email = "kontakt@frederikshavn.example.dk";
    let user = staff(frederikshavn.id, email, "contact")
        .insert(db)
        .await
        .unwrap();
    assert_eq!(user.municipality_id, frederikshavn.id);

    // The same email twice is refused: an email is one person's login.
    assert!(
        staff(frederikshavn.id, email, "colleague")
            .insert(db)
            .await
            .is_err()
    );

    // A user of a municipality that does not exist is refused by the foreign key.
    assert!(
        staff(9_999, "orphan@example.dk", "colleague")
            .insert(db)
            .await
            .is_err()
    );
});
