//! A listing's life through the repository, on both databases: apply, confirm by the
//! emailed link, a change request answered through the private link, approval with the
//! RSV check, deregistration and a new application; who may take which step.
#![cfg(feature = "test-support")]
use app::account::api::CurrentUser;
use app::db_test;
use app::domain::company::{LegalForm, Purpose};
use app::domain::cvr::Cvr;
use app::domain::listing::{ListingStatus, RsvStatus, Step, TargetGroup, YearEnd};
use app::entities::{company, outbox_email};
use app::error::AppError;
use app::i18n::{Lang, Msg};
use app::listing::api::{StepInput, ValidListing};
use app::listing::queries::{
    answer, apply, confirm, history, queue, review_queue, review_view, take_step,
};
use app::registry::queries::get_company;
use app::seed::seed_demo_if_empty;
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

const SITE: &str = "http://127.0.0.1:3000";
const CVR: &str = "13748136";

fn application() -> ValidListing {
    ValidListing {
        municipality: "frederikshavn".into(),
        cvr: Cvr::parse(CVR).unwrap(),
        name: "Havnens Værksted".into(),
        legal_form: LegalForm::Aps,
        purpose: Purpose::Employment,
        description_da: "Reparerer både og ansætter folk i fleksjob.".into(),
        description_en: None,
        products: "Bådreparation og vinteropbevaring".into(),
        street: "Havnen 3".into(),
        postcode: "9900".into(),
        city: "Frederikshavn".into(),
        website: None,
        email: None,
        phone: None,
        founded_year: Some(2020),
        employees: Some(10),
        target_groups: vec![TargetGroup::FlexJob],
        target_group_employees: Some(3),
        year_end: YearEnd::new(12, 31),
        rsv_status: RsvStatus::Registered,
        contact_name: Some("Mette Madsen".into()),
        contact_email: Some("mette@example.dk".into()),
    }
}

async fn contact(db: &DatabaseConnection) -> CurrentUser {
    staff(db, "kontakt@frederikshavn.demo.dk").await
}

/// The token in the newest email to `to` that links to `path`.
async fn link_token(db: &DatabaseConnection, to: &str, path: &str) -> String {
    let emails = outbox_email::Entity::find()
        .filter(outbox_email::Column::ToAddress.eq(to))
        .order_by_desc(outbox_email::Column::Id)
        .all(db)
        .await
        .unwrap();
    emails
        .iter()
        .find_map(|e| {
            let at = e.body_text.find(path)? + path.len();
            Some(e.body_text[at..at + 43].to_owned())
        })
        .unwrap_or_else(|| panic!("no email to {to} links to {path}"))
}

async fn listing(db: &DatabaseConnection) -> company::Model {
    company::Entity::find()
        .filter(company::Column::Cvr.eq(CVR))
        .one(db)
        .await
        .unwrap()
        .unwrap()
}

fn field_error(err: AppError) -> (String, Msg) {
    match err {
        AppError::Invalid(errors) => (errors[0].field.clone(), errors[0].message),
        other => panic!("expected a field error, got {other:?}"),
    }
}

/// Applied and confirmed: the application waits in the contact's queue.
async fn submitted(db: &DatabaseConnection, now: DateTime<Utc>) -> (i32, String) {
    let applied = apply(db, &application(), None, SITE, Lang::Da, now)
        .await
        .unwrap();
    let token = link_token(db, "mette@example.dk", "/registry/apply/confirm/").await;
    let private = confirm(db, &token, SITE, Lang::Da, now).await.unwrap();
    (applied.company_id, private)
}

