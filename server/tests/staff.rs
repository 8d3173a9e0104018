//! Staff sign-in over HTTP on both databases: sessions, lockout, sign-out, the CLI's first
//! admin, cross-site refusal, and a walk over every protected route.
mod common;

use common::mail::Mailbox;
use common::{Reply, TestApp, form, signed_in, try_sign_in};

use app::db_test;
use app::seed::{DEMO_STAFF_PASSWORD, seed_demo_if_empty};
use http::{StatusCode, header};
use sea_orm::DatabaseConnection;

const CONTACT: &str = "kontakt@frederikshavn.demo.dk";

/// The sign-in form posted by a browser without JavaScript.
async fn sign_in_form(db: &DatabaseConnection, email: &str, password: &str) -> Reply {
    TestApp::new(db)
        .as_plain_form("/staff/login")
        .post_form(
            "/api/staff/sign_in",
            &[("email", email), ("password", password)],
        )
        .await
}

db_test!(staff_sign_in_start_a_session_and_sign_out_ends_it, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let reply = sign_in_form(db, "  Kontakt@Frederikshavn.demo.dk ", DEMO_STAFF_PASSWORD).await;
    assert_eq!(reply.status, StatusCode::FOUND, "{}", reply.body);
    assert_eq!(reply.location(), "/staff");
    let cookie = reply.headers[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let token = reply.session().expect("a session cookie");
    let staff = TestApp::new(db).with_session(&token);

    let page = staff.get("/staff").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("Karen Kontakt (kontaktperson, Frederikshavn Kommune)")
    );
    let me = staff.post("/api/staff/current", "").await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.body);
    assert!(me.body.contains(r#""role":"contact""#), "{}", me.body);

    let out = staff.post("/api/staff/sign_out", "").await;
    assert!(out.status.is_success(), "{}", out.status);
    assert_eq!(out.session().as_deref(), Some(""), "cookie cleared");
    let me = staff.post("/api/staff/current", "").await;
    assert_eq!(
        me.status,
        StatusCode::UNAUTHORIZED,
        "the session is gone from the database"
    );
});

db_test!(
    wrong_passwords_lock_the_account_with_a_clear_message,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let reply = sign_in_form(db, CONTACT, "wrong password!").await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER);
        assert_eq!(
            reply.location(),
            "/staff/login?email=kontakt%40frederikshavn.demo.dk&error=bad_credentials",
            "back to the form, email kept, password not"
        );
        let page = TestApp::new(db).get(&reply.location()).await;
        assert!(page.body.contains("Forkert e-mail eller adgangskode."));
        assert!(
            page.body
                .contains(r#"value="kontakt@frederikshavn.demo.dk""#)
        );

        // An unknown email answers exactly like a wrong password.
        let unknown = try_sign_in(db, "nobody@example.dk", "wrong password!").await;
        assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);

        for _ in 0..3 {
            assert_eq!(
                try_sign_in(db, CONTACT, "wrong password!").await.status,
                StatusCode::UNAUTHORIZED
            );
        }
        // The fifth wrong password locks the account …
        let locked = try_sign_in(db, CONTACT, "wrong password!").await;
        assert_eq!(locked.status, StatusCode::TOO_MANY_REQUESTS);
        // … and the right one no longer helps, for a while.
        let reply = sign_in_form(db, CONTACT, DEMO_STAFF_PASSWORD).await;
        assert!(
            reply.location().ends_with("error=account_locked"),
            "{}",
            reply.location()
        );
        let page = TestApp::new(db).get(&reply.location()).await;
        assert!(page.body.contains("kontoen er låst i 15 minutter"));
        assert!(reply.session().is_none());
        // Other accounts are not affected.
        let other = try_sign_in(db, "kontakt@hjoerring.demo.dk", DEMO_STAFF_PASSWORD).await;
        assert!(other.session().is_some());
    }
);

db_test!(empty_fields_are_field_errors, |db| {
    let reply = try_sign_in(db, "", "").await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        reply.body.contains(r#""field":"email""#) && reply.body.contains(r#""field":"password""#)
    );
});

