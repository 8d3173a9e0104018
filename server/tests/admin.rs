//! What admins manage, over HTTP on both databases: staff accounts (invitation by email,
//! edits, deactivation, their own account protected), municipalities and the audit log.
//! Forms are posted as browsers without JavaScript post them.
mod common;

use common::{Reply, send};

use app::db_test;
use app::domain::text::url_encode;
use app::entities::{audit_log, municipality, staff_user};
use app::seed::{DEMO_STAFF_PASSWORD, seed_demo_if_empty};
use axum::body::Body;
use http::{Request, StatusCode, header};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

const ADMIN: &str = "admin@demo.socialokonomi.dk";

/// A form post; `page` set means a browser without JavaScript on that page.
async fn post(
    db: &DatabaseConnection,
    path: &str,
    session: Option<&str>,
    body: &str,
    page: Option<&str>,
) -> Reply {
    let mut request =
        Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(token) = session {
        request = request.header(header::COOKIE, format!("sid={token}"));
    }
    if let Some(page) = page {
        request = request
            .header(header::ACCEPT, "text/html")
            .header(header::REFERER, format!("http://127.0.0.1:3000{page}"));
    }
    send(
        common::test_app(db, false),
        request.body(Body::from(body.to_owned())).unwrap(),
    )
    .await
}

async fn get(db: &DatabaseConnection, path: &str, session: &str) -> Reply {
    let request = Request::get(path)
        .header(header::COOKIE, format!("sid={session}"))
        .body(Body::empty())
        .unwrap();
    send(common::test_app(db, false), request).await
}

async fn sign_in(db: &DatabaseConnection, email: &str, password: &str) -> Option<String> {
    let body = format!(
        "email={}&password={}",
        url_encode(email),
        url_encode(password)
    );
    post(db, "/api/staff/sign_in", None, &body, None)
        .await
        .session()
}

fn staff_form(name: &str, email: &str, role: &str, municipality_id: &str) -> String {
    [
        ("display_name", name),
        ("email", email),
        ("role", role),
        ("municipality_id", municipality_id),
    ]
    .iter()
    .map(|(k, v)| format!("input%5B{k}%5D={}", url_encode(v)))
    .collect::<Vec<_>>()
    .join("&")
}

async fn user_by_email(db: &DatabaseConnection, email: &str) -> Option<staff_user::Model> {
    staff_user::Entity::find()
        .filter(staff_user::Column::Email.eq(email))
        .one(db)
        .await
        .unwrap()
}

async fn municipality_id(db: &DatabaseConnection, slug: &str) -> i32 {
    municipality::Entity::find()
        .filter(municipality::Column::Slug.eq(slug))
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .id
}