db_test!(an_application_goes_from_the_form_to_the_registry, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let now = Utc::now();
    apply(db, &application(), None, SITE, Lang::Da, now)
        .await
        .unwrap();
    let row = listing(db).await;
    assert_eq!(row.status, "awaiting_confirmation");
    assert_eq!(
        get_company(db, CVR).await.unwrap_err(),
        AppError::NotFound,
        "not public"
    );
    let karen = contact(db).await;
    let queued = async |karen: &CurrentUser| {
        let queue = review_queue(db, karen).await.unwrap();
        queue.into_iter().find(|c| c.cvr == CVR)
    };
    assert!(
        queued(&karen).await.is_none(),
        "unconfirmed: not yet the municipality's"
    );

    let token = link_token(db, "mette@example.dk", "/registry/apply/confirm/").await;
    let private = confirm(db, &token, SITE, Lang::Da, now).await.unwrap();
    assert_eq!(
        confirm(db, &token, SITE, Lang::Da, now).await.unwrap_err(),
        AppError::NotFound,
        "the link works once"
    );
    assert_eq!(
        link_token(db, "mette@example.dk", "/registry/application/").await,
        private,
        "the private link is emailed"
    );
    let notified = outbox_email::Entity::find()
        .filter(outbox_email::Column::ToAddress.eq(karen.email.as_str()))
        .all(db)
        .await
        .unwrap();
    assert!(
        notified
            .iter()
            .any(|e| e.subject.contains("Havnens Værksted"))
    );
    let id = queued(&karen)
        .await
        .expect("in the queue once confirmed")
        .id;

    // The contact asks for a change; the applicant answers through the new private link.
    let ask = StepInput {
        reason: Some("Beskriv jeres målgrupper.".into()),
        checked_in: None,
    };
    take_step(db, &karen, id, Step::RequestChanges, &ask, SITE, now)
        .await
        .unwrap();
    let renewed = link_token(db, "mette@example.dk", "/registry/application/").await;
    assert_ne!(renewed, private, "a new private link");
    let corrected = ValidListing {
        name: "Havnens Bådværksted".into(),
        ..application()
    };
    assert_eq!(
        answer(db, &private, &corrected, now).await.unwrap_err(),
        AppError::NotFound,
        "the old link no longer works"
    );
    answer(db, &renewed, &corrected, now).await.unwrap();
    assert_eq!(listing(db).await.status, "submitted");

    // Approved with the RSV check: public, under its new name, searchable by it.
    let approve = StepInput {
        reason: None,
        checked_in: Some("cvr".into()),
    };
    take_step(db, &karen, id, Step::Approve, &approve, SITE, now)
        .await
        .unwrap();
    let row = listing(db).await;
    assert_eq!(row.status, "published");
    assert_eq!(row.rsv_checked_by, Some(karen.id));
    assert!(row.listed_at.is_some());
    let public = get_company(db, CVR).await.unwrap();
    assert_eq!(public.name, "Havnens Bådværksted");
    assert_eq!(public.check.unwrap().source.as_deref(), Some("cvr"));
    assert!(row.search_text.contains("baadvaerksted"));

    let steps: Vec<_> = history(db, id, true)
        .await
        .unwrap()
        .into_iter()
        .map(|h| (h.step, h.to, h.by_staff))
        .collect();
    let by_karen = Some(karen.display_name.clone());
    assert_eq!(
        steps,
        [
            (Step::Apply, ListingStatus::AwaitingConfirmation, None),
            (Step::Confirm, ListingStatus::Submitted, None),
            (
                Step::RequestChanges,
                ListingStatus::ChangesRequested,
                by_karen.clone()
            ),
            (Step::Answer, ListingStatus::Submitted, None),
            (Step::Approve, ListingStatus::Published, by_karen),
        ]
    );
    let public_steps: Vec<_> = public.history.iter().map(|e| e.step).collect();
    assert_eq!(public_steps, [Step::Approve]);
});

db_test!(only_the_municipality_s_contacts_and_admins_review, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let now = Utc::now();
    let (id, _) = submitted(db, now).await;
    let ask = StepInput {
        reason: Some("Mangler adresse".into()),
        checked_in: None,
    };
    for outsider in [
        "jobcenter@frederikshavn.demo.dk",
        "kontakt@hjoerring.demo.dk",
    ] {
        let user = staff(db, outsider).await;
        let refused = take_step(db, &user, id, Step::RequestChanges, &ask, SITE, now).await;
        assert_eq!(refused.unwrap_err(), AppError::NotFound, "{outsider}");
    }
    let hans = staff(db, "kontakt@hjoerring.demo.dk").await;
    assert!(review_queue(db, &hans).await.unwrap().is_empty());
    let colleague = staff(db, "jobcenter@frederikshavn.demo.dk").await;
    assert_eq!(
        review_queue(db, &colleague).await.unwrap_err(),
        AppError::Forbidden
    );
    assert_eq!(listing(db).await.status, "submitted", "nothing changed");
    let anne = staff(db, "admin@demo.socialokonomi.dk").await;
    take_step(db, &anne, id, Step::RequestChanges, &ask, SITE, now)
        .await
        .unwrap();
});

db_test!(an_application_in_progress_keeps_its_contact_person, |db| {
    use app::listing::queries::edit;
    seed_demo_if_empty(db).await.unwrap();
    let now = Utc::now();
    let (id, _) = submitted(db, now).await;
    let karen = contact(db).await;
    let without = ValidListing {
        contact_name: None,
        contact_email: None,
        email: Some("post@havnensvaerksted.dk".into()),
        ..application()
    };
    let version = review_view(db, &karen, id).await.unwrap().version;
    let err = edit(db, &karen, id, version, &without, now)
        .await
        .unwrap_err();
    assert_eq!(
        field_error(err),
        ("contact_name".into(), Msg::ErrorContactNeeded)
    );
    // Listed, the contact person may go; the municipality's messages then go to the
    // company's own address.
    take_step(
        db,
        &karen,
        id,
        Step::Approve,
        &StepInput::default(),
        SITE,
        now,
    )
    .await
    .unwrap();
    let version = review_view(db, &karen, id).await.unwrap().version;
    assert_eq!(
        edit(db, &karen, id, version, &without, now).await.unwrap(),
        3
    );
    let row = listing(db).await;
    assert_eq!((row.contact_name, row.contact_email), (None, None));
    let reason = StepInput {
        reason: Some("Lukket.".into()),
        checked_in: None,
    };
    take_step(db, &karen, id, Step::Deregister, &reason, SITE, now)
        .await
        .unwrap();
    let told = outbox_email::Entity::find()
        .filter(outbox_email::Column::ToAddress.eq("post@havnensvaerksted.dk"))
        .all(db)
        .await
        .unwrap();
    assert_eq!(told.len(), 1, "the deregistration is told to the company");
});

