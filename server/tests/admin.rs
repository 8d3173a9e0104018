//! What admins manage, over HTTP on both databases: staff accounts (invitation by email,
//! edits, deactivation, their own account protected), municipalities and the audit log.
//! Forms are posted as browsers without JavaScript post them.
mod common;

use common::mail::newest_email_to;
use common::{
    TestApp, municipality_id, sign_in, signed_in, staff_by_email, staff_form, try_sign_in,
};

use app::admin::audit::api::{AUDIT_PAGE_SIZE, MAX_AUDIT_SEARCH_CHARS};
use app::db_test;
use app::entities::{audit_log, municipality};
use app::i18n::{Lang, Msg};
use app::seed::{DEMO_STAFF_PASSWORD, seed_demo_if_empty};
use http::StatusCode;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

const ADMIN: &str = "admin@demo.socialokonomi.dk";

/// The link in the newest email to `to` (written to the outbox table).
async fn emailed_link(db: &DatabaseConnection, to: &str) -> String {
    let row = newest_email_to(db, to).await.expect("an email");
    let start = row.body_text.find("/staff/reset/").expect("a link");
    row.body_text[start..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned()
}

db_test!(an_admin_invites_a_colleague_who_chooses_a_password, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let admin = signed_in(db, ADMIN).await;
    let aalborg = municipality_id(db, "aalborg").await;
    let created = admin
        .as_plain_form("/staff/users")
        .post(
            "/api/admin/staff/create",
            staff_form(
                "Sofie Sørensen",
                "Sofie@Aalborg.dk",
                "contact",
                &aalborg.to_string(),
            ),
        )
        .await;
    assert_eq!(created.status, StatusCode::FOUND, "{}", created.body);
    let user = staff_by_email(db, "sofie@aalborg.dk")
        .await
        .expect("created");
    assert_eq!(
        created.location(),
        format!("/staff/users?created={}", user.id)
    );
    assert_eq!(user.role, "contact");
    assert_eq!(user.municipality_id, aalborg);
    assert!(
        user.password_hash.is_none(),
        "no password until she chooses one"
    );
    let list = admin.get("/staff/users").await;
    assert!(list.body.contains("Sofie Sørensen"));
    assert!(list.body.contains("Inviteret, har ikke valgt adgangskode"));

    // The invitation's link sets her password; then she can sign in.
    let link = emailed_link(db, "sofie@aalborg.dk").await;
    let token = link.trim_start_matches("/staff/reset/");
    let chosen = TestApp::new(db)
        .post(
            "/api/staff/reset_password",
            format!("token={token}&password=sofies+lange+kode&repeat=sofies+lange+kode"),
        )
        .await;
    assert_eq!(chosen.status, StatusCode::OK, "{}", chosen.body);
    assert!(
        try_sign_in(db, "sofie@aalborg.dk", "sofies lange kode")
            .await
            .session()
            .is_some()
    );

    let audited = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("staff_user.create"))
        .filter(audit_log::Column::Subject.eq(format!("staff_user:{}", user.id)))
        .one(db)
        .await
        .unwrap()
        .expect("audited");
    assert_eq!(audited.actor_id, Some(staff_user_id(db, ADMIN).await));
});

async fn staff_user_id(db: &DatabaseConnection, email: &str) -> i32 {
    staff_by_email(db, email).await.unwrap().id
}