/// The link in the newest email to `to` (written to the outbox table).
async fn emailed_link(db: &DatabaseConnection, to: &str) -> String {
    use app::entities::outbox_email;
    let row = outbox_email::Entity::find()
        .filter(outbox_email::Column::ToAddress.eq(to))
        .order_by_desc(outbox_email::Column::Id)
        .one(db)
        .await
        .unwrap()
        .expect("an email");
    let start = row.body_text.find("/staff/reset/").expect("a link");
    row.body_text[start..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned()
}

db_test!(an_admin_invites_a_colleague_who_chooses_a_password, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let admin = sign_in(db, ADMIN, DEMO_STAFF_PASSWORD).await.unwrap();
    let aalborg = municipality_id(db, "aalborg").await;
    let created = post(
        db,
        "/api/admin/staff/create",
        Some(&admin),
        &staff_form(
            "Sofie Sørensen",
            "Sofie@Aalborg.dk",
            "contact",
            &aalborg.to_string(),
        ),
        Some("/staff/users"),
    )
    .await;
    assert_eq!(created.status, StatusCode::FOUND, "{}", created.body);
    let user = user_by_email(db, "sofie@aalborg.dk")
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
    let list = get(db, "/staff/users", &admin).await;
    assert!(list.body.contains("Sofie Sørensen"));
    assert!(list.body.contains("Inviteret, har ikke valgt adgangskode"));

    // The invitation's link sets her password; then she can sign in.
    let link = emailed_link(db, "sofie@aalborg.dk").await;
    let token = link.trim_start_matches("/staff/reset/");
    let chosen = post(
        db,
        "/api/staff/reset_password",
        None,
        &format!("token={token}&password=sofies+lange+kode&repeat=sofies+lange+kode"),
        None,
    )
    .await;
    assert_eq!(chosen.status, StatusCode::OK, "{}", chosen.body);
    assert!(
        sign_in(db, "sofie@aalborg.dk", "sofies lange kode")
            .await
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
    user_by_email(db, email).await.unwrap().id
}

db_test!(
    a_bad_staff_form_comes_back_with_messages_and_what_was_typed,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let admin = sign_in(db, ADMIN, DEMO_STAFF_PASSWORD).await.unwrap();
        // Without JavaScript: back to the page with each message by its field.
        let bad = post(
            db,
            "/api/admin/staff/create",
            Some(&admin),
            &staff_form("<b>Bo</b>", "bo@localhost", "superuser", "1"),
            Some("/staff/users"),
        )
        .await;
        assert_eq!(bad.status, StatusCode::SEE_OTHER);
        let back = bad.location();
        assert!(back.starts_with("/staff/users?"), "{back}");
        let page = get(db, &back, &admin).await;
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
        assert!(!page.body.contains("<b>Bo</b>"));
        assert!(user_by_email(db, "bo@localhost").await.is_none());

        // With JavaScript: 422 naming the fields; an email in use is refused.
        let taken = post(
            db,
            "/api/admin/staff/create",
            Some(&admin),
            &staff_form(
                "Karen igen",
                "KONTAKT@frederikshavn.demo.dk",
                "contact",
                "1",
            ),
            None,
        )
        .await;
        assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(taken.body.contains("ErrorEmailTaken"), "{}", taken.body);
        let nowhere = post(
            db,
            "/api/admin/staff/create",
            Some(&admin),
            &staff_form("Bo", "bo@example.dk", "colleague", "99999"),
            None,
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
        let admin = sign_in(db, ADMIN, DEMO_STAFF_PASSWORD).await.unwrap();
        let colleague_email = "jobcenter@frederikshavn.demo.dk";
        let colleague = sign_in(db, colleague_email, DEMO_STAFF_PASSWORD)
            .await
            .unwrap();
        let user = user_by_email(db, colleague_email).await.unwrap();
        let form = staff_form(
            "Jonas Jobcenter",
            colleague_email,
            "colleague",
            &user.municipality_id.to_string(),
        );
        let page = format!("/staff/users/{}", user.id);
        let saved = post(
            db,
            "/api/admin/staff/update",
            Some(&admin),
            &format!("id={}&{form}", user.id),
            Some(&page),
        )
        .await;
        assert_eq!(saved.status, StatusCode::FOUND);
        assert_eq!(saved.location(), format!("{page}?saved=1"));
        let me = post(db, "/api/staff/current", Some(&colleague), "", None).await;
        assert_eq!(
            me.status,
            StatusCode::UNAUTHORIZED,
            "deactivated: session gone"
        );
        assert!(
            sign_in(db, colleague_email, DEMO_STAFF_PASSWORD)
                .await
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
        let me = user_by_email(db, ADMIN).await.unwrap();
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
        let off = post(
            db,
            "/api/admin/staff/update",
            Some(&admin),
            &own("admin"),
            None,
        )
        .await;
        assert_eq!(off.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(off.body.contains("ErrorOwnAccount"));
        let demoted = post(
            db,
            "/api/admin/staff/update",
            Some(&admin),
            &format!("{}&active=on", own("contact")),
            None,
        )
        .await;
        assert_eq!(demoted.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(user_by_email(db, ADMIN).await.unwrap().role, "admin");
        // No password link for a deactivated account.
        let link = post(
            db,
            "/api/admin/staff/password_link",
            Some(&admin),
            &format!("id={}", user.id),
            None,
        )
        .await;
        assert_eq!(link.status, StatusCode::UNPROCESSABLE_ENTITY);
        let missing = get(db, "/staff/users/99999", &admin).await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
    }
);

db_test!(admins_add_and_rename_municipalities, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let admin = sign_in(db, ADMIN, DEMO_STAFF_PASSWORD).await.unwrap();
    let bad = post(
        db,
        "/api/admin/municipalities/create",
        Some(&admin),
        "code=81&name=",
        Some("/staff/municipalities"),
    )
    .await;
    assert_eq!(bad.status, StatusCode::SEE_OTHER);
    let page = get(db, &bad.location(), &admin).await;
    assert!(page.body.contains("Skriv kommunens firecifrede kode"));
    assert!(page.body.contains("id=\"name-error\""));
    assert!(page.body.contains("value=\"81\""), "code kept");
    let added = post(
        db,
        "/api/admin/municipalities/create",
        Some(&admin),
        "code=0825&name=L%C3%A6s%C3%B8+Kommune",
        None,
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
        let reply = post(
            db,
            "/api/admin/municipalities/create",
            Some(&admin),
            again,
            None,
        )
        .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{again}");
        assert!(reply.body.contains("ErrorMunicipalityTaken"), "{again}");
    }
    // The public registry offers it; a rename keeps the code and the URL name.
    let registry = send(
        common::test_app(db, false),
        Request::get("/registry").body(Body::empty()).unwrap(),
    )
    .await;
    assert!(registry.body.contains("Læsø Kommune"));
    let renamed = post(
        db,
        "/api/admin/municipalities/rename",
        Some(&admin),
        &format!("id={}&name=L%C3%A6s%C3%B8+Kommune+(%C3%B8en)", laesoe.id),
        None,
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
    let list = get(db, "/staff/municipalities", &admin).await;
    assert!(list.body.contains("Læsø Kommune (øen)"));
});

db_test!(the_audit_log_shows_who_did_what_newest_first, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let admin = sign_in(db, ADMIN, DEMO_STAFF_PASSWORD).await.unwrap();
    for code in ["0901", "0902", "0903"] {
        let body = format!("code={code}&name=Kommune+{code}");
        let reply = post(
            db,
            "/api/admin/municipalities/create",
            Some(&admin),
            &body,
            None,
        )
        .await;
        assert_eq!(reply.status, StatusCode::OK);
    }
    let page = get(db, "/staff/audit?q=municipality.create", &admin).await;
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
    // 50 to a page: the 51st entry is on the next page, reached by its link.
    for _ in 0..50 {
        sign_in(db, ADMIN, DEMO_STAFF_PASSWORD).await.unwrap();
    }
    let newest = get(db, "/staff/audit", &admin).await;
    assert!(
        newest.body.contains("/staff/audit?before="),
        "a link to older entries"
    );
    assert!(!newest.body.contains("Kommune 0901"));
    let too_long = get(db, &format!("/staff/audit?q={}", "x".repeat(101)), &admin).await;
    assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(too_long.body.contains("højst 100 tegn"));
});