db_test!(a_step_must_be_open_and_give_its_reason, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let now = Utc::now();
    let (id, _) = submitted(db, now).await;
    let karen = contact(db).await;
    let none = StepInput::default();
    let err = take_step(db, &karen, id, Step::Reject, &none, SITE, now).await;
    assert_eq!(
        field_error(err.unwrap_err()),
        ("reason".into(), Msg::ErrorRequired)
    );
    let err = take_step(db, &karen, id, Step::Unpublish, &none, SITE, now).await;
    assert_eq!(
        field_error(err.unwrap_err()),
        ("step".into(), Msg::ErrorStepNotAllowed)
    );
    take_step(db, &karen, id, Step::Approve, &none, SITE, now)
        .await
        .unwrap();
    assert_eq!(listing(db).await.rsv_checked_at, None, "approved unchecked");
    let err = take_step(db, &karen, id, Step::Approve, &none, SITE, now).await;
    assert_eq!(
        field_error(err.unwrap_err()),
        ("step".into(), Msg::ErrorStepNotAllowed),
        "a second approval (another tab) is refused"
    );
    let err = take_step(db, &karen, id, Step::Reverify, &none, SITE, now).await;
    assert_eq!(
        field_error(err.unwrap_err()),
        ("checked_in".into(), Msg::ErrorRequired)
    );
});

db_test!(
    a_cvr_is_listed_once_and_may_apply_again_after_it_left,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let now = Utc::now();
        let (id, _) = submitted(db, now).await;
        let again = apply(db, &application(), None, SITE, Lang::Da, now).await;
        assert_eq!(
            field_error(again.unwrap_err()),
            ("cvr".into(), Msg::ErrorListingOpen)
        );
        let karen = contact(db).await;
        take_step(
            db,
            &karen,
            id,
            Step::Approve,
            &StepInput::default(),
            SITE,
            now,
        )
        .await
        .unwrap();
        let again = apply(db, &application(), None, SITE, Lang::Da, now).await;
        assert_eq!(
            field_error(again.unwrap_err()),
            ("cvr".into(), Msg::ErrorAlreadyListed)
        );
        let gone = StepInput {
            reason: Some("Opfylder ikke længere kriterierne.".into()),
            checked_in: None,
        };
        take_step(db, &karen, id, Step::Deregister, &gone, SITE, now)
            .await
            .unwrap();
        assert_eq!(get_company(db, CVR).await.unwrap_err(), AppError::NotFound);
        let told = outbox_email::Entity::find()
            .filter(outbox_email::Column::ToAddress.eq("mette@example.dk"))
            .order_by_desc(outbox_email::Column::Id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert!(
            told.body_text
                .contains("Opfylder ikke længere kriterierne.")
        );

        apply(db, &application(), None, SITE, Lang::Da, now)
            .await
            .unwrap();
        let row = listing(db).await;
        assert_eq!((row.id, row.status.as_str()), (id, "awaiting_confirmation"));
        let last = history(db, id, false).await.unwrap().pop().unwrap();
        assert_eq!(last.step, Step::Reapply);
    }
);

db_test!(stale_checks_are_listed_until_checked_again, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let karen = contact(db).await;
    let stale = queue(db, &karen).await.unwrap().stale_checks;
    assert!(
        !stale.is_empty(),
        "the demo has companies never or long ago checked"
    );
    let year_ago = (Utc::now() - chrono::Duration::days(365))
        .date_naive()
        .to_string();
    for item in &stale {
        assert_eq!(item.municipality, "Frederikshavn Kommune", "only her own");
        assert!(item.waiting_since < year_ago, "{item:?}");
        let row = company::Entity::find_by_id(item.id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.status, "published");
    }
    let dates: Vec<&str> = stale.iter().map(|i| i.waiting_since.as_str()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "never checked first, then the oldest");

    let first = stale[0].id;
    let check = StepInput {
        reason: None,
        checked_in: Some("cvr".into()),
    };
    take_step(db, &karen, first, Step::Reverify, &check, SITE, Utc::now())
        .await
        .unwrap();
    let after = queue(db, &karen).await.unwrap().stale_checks;
    assert!(
        after.iter().all(|i| i.id != first),
        "checked again: off the list"
    );
    assert_eq!(after.len(), stale.len() - 1);
    let hans = staff(db, "kontakt@hjoerring.demo.dk").await;
    let theirs = queue(db, &hans).await.unwrap().stale_checks;
    assert!(theirs.iter().all(|i| i.municipality == "Hjørring Kommune"));
});

