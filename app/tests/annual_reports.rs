//! Annual reports on both databases: staff see the ones overdue and due soon, record one
//! as received, and the reminder goes once per company and report, however often and on
//! however many instances the job runs.
#![cfg(feature = "test-support")]
use app::db_test;
use app::domain::listing::Step;
use app::entities::{company, outbox_email};
use app::listing::api::StepInput;
use app::listing::queries::{queue, remind_annual_reports, review_view, take_step};
use app::seed::{
    DEMO_COMPANIES, DEMO_OVERDUE_REPORT, DEMO_REPORTS_DUE_SOON, demo_cvr, seed_demo_if_empty,
};
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

const SITE: &str = "http://127.0.0.1:3000";

async fn demo_company(db: &DatabaseConnection, index: usize) -> company::Model {
    company::Entity::find()
        .filter(company::Column::Cvr.eq(demo_cvr(index).to_string()))
        .one(db)
        .await
        .unwrap()
        .unwrap()
}

/// The text of the first email to `to`.
async fn first_email_to(db: &DatabaseConnection, to: &str) -> String {
    outbox_email::Entity::find()
        .filter(outbox_email::Column::ToAddress.eq(to))
        .one(db)
        .await
        .unwrap()
        .expect("an email")
        .body_text
}

async fn reminders_to(db: &DatabaseConnection, to: &str) -> usize {
    outbox_email::Entity::find()
        .filter(outbox_email::Column::ToAddress.eq(to))
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.subject.starts_with("Årsrapporten for"))
        .count()
}

db_test!(
    staff_see_reports_overdue_and_due_soon_and_record_one,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let anne = staff(db, "admin@demo.socialokonomi.dk").await;
        let reports = queue(db, &anne).await.unwrap().reports;
        let names: Vec<&str> = reports.iter().map(|r| r.company.name.as_str()).collect();
        // The overdue one first; the two made to fall due within 30 and 60 days among the rest
        // (others may fall due soon by their own year end, depending on today's date).
        assert_eq!(
            names[0], DEMO_COMPANIES[DEMO_OVERDUE_REPORT].name,
            "{reports:?}"
        );
        assert!(reports[0].report.overdue);
        for soon in DEMO_REPORTS_DUE_SOON {
            assert!(names.contains(&DEMO_COMPANIES[soon].name), "{names:?}");
        }
        let horizon = (Utc::now() + Duration::days(60)).date_naive().to_string();
        let dues: Vec<&str> = reports.iter().map(|r| r.report.due.as_str()).collect();
        assert!(
            dues.is_sorted() && dues.iter().all(|d| *d <= horizon.as_str()),
            "{dues:?}"
        );
        assert!(reports[1..].iter().all(|r| !r.report.overdue));
        // A contact sees her municipality's only.
        let karen = staff(db, "kontakt@frederikshavn.demo.dk").await;
        let hers = queue(db, &karen).await.unwrap().reports;
        assert!(
            hers.iter()
                .all(|r| r.company.municipality == "Frederikshavn Kommune")
        );
        assert!(hers.len() < reports.len());

        // Hans (Hjørring) records the overdue report: the next one is a year later.
        let hans = staff(db, "kontakt@hjoerring.demo.dk").await;
        let overdue = demo_company(db, DEMO_OVERDUE_REPORT).await;
        let before = review_view(db, &hans, overdue.id)
            .await
            .unwrap()
            .report
            .unwrap();
        assert!(before.overdue);
        let none = StepInput {
            reason: None,
            checked_in: None,
        };
        // Not Karen's to record.
        assert!(
            take_step(
                db,
                &karen,
                overdue.id,
                Step::ReportReceived,
                &none,
                SITE,
                Utc::now()
            )
            .await
            .is_err()
        );
        take_step(
            db,
            &hans,
            overdue.id,
            Step::ReportReceived,
            &none,
            SITE,
            Utc::now(),
        )
        .await
        .unwrap();
        let after = review_view(db, &hans, overdue.id).await.unwrap();
        let next = after.report.unwrap();
        assert!(next.due > before.due, "{before:?} → {next:?}");
        assert!(after.history.iter().any(|h| h.step == Step::ReportReceived));
    }
);

db_test!(the_reminder_goes_once_per_company_and_report, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let now = Utc::now();
    let soon = demo_company(db, DEMO_REPORTS_DUE_SOON[0]).await;
    let later = demo_company(db, DEMO_REPORTS_DUE_SOON[1]).await;
    let soon_to = soon.contact_email.clone().or(soon.email.clone()).unwrap();
    let later_to = later.contact_email.clone().or(later.email.clone()).unwrap();

    // Due in 20 days: reminded now; due in 45 days: not yet. Twice at once, as two
    // instances would: one email.
    let (a, b) = tokio::join!(
        remind_annual_reports(db, now, SITE),
        remind_annual_reports(db, now, SITE)
    );
    let first = a.unwrap() + b.unwrap();
    assert!(first >= 1, "{first}");
    assert_eq!(reminders_to(db, &soon_to).await, 1);
    assert_eq!(reminders_to(db, &later_to).await, 0);
    // The overdue one is the staff's to follow up: no reminder naming a date gone by.
    let overdue = demo_company(db, DEMO_OVERDUE_REPORT).await;
    let overdue_to = overdue
        .contact_email
        .clone()
        .or(overdue.email.clone())
        .unwrap();
    assert_eq!(reminders_to(db, &overdue_to).await, 0);
    let body = first_email_to(db, &soon_to).await;
    assert!(body.contains(&format!("{SITE}/assessment")), "{body}");
    let greeting = match (&soon.contact_name, &soon.contact_email) {
        (Some(name), Some(_)) => name.clone(),
        _ => soon.name.clone(),
    };
    assert!(body.starts_with(&format!("Hej {greeting}\n")), "{body}");
    // A listed company whose contact person was removed is greeted by its own name.
    let mut no_contact: company::ActiveModel = later.clone().into();
    no_contact.contact_name = Set(None);
    no_contact.contact_email = Set(None);
    no_contact.update(db).await.unwrap();
    // Again the same day: nothing; the next day: not this company again (others whose
    // reminder day it is may be reminded).
    assert_eq!(remind_annual_reports(db, now, SITE).await.unwrap(), 0);
    remind_annual_reports(db, now + Duration::days(1), SITE)
        .await
        .unwrap();
    assert_eq!(reminders_to(db, &soon_to).await, 1);
    // 30 days before the later one's due date it is reminded, once.
    let thirty_before = now + Duration::days(16);
    remind_annual_reports(db, thirty_before, SITE)
        .await
        .unwrap();
    remind_annual_reports(db, thirty_before, SITE)
        .await
        .unwrap();
    let later_to = later.email.clone().unwrap();
    assert_eq!(reminders_to(db, &later_to).await, 1);
    assert_eq!(reminders_to(db, &soon_to).await, 1);
    let body = first_email_to(db, &later_to).await;
    assert!(body.starts_with(&format!("Hej {}\n", later.name)), "{body}");
});

/// A demo member of staff, signed in.
async fn staff(db: &sea_orm::DatabaseConnection, email: &str) -> app::account::api::CurrentUser {
    app::account::signed_in_by_email(db, email)
        .await
        .expect("the staff table reads")
        .expect("an active member of staff with this email")
}
