//! The background jobs, each run at a chosen moment (`now`) on both databases: what it does
//! just before and just after its cutoff. The scheduler runs the same functions on the clock.
mod common;

use app::db_test;
use app::entities::{assessment_draft, enquiry, outbox_email, staff_session, staff_user};
use app::jobs::{self, JobContext};
use app::seed::seed_demo_if_empty;
use chrono::{DateTime, Duration, Months, SubsecRound, Utc};
use common::{TestApp, config, scratch_dir};
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, PaginatorTrait, Set};

/// Whole milliseconds: PostgreSQL keeps microseconds, not nanoseconds.
fn moment() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(3)
}

#[test]
fn every_job_has_a_name_and_its_schedule() {
    let schedule: Vec<(&str, u64)> = jobs::ALL
        .iter()
        .map(|job| (job.name, job.every.as_secs()))
        .collect();
    let day = 24 * 60 * 60;
    assert_eq!(
        schedule,
        [
            ("send_email", 5),
            ("forget_drafts", day),
            ("expire_sessions", day),
            ("anonymise_enquiries", day),
            ("anonymise_mentoring", day),
            ("anonymise_events", day),
            ("forget_sent_email", day),
            ("forget_form_retries", 60 * 60),
            ("remind_annual_reports", day),
            ("remind_quiet_mentorships", day),
        ]
    );
}

db_test!(send_email_sends_what_is_due_at_now, |db| {
    let dir = scratch_dir("send");
    let context = config(&[("OUTBOX_DIR", dir.to_str().unwrap())]).job_context();
    let queued = moment();
    let message = app::email::Message {
        municipality_id: None,
        to: "mette@example.dk".into(),
        subject: "Kvittering".into(),
        body: "Hej".into(),
    };
    let id = app::email::enqueue(db, message, queued).await.unwrap();
    let run = |now| jobs::send_email::run(db, now, &context);

    assert_eq!(run(queued - Duration::seconds(1)).await.unwrap(), 0);
    assert!(!dir.exists(), "nothing is due before it was queued");
    assert_eq!(run(queued).await.unwrap(), 1);
    let row = outbox_email::Entity::find_by_id(id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((row.status.as_str(), row.sent_at), ("sent", Some(queued)));
    assert_eq!(row.body_text, "", "the text is the recipient's once sent");
    let eml = std::fs::read_to_string(dir.join(format!("{id:06}.eml"))).unwrap();
    assert!(eml.contains("Hej"), "{eml}");
    assert_eq!(run(queued).await.unwrap(), 0, "sent once");
    std::fs::remove_dir_all(&dir).unwrap();
});

db_test!(forget_drafts_deletes_drafts_untouched_for_90_days, |db| {
    let context = config(&[]).job_context();
    app::assessment::queries::create_draft(db).await.unwrap();
    let draft = assessment_draft::Entity::find()
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let run = |now| jobs::forget_drafts::run(db, now, &context);
    let retention = Duration::days(jobs::forget_drafts::DRAFT_RETENTION_DAYS);

    assert_eq!(run(draft.updated_at + retention).await.unwrap(), 0);
    let later = draft.updated_at + retention + Duration::seconds(1);
    assert_eq!(run(later).await.unwrap(), 1);
    assert_eq!(assessment_draft::Entity::find().count(db).await.unwrap(), 0);
});

db_test!(expire_sessions_deletes_sessions_past_their_expiry, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let context = config(&[]).job_context();
    let user = staff_user::Entity::find().one(db).await.unwrap().unwrap();
    let started = moment();
    app::account::session::create(db, user.id, started)
        .await
        .unwrap();
    let expires = started + Duration::hours(app::account::api::SESSION_HOURS);
    let run = |now| jobs::expire_sessions::run(db, now, &context);

    assert_eq!(run(expires - Duration::seconds(1)).await.unwrap(), 0);
    assert_eq!(staff_session::Entity::find().count(db).await.unwrap(), 1);
    assert_eq!(run(expires).await.unwrap(), 1);
    assert_eq!(staff_session::Entity::find().count(db).await.unwrap(), 0);
});

/// An enquiry, sent as the public form sends it, then closed at `closed_at`.
async fn closed_enquiry(db: &DatabaseConnection, closed_at: DateTime<Utc>) -> i32 {
    seed_demo_if_empty(db).await.unwrap();
    common::send_enquiry(&TestApp::new(db)).await;
    let row = enquiry::Entity::find().one(db).await.unwrap().unwrap();
    let mut closed: enquiry::ActiveModel = row.into();
    closed.status = Set("closed".into());
    closed.closed_at = Set(Some(closed_at));
    closed.update(db).await.unwrap().id
}