db_test!(
    a_bad_staff_form_comes_back_with_messages_and_what_was_typed,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let admin = signed_in(db, ADMIN).await;
        // Without JavaScript: back to the page with each message by its field.
        let bad = admin
            .as_plain_form("/staff/users")
            .post(
                "/api/admin/staff/create",
                staff_form("<b>Bo</b>", "bo@localhost", "superuser", "1"),
            )
            .await;
        assert_eq!(bad.status, StatusCode::SEE_OTHER);
        let back = bad.location();
        assert!(back.starts_with("/staff/users?"), "{back}");
        let page = admin.get(&back).await;
        assert!(
            page.body.contains("Skriv en gyldig e-mailadresse"),
            "email message"
        );
        assert!(page.body.contains("id=\"role-error\""), "role message");
        assert!(page.body.contains("value=\"bo@localhost\""), "email kept");
        assert!(
            page.body
                .contains(r#"aria-invalid="true" aria-describedby="email-error""#),
            "the message is read with the field"
        );
        assert!(
            page.body
                .contains(r#"aria-describedby="role-help role-error""#)
        );
        assert!(
            page.body.contains("&lt;b&gt;Bo&lt;/b&gt;"),
            "name kept, escaped"
        );
        // The component's contract, field by field.
        let email = page.field("email", false, Some("Skriv en gyldig e-mailadresse"));
        assert!(email.contains(r#"value="bo@localhost""#), "{email}");
        page.field("role", true, Some("Vælg"));
        let name = page.field("display_name", false, None);
        assert!(name.contains(r#"value="&lt;b&gt;Bo&lt;/b&gt;""#), "{name}");
        page.field("municipality_id", false, None);
        assert!(!page.body.contains("<b>Bo</b>"));
        assert!(staff_by_email(db, "bo@localhost").await.is_none());

        // With JavaScript: 422 naming the fields; an email in use is refused.
        let taken = admin
            .post(
                "/api/admin/staff/create",
                staff_form(
                    "Karen igen",
                    "KONTAKT@frederikshavn.demo.dk",
                    "contact",
                    "1",
                ),
            )
            .await;
        assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(taken.body.contains("ErrorEmailTaken"), "{}", taken.body);
        let nowhere = admin
            .post(
                "/api/admin/staff/create",
                staff_form("Bo", "bo@example.dk", "colleague", "99999"),
            )
            .await;
        assert_eq!(nowhere.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(nowhere.body.contains("municipality_id"));
    }
);

db_test!(
    deactivating_someone_ends_their_sessions_but_not_ones_own,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let admin = signed_in(db, ADMIN).await;
        let colleague_email = "jobcenter@frederikshavn.demo.dk";
        let colleague = signed_in(db, colleague_email).await;
        let user = staff_by_email(db, colleague_email).await.unwrap();
        let form = staff_form(
            "Jonas Jobcenter",
            colleague_email,
            "colleague",
            &user.municipality_id.to_string(),
        );
        let page = format!("/staff/users/{}", user.id);
        let saved = admin
            .as_plain_form(&page)
            .post("/api/admin/staff/update", format!("id={}&{form}", user.id))
            .await;
        assert_eq!(saved.status, StatusCode::FOUND);
        assert_eq!(saved.location(), format!("{page}?saved=1"));
        let me = colleague.post("/api/staff/current", "").await;
        assert_eq!(
            me.status,
            StatusCode::UNAUTHORIZED,
            "deactivated: session gone"
        );
        assert!(
            try_sign_in(db, colleague_email, DEMO_STAFF_PASSWORD)
                .await
                .session()
                .is_none()
        );
        let change = audit_log::Entity::find()
            .filter(audit_log::Column::Action.eq("staff_user.update"))
            .one(db)
            .await
            .unwrap()
            .expect("audited");
        assert!(change.detail.contains(r#""before":{"#), "{}", change.detail);
        assert!(
            change.detail.contains(r#""active":false"#),
            "{}",
            change.detail
        );

        // An admin cannot lock themselves out, nor leave the admin role.
        let me = staff_by_email(db, ADMIN).await.unwrap();
        let own = |role: &str| {
            format!(
                "id={}&{}",
                me.id,
                staff_form(
                    &me.display_name,
                    ADMIN,
                    role,
                    &me.municipality_id.to_string()
                )
            )
        };
        let off = admin.post("/api/admin/staff/update", own("admin")).await;
        assert_eq!(off.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(off.body.contains("ErrorOwnAccount"));
        let demoted = admin
            .post(
                "/api/admin/staff/update",
                format!("{}&active=on", own("contact")),
            )
            .await;
        assert_eq!(demoted.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(staff_by_email(db, ADMIN).await.unwrap().role, "super_admin");
        // No password link for a deactivated account.
        let link = admin
            .post("/api/admin/staff/password_link", format!("id={}", user.id))
            .await;
        assert_eq!(link.status, StatusCode::UNPROCESSABLE_ENTITY);
        let missing = admin.get("/staff/users/99999").await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
    }
);

db_test!(admins_add_and_rename_municipalities, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let admin = signed_in(db, ADMIN).await;
    let bad = admin
        .as_plain_form("/staff/municipalities")
        .post("/api/admin/municipalities/create", "code=81&name=")
        .await;
    assert_eq!(bad.status, StatusCode::SEE_OTHER);
    let page = admin.get(&bad.location()).await;
    assert!(page.body.contains("Skriv kommunens firecifrede kode"));
    assert!(page.body.contains("id=\"name-error\""));
    assert!(page.body.contains("value=\"81\""), "code kept");
    let added = admin
        .post(
            "/api/admin/municipalities/create",
            "code=0825&name=L%C3%A6s%C3%B8+Kommune",
        )
        .await;
    assert_eq!(added.status, StatusCode::OK, "{}", added.body);
    let laesoe = municipality::Entity::find()
        .filter(municipality::Column::Code.eq("0825"))
        .one(db)
        .await
        .unwrap()
        .expect("added");
    assert_eq!(laesoe.slug, "laesoe");
    for again in ["code=0825&name=Andet", "code=0999&name=L%C3%A6s%C3%B8"] {
        let reply = admin.post("/api/admin/municipalities/create", again).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{again}");
        assert!(reply.body.contains("ErrorMunicipalityTaken"), "{again}");
    }
    // The public registry offers it; a rename keeps the code and the URL name.
    let registry = TestApp::new(db).get("/registry").await;
    assert!(registry.body.contains("Læsø Kommune"));
    let renamed = admin
        .post(
            "/api/admin/municipalities/rename",
            format!("id={}&name=L%C3%A6s%C3%B8+Kommune+(%C3%B8en)", laesoe.id),
        )
        .await;
    assert_eq!(renamed.status, StatusCode::OK, "{}", renamed.body);
    let after = municipality::Entity::find_by_id(laesoe.id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.name, "Læsø Kommune (øen)");
    assert_eq!(
        (after.code.as_str(), after.slug.as_str()),
        ("0825", "laesoe")
    );
    let list = admin.get("/staff/municipalities").await;
    assert!(list.body.contains("Læsø Kommune (øen)"));
});

db_test!(the_audit_log_shows_who_did_what_newest_first, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let admin = signed_in(db, ADMIN).await;
    for code in ["0901", "0902", "0903"] {
        let body = format!("code={code}&name=Kommune+{code}");
        let reply = admin.post("/api/admin/municipalities/create", body).await;
        assert_eq!(reply.status, StatusCode::OK);
    }
    let page = admin.get("/staff/audit?q=municipality.create").await;
    assert_eq!(page.status, StatusCode::OK);
    let (first, last) = (
        page.body.find("Kommune 0903").expect("newest"),
        page.body.find("Kommune 0901").expect("oldest"),
    );
    assert!(first < last, "newest first");
    assert!(page.body.contains("Anne Admin"), "who");
    assert!(
        !page.body.contains("staff.sign_in"),
        "only what was searched"
    );
    // A page full of newer entries pushes the first one to the next page, reached by its
    // link.
    for _ in 0..AUDIT_PAGE_SIZE {
        sign_in(db, ADMIN).await;
    }
    let newest = admin.get("/staff/audit").await;
    assert!(
        newest.body.contains("/staff/audit?before="),
        "a link to older entries"
    );
    assert!(!newest.body.contains("Kommune 0901"));
    let over = "x".repeat(MAX_AUDIT_SEARCH_CHARS + 1);
    let too_long = admin.get(&format!("/staff/audit?q={over}")).await;
    assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
    let limit = Lang::Da.fill(Msg::ErrorTooLong, &[("max", &MAX_AUDIT_SEARCH_CHARS)]);
    assert!(too_long.body.contains(&limit), "{limit}");
});

db_test!(
    changing_the_email_or_deactivating_kills_outstanding_links,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let admin = signed_in(db, ADMIN).await;
        let aalborg = municipality_id(db, "aalborg").await.to_string();
        let created = admin
            .post(
                "/api/admin/staff/create",
                staff_form("Bo Bech", "bo@aalborg.dk", "contact", &aalborg),
            )
            .await;
        assert_eq!(created.status, StatusCode::OK, "{}", created.body);
        let id = staff_user_id(db, "bo@aalborg.dk").await;
        let invitation = emailed_link(db, "bo@aalborg.dk").await;
        let choose = |link: &str| {
            let token = link.trim_start_matches("/staff/reset/").to_owned();
            async move {
                TestApp::new(db)
                    .post(
                        "/api/staff/reset_password",
                        format!("token={token}&password=bos+lange+kode&repeat=bos+lange+kode"),
                    )
                    .await
                    .status
            }
        };
        let update = |email: &str, active: bool| {
            let mut body = format!(
                "id={id}&{}",
                staff_form("Bo Bech", email, "contact", &aalborg)
            );
            if active {
                body.push_str("&active=on");
            }
            let admin = admin.clone();
            async move { admin.post("/api/admin/staff/update", body).await.status }
        };

        // The invitation went to the old address: it no longer works.
        assert_eq!(update("bo.bech@aalborg.dk", true).await, StatusCode::OK);
        assert_eq!(choose(&invitation).await, StatusCode::NOT_FOUND);

        // A new one to the new address, then the account is deactivated: that one dies too.
        let sent = admin
            .post("/api/admin/staff/password_link", format!("id={id}"))
            .await;
        assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
        let invitation = emailed_link(db, "bo.bech@aalborg.dk").await;
        assert_eq!(update("bo.bech@aalborg.dk", false).await, StatusCode::OK);
        assert_eq!(choose(&invitation).await, StatusCode::NOT_FOUND);
        assert!(
            staff_by_email(db, "bo.bech@aalborg.dk")
                .await
                .unwrap()
                .password_hash
                .is_none()
        );
    }
);