db_test!(the_first_admin_comes_from_the_cli_and_can_sign_in, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let command = server::cli::parse_create_admin(
        &[
            "--email",
            "it@frederikshavn.dk",
            "--name",
            "IT",
            "--municipality",
            "0813",
        ]
        .map(String::from),
    )
    .unwrap();
    let refused = server::cli::create_admin(db, &command, "short").await;
    assert!(refused.unwrap_err().contains("12 to 128 characters"));
    server::cli::create_admin(db, &command, "a long enough secret")
        .await
        .unwrap();
    let reply = try_sign_in(db, "it@frederikshavn.dk", "a long enough secret").await;
    let token = reply.session().expect("signed in");
    let staff = TestApp::new(db).with_session(&token);
    let me = staff.post("/api/staff/current", "").await;
    assert!(me.body.contains(r#""role":"super_admin""#), "{}", me.body);
    let unknown = server::cli::parse_create_admin(
        &["--email", "x@y.dk", "--name", "X", "--municipality", "9999"].map(String::from),
    )
    .unwrap();
    assert!(
        server::cli::create_admin(db, &unknown, "a long enough secret")
            .await
            .is_err()
    );
});

/// `create-admin` for it@kommune.dk in 0813, with more options.
fn create_admin_command(more: &[&str]) -> server::cli::CreateAdmin {
    let base = [
        "--email",
        "it@kommune.dk",
        "--name",
        "IT",
        "--municipality",
        "0813",
    ];
    let args: Vec<String> = base.iter().chain(more).map(|s| s.to_string()).collect();
    server::cli::parse_create_admin(&args).unwrap()
}

db_test!(
    create_admin_creates_its_municipality_on_an_empty_database,
    |db| {
        use app::entities::municipality;
        use sea_orm::{EntityTrait, PaginatorTrait};
        use server::cli::create_admin;
        const SECRET: &str = "a long enough secret";
        let municipalities = || municipality::Entity::find().count(db);
        let named = ["--municipality-name", "Frederikshavn Kommune"];

        let unnamed = create_admin(db, &create_admin_command(&[]), SECRET).await;
        assert!(
            unnamed.unwrap_err().contains("--municipality-name"),
            "says how to create it"
        );
        // Both or neither: a refused password leaves no municipality behind.
        let short = create_admin(db, &create_admin_command(&named), "short").await;
        assert!(short.unwrap_err().starts_with("password: "));
        assert_eq!(municipalities().await.unwrap(), 0);
        let mut bad_code = create_admin_command(&named);
        bad_code.municipality_code = "813".into();
        let err = create_admin(db, &bad_code, SECRET).await.unwrap_err();
        assert!(err.starts_with("--municipality: "), "{err}");

        let created = create_admin(db, &create_admin_command(&named), SECRET)
            .await
            .unwrap();
        assert_eq!(
            created.municipality.as_deref(),
            Some("Frederikshavn Kommune")
        );
        assert_eq!(municipalities().await.unwrap(), 1);
        let token = try_sign_in(db, "it@kommune.dk", SECRET)
            .await
            .session()
            .expect("the new admin signs in");
        let me = TestApp::new(db)
            .with_session(&token)
            .post("/api/staff/current", "")
            .await;
        assert!(me.body.contains(r#""role":"super_admin""#), "{}", me.body);

        // A second admin joins it; a different name for the same code is a mistake.
        let mut second = create_admin_command(&["--municipality-name", "frederikshavn kommune"]);
        second.email = "it2@kommune.dk".into();
        let joined = create_admin(db, &second, SECRET).await.unwrap();
        assert_eq!(joined.municipality, None);
        second.email = "it3@kommune.dk".into();
        second.municipality_name = Some("Hjørring Kommune".into());
        let err = create_admin(db, &second, SECRET).await.unwrap_err();
        assert!(err.contains("exists as \"Frederikshavn Kommune\""), "{err}");
        assert_eq!(municipalities().await.unwrap(), 1);
    }
);

db_test!(cross_site_posts_are_refused, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let staff = signed_in(db, CONTACT).await;
    let cross_site = staff
        .with_header(header::ORIGIN, "https://evil.example")
        .post("/api/staff/sign_out", "")
        .await;
    assert_eq!(cross_site.status, StatusCode::FORBIDDEN);
    // Nor with neither Origin nor Referer while carrying the session.
    let bare = staff.without_origin().post("/api/staff/sign_out", "").await;
    assert_eq!(bare.status, StatusCode::FORBIDDEN);
    // The session survived the attempts.
    let me = staff.post("/api/staff/current", "").await;
    assert_eq!(me.status, StatusCode::OK);
    // Without a session there is nothing to forge: a script may sign in.
    let script = TestApp::new(db).without_origin();
    let reply = script
        .post_form(
            "/api/staff/sign_in",
            &[("email", CONTACT), ("password", DEMO_STAFF_PASSWORD)],
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
});

db_test!(a_session_unused_for_an_hour_has_ended, |db| {
    use app::entities::staff_session;
    use sea_orm::{EntityTrait, sea_query::Expr};
    seed_demo_if_empty(db).await.unwrap();
    let staff = signed_in(db, CONTACT).await;
    let idle_for = async |minutes: i64| {
        staff_session::Entity::update_many()
            .col_expr(
                staff_session::Column::LastSeenAt,
                Expr::value(chrono::Utc::now() - chrono::Duration::minutes(minutes)),
            )
            .exec(db)
            .await
            .unwrap();
    };
    idle_for(59).await;
    let me = staff.post("/api/staff/current", "").await;
    assert_eq!(
        me.status,
        StatusCode::OK,
        "59 minutes idle: still signed in"
    );
    // That use counted: another 59 minutes from now on.
    let seen = staff_session::Entity::find()
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert!(seen.last_seen_at > chrono::Utc::now() - chrono::Duration::minutes(1));
    idle_for(61).await;
    let me = staff.post("/api/staff/current", "").await;
    assert_eq!(me.status, StatusCode::UNAUTHORIZED, "61 minutes idle");
    let page = staff.get("/staff/inbox").await;
    assert_ne!(page.status, StatusCode::OK);
});

/// Every staff page and server function (staff and admin), walked anonymously and with an
/// expired or forged session: none may answer with data. Extend these lists with every new
/// protected route.
const PROTECTED_PAGES: &[&str] = &[
    "/staff",
    "/staff/rates",
    "/staff/inbox",
    "/staff/enquiries/1",
    "/staff/routing",
    "/staff/outbox",
    "/staff/users",
    "/staff/users/1",
    "/staff/audit",
    "/staff/municipalities",
    "/staff/listings",
    "/staff/listings/1",
    "/staff/mentors",
    "/staff/mentors/requests/1",
    "/staff/mentorships/1",
];
/// Server functions for every signed-in staff member.
const STAFF_SERVER_FNS: &[&str] = &[
    "/api/staff/current",
    "/api/inbox/list",
    "/api/inbox/dashboard",
    "/api/inbox/get",
    "/api/inbox/reply",
    "/api/inbox/note",
    "/api/inbox/assign",
    "/api/inbox/status",
    "/api/inbox/erase_person",
    "/api/inbox/export_person",
    "/api/staff/listings",
    "/api/staff/listing",
    "/api/staff/listing/step",
    "/api/staff/listing/edit",
    "/api/staff/mentors",
    "/api/staff/mentors/decide",
    "/api/staff/mentors/request",
    "/api/staff/mentorship",
    "/api/staff/mentorships/propose",
    "/api/staff/mentorships/meeting",
    "/api/staff/mentorships/step",
];
/// Server functions for staff that take a form with a file (posted as `multipart/form-data`).
const STAFF_UPLOADS: &[&str] = &["/api/staff/listing/logo"];
/// What staff server functions anyone may call: signing in and resetting a password.
const OPEN_STAFF_SERVER_FNS: &[&str] = &[
    "/api/staff/sign_in",
    "/api/staff/sign_out",
    "/api/staff/request_password_reset",
    "/api/staff/reset_password",
];
const WALK_ARGS: &str = "step=approve&version=1&reason=x&effective_from=2026-11-01&rate=9&confidence=confirmed&id=1&body=x&assignee=1&status=closed&email=x%40y.dk&confirm=yes&code=0999&name=Walk&input%5Bdisplay_name%5D=Walk&input%5Bemail%5D=walk%40x.dk&input%5Brole%5D=admin&input%5Bmunicipality_id%5D=1&form%5Bname%5D=Walk&request=1";
/// Server functions only admins may call.
const ADMIN_SERVER_FNS: &[&str] = &[
    "/api/admin/discount_rates",
    "/api/admin/save_discount_rate",
    "/api/admin/routing",
    "/api/admin/save_routing",
    "/api/admin/outbox",
    "/api/admin/staff",
    "/api/admin/staff/get",
    "/api/admin/staff/create",
    "/api/admin/staff/update",
    "/api/admin/staff/password_link",
    "/api/admin/audit",
    "/api/admin/municipalities",
    "/api/admin/municipalities/create",
    "/api/admin/municipalities/rename",
];

db_test!(every_protected_route_refuses_anonymous_users, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let forged = "A".repeat(43);
    let anonymous = TestApp::new(db);
    for token in [None, Some(forged.as_str()), Some("garbage")] {
        let client = token.map_or(anonymous.clone(), |t| anonymous.with_session(t));
        for path in PROTECTED_PAGES {
            let page = client.get(path).await;
            assert_eq!(page.status, StatusCode::FOUND, "{path} {token:?}");
            assert_eq!(page.location(), "/staff/login", "{path}");
            assert!(!page.body.contains("Karen Kontakt"));
        }
        for path in STAFF_SERVER_FNS.iter().chain(ADMIN_SERVER_FNS) {
            // Arguments that decode for every function, so it is the check that refuses.
            let reply = client.post(path, WALK_ARGS).await;
            assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{path} {token:?}");
        }
        for path in STAFF_UPLOADS {
            let reply = client
                .post_multipart(path, &[("id", "1")], ("logo", b"\x89PNG"))
                .await;
            assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{path} {token:?}");
        }
    }
});

db_test!(
    a_forgotten_password_is_reset_by_an_emailed_single_use_link,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let mailbox = Mailbox::new("reset");
        let old_session = signed_in(db, CONTACT).await;
        let anonymous = TestApp::new(db);

        let asked = anonymous
            .post(
                "/api/staff/request_password_reset",
                form(&[("email", CONTACT)]),
            )
            .await;
        assert!(asked.status.is_success(), "{}", asked.status);
        // Unknown addresses get the same answer and no email.
        let unknown = anonymous
            .post(
                "/api/staff/request_password_reset",
                "email=nobody%40example.dk",
            )
            .await;
        assert_eq!(unknown.status, asked.status);
        assert!(
            mailbox
                .last_email_to(db, "nobody@example.dk")
                .await
                .is_none()
        );

        let eml = mailbox
            .last_email_to(db, CONTACT)
            .await
            .expect("the reset email");
        assert!(eml.contains("Subject: =?utf-8?B?"), "{eml}");
        let link = eml
            .split_whitespace()
            .find(|w| w.starts_with("http://127.0.0.1:3000/staff/reset/"))
            .expect("a link in the email");
        let token = link.rsplit('/').next().unwrap();
        let page = anonymous.get(&format!("/staff/reset/{token}")).await;
        assert_eq!(page.status, StatusCode::OK);

        let reset = |password: &str, repeat: &str| {
            form(&[("token", token), ("password", password), ("repeat", repeat)])
        };
        let differ = anonymous
            .post(
                "/api/staff/reset_password",
                reset("a brand new secret", "a brand new secreT"),
            )
            .await;
        assert_eq!(differ.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(differ.body.contains(r#""field":"repeat""#));
        let short = anonymous
            .post("/api/staff/reset_password", reset("short", "short"))
            .await;
        assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
        let done = anonymous
            .post(
                "/api/staff/reset_password",
                reset("a brand new secret", "a brand new secret"),
            )
            .await;
        assert!(done.status.is_success(), "{} {}", done.status, done.body);

        // Used once; every old session ended; the new password works, the old does not.
        let again = anonymous
            .post(
                "/api/staff/reset_password",
                reset("another new secret", "another new secret"),
            )
            .await;
        assert_eq!(again.status, StatusCode::NOT_FOUND);
        assert_eq!(
            old_session.post("/api/staff/current", "").await.status,
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(
            try_sign_in(db, CONTACT, DEMO_STAFF_PASSWORD).await.status,
            StatusCode::UNAUTHORIZED
        );
        assert!(
            try_sign_in(db, CONTACT, "a brand new secret")
                .await
                .session()
                .is_some()
        );
    }
);

db_test!(admin_functions_refuse_other_roles, |db| {
    seed_demo_if_empty(db).await.unwrap();
    for email in [CONTACT, "jobcenter@frederikshavn.demo.dk"] {
        let staff = signed_in(db, email).await;
        for path in ADMIN_SERVER_FNS {
            let reply = staff.post(path, WALK_ARGS).await;
            assert_eq!(reply.status, StatusCode::FORBIDDEN, "{email} {path}");
        }
        let page = staff.get("/staff/rates").await;
        assert!(!page.body.contains("Gem satsen"), "{email} sees no form");
    }
});

db_test!(
    an_admin_extends_the_discount_rates_and_the_rules_use_the_new_row,
    |db| {
        use app::entities::audit_log;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        seed_demo_if_empty(db).await.unwrap();
        let staff = signed_in(db, "admin@demo.socialokonomi.dk").await;
        let bad = staff
            .post(
                "/api/admin/save_discount_rate",
                "effective_from=2026-02-30&rate=abc&confidence=maybe",
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        for field in ["effective_from", "rate", "confidence"] {
            assert!(
                bad.body.contains(&format!(r#""field":"{field}""#)),
                "{field}: {}",
                bad.body
            );
        }
        let saved = staff
            .post(
                "/api/admin/save_discount_rate",
                "effective_from=2026-11-01&rate=1%2C35&confidence=confirmed",
            )
            .await;
        assert!(saved.status.is_success(), "{} {}", saved.status, saved.body);
        let page = staff.get("/staff/rates").await;
        assert!(
            page.body.contains("1,35 %") && page.body.contains("1.11.2026"),
            "listed"
        );

        let reply = TestApp::new(db)
            .post_json(
                "/api/v1/eligibility",
                r#"{"profit": {"paid_in_capital": 100000, "profit_after_tax": 100000, "dividend": 0, "decided_on": "2026-11-10"}}"#,
            )
            .await;
        assert!(
            reply.body.contains(r#""rate_effective_from":"2026-11-01""#),
            "{}",
            reply.body
        );
        assert!(
            reply.body.contains(r#""discount_rate_pct":1.35"#),
            "{}",
            reply.body
        );

        // Correcting the same date updates the row, and both changes are in the audit log.
        staff
            .post(
                "/api/admin/save_discount_rate",
                "effective_from=2026-11-01&rate=1.4&confidence=inferred&date_approximate=on",
            )
            .await;
        let entries = audit_log::Entity::find()
            .filter(audit_log::Column::Subject.eq("discount_rate:2026-11-01"))
            .all(db)
            .await
            .unwrap();
        let actions: Vec<&str> = entries.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(actions, ["discount_rate.create", "discount_rate.update"]);
        assert!(
            entries[1].detail.contains("16000")
                || entries[1].detail.contains("1.35")
                || entries[1].detail.contains("13500"),
            "{}",
            entries[1].detail
        );
    }
);

/// The new-password form posted without JavaScript from `page`: password "a long new
/// secret", `repeat` as given.
async fn reset_form(db: &DatabaseConnection, page: &str, token: &str, repeat: &str) -> Reply {
    TestApp::new(db)
        .as_plain_form(page)
        .post_form(
            "/api/staff/reset_password",
            &[
                ("token", token),
                ("password", "a long new secret"),
                ("repeat", repeat),
            ],
        )
        .await
}

db_test!(
    without_javascript_a_dead_reset_link_says_so_on_its_page,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let token = "B".repeat(43);
        let page = format!("/staff/reset/{token}");
        let reply = reset_form(db, &page, &token, "a long new secret").await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER);
        assert_eq!(reply.location(), format!("{page}?link=dead"));
        let shown = TestApp::new(db).get(&reply.location()).await;
        assert!(
            shown
                .body
                .contains("Linket er brugt, udløbet eller forkert.")
        );
        assert!(
            !shown.body.contains("Ikke fundet"),
            "no second, vaguer message"
        );
        // Passwords that differ: the message by the second field.
        let reply = reset_form(db, &page, &token, "another one").await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER);
        let shown = TestApp::new(db).get(&reply.location()).await;
        assert!(
            shown.body.contains(r#"id="repeat-error""#),
            "{}",
            reply.location()
        );
    }
);

/// The status of each request, sent all at once: `body(i)` is what request `i` sends.
/// Each is its own client over the same database (its own router, so its own rate limits),
/// interleaved on the test's runtime: every one reads before any writes, which is the
/// race the counters and links must survive. On SQLite (one connection to the in-memory
/// database) whole transactions take turns, so only PostgreSQL, whose connections run
/// side by side, shows a race in a transaction; the counter's read and write were two
/// statements and raced on both.
async fn all_at_once(
    db: &DatabaseConnection,
    path: &'static str,
    n: usize,
    body: impl Fn(usize) -> String,
) -> Vec<StatusCode> {
    let mut set = tokio::task::JoinSet::new();
    for i in 0..n {
        let (db, body) = (db.clone(), body(i));
        set.spawn(async move { TestApp::new(&db).post(path, body).await.status });
    }
    set.join_all().await
}

fn count(statuses: &[StatusCode], status: StatusCode) -> usize {
    statuses.iter().filter(|s| **s == status).count()
}

db_test!(
    parallel_wrong_passwords_each_count_and_lock_at_exactly_the_limit,
    |db| {
        use app::account::api::MAX_FAILED_LOGINS;
        use app::entities::audit_log;
        use common::staff_by_email;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        seed_demo_if_empty(db).await.unwrap();
        let max = MAX_FAILED_LOGINS as usize;
        let wrong = |email: &'static str| {
            move |_| form(&[("email", email), ("password", "wrong password!")])
        };

        // One fewer than the limit, all at once: each counts, none locks.
        let statuses = all_at_once(db, "/api/staff/sign_in", max - 1, wrong(CONTACT)).await;
        assert_eq!(count(&statuses, StatusCode::UNAUTHORIZED), max - 1);
        let user = staff_by_email(db, CONTACT).await.unwrap();
        assert_eq!(
            user.failed_logins,
            MAX_FAILED_LOGINS - 1,
            "every attempt counted"
        );
        assert!(user.locked_until.is_none());

        // Twice the limit, all at once: the limit's attempt locks, once; the ones before
        // it are wrong passwords, the rest find the account locked. The lock starts the
        // count over.
        let other = "kontakt@hjoerring.demo.dk";
        let statuses = all_at_once(db, "/api/staff/sign_in", 2 * max, wrong(other)).await;
        assert_eq!(
            count(&statuses, StatusCode::UNAUTHORIZED),
            max - 1,
            "{statuses:?}"
        );
        assert_eq!(count(&statuses, StatusCode::TOO_MANY_REQUESTS), max + 1);
        let user = staff_by_email(db, other).await.unwrap();
        assert!(user.locked_until.is_some(), "locked");
        assert_eq!(user.failed_logins, 0, "the lock starts the count over");
        let locks = audit_log::Entity::find()
            .filter(audit_log::Column::Action.eq("staff_user.locked"))
            .filter(audit_log::Column::Subject.eq(format!("staff_user:{}", user.id)))
            .all(db)
            .await
            .unwrap();
        assert_eq!(locks.len(), 1, "locked once");
        assert!(
            locks[0]
                .detail
                .contains(&format!(r#""after_failed_logins":{max}"#)),
            "{}",
            locks[0].detail
        );
    }
);

/// Asks for a reset link for `email` and returns its token (from the outbox).
async fn reset_token(db: &DatabaseConnection, email: &str) -> String {
    let asked = TestApp::new(db)
        .post(
            "/api/staff/request_password_reset",
            form(&[("email", email)]),
        )
        .await;
    assert!(asked.status.is_success(), "{}", asked.status);
    let row = common::mail::newest_email_to(db, email)
        .await
        .expect("the reset email");
    let start = row.body_text.find("/staff/reset/").expect("a link") + "/staff/reset/".len();
    row.body_text[start..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned()
}

fn new_password(token: &str, password: &str) -> String {
    form(&[
        ("token", token),
        ("password", password),
        ("repeat", password),
    ])
}

db_test!(two_parallel_uses_of_one_reset_link_succeed_once, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let token = reset_token(db, CONTACT).await;
    let passwords = ["the first new secret", "the second new secret"];
    let statuses = all_at_once(db, "/api/staff/reset_password", 2, |i| {
        new_password(&token, passwords[i])
    })
    .await;
    assert_eq!(count(&statuses, StatusCode::OK), 1, "{statuses:?}");
    assert_eq!(count(&statuses, StatusCode::NOT_FOUND), 1, "{statuses:?}");
    // One of the two passwords is the account's, the other never was.
    let mut worked = 0;
    for password in passwords {
        worked += usize::from(try_sign_in(db, CONTACT, password).await.session().is_some());
    }
    assert_eq!(worked, 1);
});

db_test!(
    a_new_link_or_a_completed_reset_kills_the_older_links,
    |db| {
        use app::entities::{password_reset, staff_user};
        use sea_orm::{ActiveModelTrait, Set};
        seed_demo_if_empty(db).await.unwrap();
        let first = reset_token(db, CONTACT).await;
        let second = reset_token(db, CONTACT).await;
        assert_ne!(first, second);
        let reset = TestApp::new(db);
        let dead = reset
            .post(
                "/api/staff/reset_password",
                new_password(&first, "first link's secret"),
            )
            .await;
        assert_eq!(
            dead.status,
            StatusCode::NOT_FOUND,
            "the newer link replaced it"
        );

        // A link that is live beside the one spent (as when two were asked for at once)
        // dies with the reset.
        let user: staff_user::Model = common::staff_by_email(db, CONTACT).await.unwrap();
        let beside = "C".repeat(43);
        let now = chrono::Utc::now();
        password_reset::ActiveModel {
            token_hash: Set(app::token::hash(&beside)),
            staff_user_id: Set(user.id),
            created_at: Set(now),
            expires_at: Set(now + chrono::Duration::hours(1)),
            used_at: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
        let done = reset
            .post(
                "/api/staff/reset_password",
                new_password(&second, "second link's secret"),
            )
            .await;
        assert_eq!(done.status, StatusCode::OK, "{}", done.body);
        let after = reset
            .post(
                "/api/staff/reset_password",
                new_password(&beside, "a third secret"),
            )
            .await;
        assert_eq!(after.status, StatusCode::NOT_FOUND);
        assert!(
            try_sign_in(db, CONTACT, "second link's secret")
                .await
                .session()
                .is_some()
        );
    }
);

#[test]
fn the_walk_knows_every_staff_and_admin_server_function() {
    let walked: Vec<&str> = [
        STAFF_SERVER_FNS,
        ADMIN_SERVER_FNS,
        STAFF_UPLOADS,
        OPEN_STAFF_SERVER_FNS,
    ]
    .concat();
    let mut missing = Vec::new();
    let mut files = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../app/src"
    ))];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        for (_, rest) in text
            .match_indices("endpoint = \"")
            .map(|(at, _)| ((), &text[at + 12..]))
        {
            let endpoint = &rest[..rest.find('"').unwrap()];
            let path = format!("/api/{endpoint}");
            let protected = endpoint.starts_with("staff/")
                || endpoint.starts_with("admin/")
                || endpoint.starts_with("inbox/");
            if protected && !walked.contains(&path.as_str()) {
                missing.push(path);
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not in the authorization walk: {missing:?}"
    );
}