db_test!(
    staff_correct_a_listing_audited_with_before_and_after,
    |db| {
        use app::entities::audit_log;
        use app::listing::form::{Sender, validate};
        use app::listing::queries::edit;
        seed_demo_if_empty(db).await.unwrap();
        let karen = contact(db).await;
        let row = company::Entity::find()
            .filter(company::Column::Cvr.eq(app::seed::demo_cvr(0).to_string()))
            .one(db)
            .await
            .unwrap()
            .unwrap();
        // Carried over without a contact person: corrected without inventing one.
        let mut form = validate(
            &{
                let mut f = review_view(db, &karen, row.id).await.unwrap().form;
                assert_eq!(
                    (f.contact_name.as_str(), f.contact_email.as_str()),
                    ("", "")
                );
                f.consent = Some("on".into());
                f.street = "Havnegade 14".into();
                f
            },
            Sender::Staff,
        )
        .unwrap();
        assert_eq!(form.contact_email, None);
        let opened = review_view(db, &karen, row.id).await.unwrap().version;
        assert_eq!(
            edit(db, &karen, row.id, opened, &form, Utc::now())
                .await
                .unwrap(),
            1
        );
        let version = review_view(db, &karen, row.id).await.unwrap().version;
        assert_ne!(version, opened, "a correction is a new version");
        // Unchanged: nothing recorded.
        assert_eq!(
            edit(db, &karen, row.id, version, &form, Utc::now())
                .await
                .unwrap(),
            0
        );
        form.products = "Cykelreparation og reservedele".into();
        form.name = "Kystens Genbrugsværksted & Cykler".into();
        // A colleague, or another municipality's contact, cannot.
        let jens = staff(db, "jobcenter@frederikshavn.demo.dk").await;
        assert!(
            edit(db, &jens, row.id, version, &form, Utc::now())
                .await
                .is_err()
        );
        let hans = staff(db, "kontakt@hjoerring.demo.dk").await;
        assert!(matches!(
            edit(db, &hans, row.id, version, &form, Utc::now()).await,
            Err(AppError::NotFound)
        ));
        // A form opened before the last correction would overwrite it unseen: refused.
        match edit(db, &karen, row.id, opened, &form, Utc::now()).await {
            Err(AppError::Invalid(errors)) => assert_eq!(errors[0].field, "version"),
            other => panic!("a stale correction was not refused: {other:?}"),
        }
        assert_eq!(
            get_company(db, &row.cvr).await.unwrap().name,
            "Kystens Genbrugsværksted",
            "nothing written"
        );
        assert_eq!(
            edit(db, &karen, row.id, version, &form, Utc::now())
                .await
                .unwrap(),
            2
        );

        let after = get_company(db, &row.cvr).await.unwrap();
        assert_eq!(after.name, "Kystens Genbrugsværksted & Cykler");
        let found = app::registry::queries::list_companies(
            db,
            &app::registry::api::CompanyQuery {
                q: Some("reservedel".into()),
                page: 1,
                ..Default::default()
            },
        )
        .await
        .unwrap();
        assert_eq!(found.total, 1, "the search index follows the correction");
        let steps: Vec<Step> = history(db, row.id, true)
            .await
            .unwrap()
            .into_iter()
            .map(|h| h.step)
            .collect();
        assert_eq!(steps.last(), Some(&Step::Edit));
        let audit = audit_log::Entity::find()
            .filter(audit_log::Column::Action.eq("listing.edit"))
            .order_by_desc(audit_log::Column::Id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        let detail: serde_json::Value = serde_json::from_str(&audit.detail).unwrap();
        assert_eq!(
            detail["changed"]["name"]["before"],
            "Kystens Genbrugsværksted"
        );
        assert_eq!(
            detail["changed"]["products"]["after"],
            "Cykelreparation og reservedele"
        );
        assert!(detail["changed"].get("city").is_none(), "only what changed");
        assert_eq!(audit.actor_id, Some(karen.id));
    }
);

/// A demo member of staff, signed in.
async fn staff(db: &sea_orm::DatabaseConnection, email: &str) -> app::account::api::CurrentUser {
    app::account::signed_in_by_email(db, email)
        .await
        .expect("the staff table reads")
        .expect("an active member of staff with this email")
}
