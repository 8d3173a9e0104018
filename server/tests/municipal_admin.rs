//! Administration per municipality, over HTTP on both databases: a municipality's admin
//! manages its own staff, routing, outbox and audit log, and nothing of another
//! municipality; the installation's administrator manages municipalities, discount rates and
//! every account, and only they give the installation role.
mod common;

use common::{
    TestApp, municipality_id, send_enquiry, signed_in, staff_by_email, staff_form, try_sign_in,
};

use app::account::api::Role;
use app::db_test;
use app::seed::seed_demo_if_empty;
use http::StatusCode;
use sea_orm::DatabaseConnection;

const LOCAL_ADMIN: &str = "admin@frederikshavn.demo.dk";
const PASSWORD: &str = "a local admin's secret";
/// Of Hjørring, another municipality.
const NEIGHBOUR: &str = "kontakt@hjoerring.demo.dk";

/// Frederikshavn's own admin, signed in.
async fn local_admin(db: &DatabaseConnection) -> TestApp<'_> {
    seed_demo_if_empty(db).await.unwrap();
    let frederikshavn = municipality_id(db, "frederikshavn").await;
    app::account::create_staff_user(
        db,
        frederikshavn,
        LOCAL_ADMIN,
        "Frida Admin",
        Role::Admin,
        Some(PASSWORD),
        None,
    )
    .await
    .unwrap();
    let token = try_sign_in(db, LOCAL_ADMIN, PASSWORD)
        .await
        .session()
        .unwrap();
    TestApp::new(db).with_session(&token)
}

db_test!(
    the_installations_functions_refuse_a_municipalitys_admin,
    |db| {
        let admin = local_admin(db).await;
        for path in [
            "/api/admin/municipalities",
            "/api/admin/municipalities/create",
            "/api/admin/municipalities/rename",
            "/api/admin/discount_rates",
            "/api/admin/save_discount_rate",
        ] {
            let reply = admin
            .post(path, "code=0999&name=Walk&id=1&effective_from=2026-11-01&rate=9&confidence=confirmed")
            .await;
            assert_eq!(reply.status, StatusCode::FORBIDDEN, "{path}");
        }
        // The page says no, and offers no form that would be refused.
        let page = admin.get("/staff/municipalities").await;
        assert!(page.body.contains("Du har ikke adgang til dette."));
        assert!(!page.body.contains("/api/admin/municipalities/create"));
        let home = admin.get("/staff").await;
        assert!(home.body.contains("/staff/users"), "their own staff");
        assert!(!home.body.contains("/staff/municipalities"));
        assert!(!home.body.contains("/staff/rates"));
    }
);