async fn anonymised(db: &DatabaseConnection, id: i32) -> bool {
    let row = enquiry::Entity::find_by_id(id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    row.anonymised_at.is_some()
}

/// Runs the job just before and just after `closed_at` + `months`; true when the enquiry
/// was left alone before and anonymised after.
async fn anonymised_after(
    db: &DatabaseConnection,
    context: &JobContext,
    closed_at: DateTime<Utc>,
    months: u32,
    id: i32,
) -> bool {
    let cutoff_passes = closed_at + Months::new(months);
    let run = |now| jobs::anonymise_enquiries::run(db, now, context);
    assert_eq!(run(cutoff_passes).await.unwrap(), 0);
    let left_alone = !anonymised(db, id).await;
    assert_eq!(run(cutoff_passes + Duration::seconds(1)).await.unwrap(), 1);
    left_alone && anonymised(db, id).await
}

/// A fixed day: month arithmetic at the end of a month clamps (31 March − 1 month is
/// 28 February), which would make the cutoffs below depend on the day the tests run.
fn closing_day() -> DateTime<Utc> {
    "2024-03-15T10:00:00Z".parse().unwrap()
}

db_test!(anonymise_enquiries_waits_24_months_after_closing, |db| {
    let closed_at = closing_day();
    let id = closed_enquiry(db, closed_at).await;
    let context = config(&[]).job_context();
    assert!(anonymised_after(db, &context, closed_at, 24, id).await);
});

db_test!(retention_months_sets_the_anonymise_cutoff, |db| {
    let closed_at = closing_day();
    let id = closed_enquiry(db, closed_at).await;
    let context = config(&[("RETENTION_MONTHS", "3")]).job_context();
    assert!(anonymised_after(db, &context, closed_at, 3, id).await);
});

db_test!(
    a_run_is_claimed_by_one_instance_and_a_restart_does_not_repeat_it,
    |db| {
        let day = &jobs::ALL[1];
        assert_eq!(day.name, "forget_drafts");
        let now = moment();
        assert!(jobs::claim(db, day, now).await.unwrap(), "the first run");
        // A second instance looking at the same moment, or this one restarted an hour later.
        assert!(!jobs::claim(db, day, now).await.unwrap());
        assert!(
            !jobs::claim(db, day, now + Duration::hours(1))
                .await
                .unwrap()
        );
        // Due again a day on, for whichever instance looks first.
        let tomorrow = now + Duration::days(1);
        assert!(jobs::claim(db, day, tomorrow).await.unwrap());
        assert!(!jobs::claim(db, day, tomorrow).await.unwrap());
        // Each job has its own schedule.
        assert!(jobs::claim(db, &jobs::ALL[0], now).await.unwrap());
    }
);

db_test!(
    of_instances_claiming_a_run_at_once_exactly_one_gets_it,
    |db| {
        let now = moment();
        let job = &jobs::ALL[3];
        let (a, b, c) = tokio::join!(
            jobs::claim(db, job, now),
            jobs::claim(db, job, now),
            jobs::claim(db, job, now)
        );
        let won = [a.unwrap(), b.unwrap(), c.unwrap()];
        assert_eq!(won.iter().filter(|w| **w).count(), 1, "{won:?}");
    }
);

db_test!(
    an_enquiry_never_closed_is_anonymised_after_the_months_untouched,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        common::send_enquiry(&TestApp::new(db)).await;
        let row = enquiry::Entity::find().one(db).await.unwrap().unwrap();
        let untouched_since = closing_day();
        let id = row.id;
        let mut active: enquiry::ActiveModel = row.into();
        active.updated_at = Set(untouched_since);
        active.update(db).await.unwrap();
        let context = config(&[]).job_context();
        let run = |now| jobs::anonymise_enquiries::run(db, now, &context);
        let cutoff_passes = untouched_since + Months::new(24);
        assert_eq!(run(cutoff_passes).await.unwrap(), 0);
        assert!(!anonymised(db, id).await);
        assert_eq!(run(cutoff_passes + Duration::seconds(1)).await.unwrap(), 1);
        assert!(anonymised(db, id).await);
        assert_eq!(
            run(cutoff_passes + Duration::seconds(2)).await.unwrap(),
            0,
            "once"
        );
    }
);

db_test!(
    forget_sent_email_keeps_the_record_for_the_retention_months,
    |db| {
        let dir = scratch_dir("forget-sent");
        let context = config(&[
            ("OUTBOX_DIR", dir.to_str().unwrap()),
            ("RETENTION_MONTHS", "3"),
        ])
        .job_context();
        let written = closing_day();
        for to in ["sent@example.dk", "waiting@example.dk"] {
            let message = app::email::Message {
                municipality_id: None,
                to: to.into(),
                subject: "Kvittering".into(),
                body: "Hej".into(),
            };
            app::email::enqueue(db, message, written).await.unwrap();
        }
        // One is sent; the other waits (its next attempt far off).
        let waiting = outbox_email::Entity::find()
            .all(db)
            .await
            .unwrap()
            .pop()
            .unwrap();
        let mut later: outbox_email::ActiveModel = waiting.into();
        later.next_attempt_at = Set(written + Months::new(12));
        later.update(db).await.unwrap();
        assert_eq!(
            jobs::send_email::run(db, written, &context).await.unwrap(),
            1
        );
        let run = |now| jobs::forget_sent_email::run(db, now, &context);
        let cutoff_passes = written + Months::new(3);
        assert_eq!(run(cutoff_passes).await.unwrap(), 0);
        assert_eq!(run(cutoff_passes + Duration::seconds(1)).await.unwrap(), 1);
        let left = outbox_email::Entity::find().all(db).await.unwrap();
        assert_eq!(left.len(), 1);
        assert_eq!(
            left[0].to_address, "waiting@example.dk",
            "pending mail stays"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
);

db_test!(forget_form_retries_deletes_what_is_past_its_hour, |db| {
    let kept_at = moment();
    let values = serde_json::json!({ "email": "mette@example.dk" });
    app::form::retry::keep(db, "enquiry", &values, kept_at)
        .await
        .unwrap();
    let context = config(&[]).job_context();
    let run = |now| jobs::forget_form_retries::run(db, now, &context);
    assert_eq!(run(kept_at + Duration::minutes(60)).await.unwrap(), 0);
    assert_eq!(run(kept_at + Duration::minutes(61)).await.unwrap(), 1);
});
