//! Email that never silently disappears: failed sends are retried with backoff, end as
//! failed, and admins see every row with its last error. Both databases.
mod common;

use app::db_test;
use app::email::{BACKOFF_MINUTES, Message, Transport, enqueue, send_pending};
use app::entities::outbox_email;
use app::seed::{DEMO_STAFF_PASSWORD, seed_demo_if_empty};
use axum::body::Body;
use http::{Request, header};
use sea_orm::EntityTrait;
use tower::ServiceExt;

db_test!(
    failed_sends_are_retried_then_marked_failed_and_shown_to_admins,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        // Whole milliseconds: PostgreSQL keeps microseconds, not nanoseconds.
        let start = chrono::SubsecRound::trunc_subsecs(chrono::Utc::now(), 3);
        let id = enqueue(
            db,
            Message {
                municipality_id: None,
                to: "someone@example.dk".into(),
                subject: "Prøve".into(),
                body: "Hej".into(),
            },
            start,
        )
        .await
        .unwrap();
        // A folder that cannot be created: every attempt fails.
        let blocker =
            std::env::temp_dir().join(format!("outbox-blocker-{}-{id}", std::process::id()));
        std::fs::write(&blocker, "a file, not a folder").unwrap();
        let broken = Transport::Folder {
            dir: blocker.join("sub"),
            from: "noreply@test".into(),
        };
        let mut now = start;
        for (attempt, wait) in BACKOFF_MINUTES.iter().enumerate() {
            assert_eq!(send_pending(db, &broken, now, 10).await.unwrap(), 0);
            let row = outbox_email::Entity::find_by_id(id)
                .one(db)
                .await
                .unwrap()
                .unwrap();
            assert_eq!(row.attempts as usize, attempt + 1);
            assert_eq!(row.status, "pending");
            assert_eq!(row.next_attempt_at, now + chrono::Duration::minutes(*wait));
            // Not retried before its time.
            assert_eq!(send_pending(db, &broken, now, 10).await.unwrap(), 0);
            let same = outbox_email::Entity::find_by_id(id)
                .one(db)
                .await
                .unwrap()
                .unwrap();
            assert_eq!(same.attempts, row.attempts);
            now = row.next_attempt_at;
        }
        send_pending(db, &broken, now, 10).await.unwrap();
        let row = outbox_email::Entity::find_by_id(id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.status, "failed");
        assert!(row.last_error.is_some());
        let _ = std::fs::remove_file(&blocker);

        // Admins see it, failure and error included.
        let sign_in = Request::post("/api/staff/sign_in")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!(
                "email=admin%40demo.socialokonomi.dk&password={DEMO_STAFF_PASSWORD}"
            )))
            .unwrap();
        let response = common::test_app(db, false).oneshot(sign_in).await.unwrap();
        let cookie = response.headers()[header::SET_COOKIE]
            .to_str()
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_owned();
        let page = Request::get("/staff/outbox")
            .header(header::COOKIE, cookie)
            .body(Body::empty())
            .unwrap();
        let response = common::test_app(db, false).oneshot(page).await.unwrap();
        let bytes = axum::body::to_bytes(response.into_body(), 4 << 20)
            .await
            .unwrap();
        let body = String::from_utf8_lossy(&bytes);
        assert!(body.contains("someone@example.dk"));
        assert!(body.contains("Fejlet"));
    }
);