db_test!(a_municipalitys_admin_manages_its_own_staff_only, |db| {
    let admin = local_admin(db).await;
    let frederikshavn = municipality_id(db, "frederikshavn").await;
    let hjoerring = municipality_id(db, "hjoerring").await;
    let list = admin.post("/api/admin/staff", "").await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.body);
    assert!(list.body.contains("kontakt@frederikshavn.demo.dk"));
    assert!(!list.body.contains(NEIGHBOUR), "{}", list.body);
    assert!(
        !list.body.contains("admin@demo.socialokonomi.dk"),
        "nor the installation's admin"
    );
    assert!(
        !list.body.contains("super_admin"),
        "a role they cannot give is not offered"
    );

    // Another municipality's account is not theirs to see, change or send a link to.
    let neighbour = staff_by_email(db, NEIGHBOUR).await.unwrap();
    let id = format!("id={}", neighbour.id);
    for path in ["/api/admin/staff/get", "/api/admin/staff/password_link"] {
        let reply = admin.post(path, &id).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
    }
    let moved = admin
        .post(
            "/api/admin/staff/update",
            format!(
                "{id}&active=on&{}",
                staff_form("K", NEIGHBOUR, "contact", &frederikshavn.to_string())
            ),
        )
        .await;
    assert_eq!(moved.status, StatusCode::NOT_FOUND);
    assert_eq!(
        staff_by_email(db, NEIGHBOUR).await.unwrap().municipality_id,
        hjoerring
    );

    // New accounts: in their municipality, never with the installation's role.
    let elsewhere = admin
        .post(
            "/api/admin/staff/create",
            staff_form("Ny", "ny@x.dk", "contact", &hjoerring.to_string()),
        )
        .await;
    assert_eq!(elsewhere.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        elsewhere.body.contains("municipality_id"),
        "{}",
        elsewhere.body
    );
    let above = admin
        .post(
            "/api/admin/staff/create",
            staff_form("Ny", "ny@x.dk", "super_admin", &frederikshavn.to_string()),
        )
        .await;
    assert_eq!(above.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(above.body.contains(r#""field":"role""#), "{}", above.body);
    let colleague = admin
        .post(
            "/api/admin/staff/create",
            staff_form("Ny", "ny@x.dk", "colleague", &frederikshavn.to_string()),
        )
        .await;
    assert_eq!(colleague.status, StatusCode::OK, "{}", colleague.body);

    // The installation's administrator manages every account and gives any role.
    let installation = signed_in(db, "admin@demo.socialokonomi.dk").await;
    let all = installation.post("/api/admin/staff", "").await;
    assert!(all.body.contains(NEIGHBOUR) && all.body.contains(LOCAL_ADMIN));
    let reply = installation.post("/api/admin/staff/get", &id).await;
    assert_eq!(reply.status, StatusCode::OK);
    let promoted = installation
        .post(
            "/api/admin/staff/create",
            staff_form("Ida", "ida@x.dk", "super_admin", &hjoerring.to_string()),
        )
        .await;
    assert_eq!(promoted.status, StatusCode::OK, "{}", promoted.body);
});

db_test!(
    a_municipalitys_admin_reads_its_own_outbox_and_audit_log,
    |db| {
        let admin = local_admin(db).await;
        // An enquiry to each municipality: two receipts, two notices.
        send_enquiry(&TestApp::new(db)).await;
        let hjoerring = common::enquiry_form().replace("frederikshavn", "hjoerring");
        let reply = TestApp::new(db)
            .post("/api/enquiry/submit", &hjoerring)
            .await;
        assert!(reply.status.is_success(), "{}", reply.body);
        let outbox = admin.post("/api/admin/outbox", "").await;
        assert_eq!(outbox.status, StatusCode::OK, "{}", outbox.body);
        assert!(
            outbox.body.contains("kontakt@frederikshavn.demo.dk"),
            "{}",
            outbox.body
        );
        assert!(
            !outbox.body.contains("kontakt@hjoerring.demo.dk"),
            "{}",
            outbox.body
        );
        let installation = signed_in(db, "admin@demo.socialokonomi.dk").await;
        let everything = installation.post("/api/admin/outbox", "").await;
        assert!(everything.body.contains("kontakt@hjoerring.demo.dk"));

        // The audit log: the creation of their own admin account is Frederikshavn's; a
        // Hjørring account created by the installation's admin is not.
        let hjoerring_id = municipality_id(db, "hjoerring").await;
        installation
            .post(
                "/api/admin/staff/create",
                common::staff_form("Hans", "hans@x.dk", "contact", &hjoerring_id.to_string()),
            )
            .await;
        let log = admin.post("/api/admin/audit", "").await;
        assert_eq!(log.status, StatusCode::OK, "{}", log.body);
        assert!(!log.body.contains("hans@x.dk"), "{}", log.body);
        let full = installation.post("/api/admin/audit", "").await;
        assert!(full.body.contains("hans@x.dk"), "{}", full.body);
        assert!(
            log.body.contains(LOCAL_ADMIN),
            "their own municipality's entries: {}",
            log.body
        );
    }
);
