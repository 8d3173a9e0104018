//! The self-assessment wizard over HTTP, as a browser without JavaScript uses it: form posts
//! to the server functions, redirects, server-rendered steps and result. Both databases.
mod common;

use common::{TestApp, form, form_in, send};

use app::assessment::api::MAX_VALUE_CHARS;
use app::db_test;
use http::{Method, StatusCode};
use sea_orm::DatabaseConnection;

async fn start(db: &DatabaseConnection) -> String {
    let reply = TestApp::new(db)
        .as_plain_form("/assessment")
        .post("/api/assessment/start", "")
        .await;
    assert_eq!(reply.status, StatusCode::FOUND, "{}", reply.body);
    let token = reply
        .location()
        .strip_prefix("/assessment/")
        .and_then(|rest| rest.strip_suffix("/legal-form"))
        .unwrap_or_else(|| panic!("unexpected location {}", reply.location()))
        .to_owned();
    assert_eq!(token.len(), 43);
    token
}

/// Saves a step the way its form does and returns where the server sends the browser.
async fn save(
    db: &DatabaseConnection,
    token: &str,
    step: (&str, &str),
    go: &str,
    values: &[(&str, &str)],
) -> String {
    let (code, slug) = step;
    let body = [
        form(&[("token", token), ("step", code), ("go", go)]),
        form_in("values", values),
    ]
    .join("&");
    let reply = TestApp::new(db)
        .as_plain_form(&format!("/assessment/{token}/{slug}"))
        .post("/api/assessment/save_step", body)
        .await;
    assert_eq!(reply.status, StatusCode::FOUND, "{}", reply.body);
    reply.location()
}

db_test!(the_whole_wizard_works_without_javascript, |db| {
    let client = TestApp::new(db);
    let intro = client.get("/assessment").await;
    assert_eq!(intro.status, StatusCode::OK);
    assert!(intro.body.contains("Start selvtesten"));

    let token = start(db).await;
    let base = format!("/assessment/{token}");
    let first = client.get(&format!("{base}/legal-form")).await;
    assert_eq!(first.status, StatusCode::OK);
    assert!(first.body.contains("Trin 1 af 6"), "progress shown");
    assert!(first.body.contains("Anpartsselskab (ApS)"), "choices shown");
    assert!(
        first
            .body
            .contains(&format!("http://127.0.0.1:3000{base}/legal-form")),
        "resume link shown"
    );

    let next = save(
        db,
        &token,
        ("legal_form", "legal-form"),
        "next",
        &[("legal_form", "aps")],
    )
    .await;
    assert_eq!(next, format!("{base}/purpose"));

    // A missing answer keeps the step, says what is wrong next to the field, and keeps
    // what was chosen.
    let again = save(
        db,
        &token,
        ("purpose", "purpose"),
        "next",
        &[("primary_aim", "employment")],
    )
    .await;
    assert_eq!(again, format!("{base}/purpose"));
    let page = client.get(&again).await;
    assert!(page.body.contains("Udfyld feltet."), "error shown");
    assert!(page.body.contains(r#"id="in_statutes-error""#));
    assert!(
        page.tag_with_id("in_statutes")
            .contains(r#"aria-invalid="true""#),
        "the unanswered field itself is marked invalid"
    );
    assert!(
        page.body.contains(r#"value="employment" checked"#),
        "the chosen aim is still chosen"
    );
    // Radio groups through `components::ChoiceField`: legend, hint, message, aria.
    page.field("in_statutes", true, Some("Udfyld feltet."));
    page.field("primary_aim", true, None);
    assert!(
        page.body
            .contains(r#"<label for="primary_aim-employment">"#)
    );
    assert!(
        page.body.contains(r##"href="#in_statutes""##),
        "the summary links the field"
    );

    let next = save(
        db,
        &token,
        ("purpose", "purpose"),
        "next",
        &[("primary_aim", "employment"), ("in_statutes", "yes")],
    )
    .await;
    assert_eq!(next, format!("{base}/commercial"));
    // "Back" saves too, and goes back.
    let back = save(
        db,
        &token,
        ("commercial", "commercial"),
        "back",
        &[("sales_revenue", "900.000")],
    )
    .await;
    assert_eq!(back, format!("{base}/purpose"));
    let commercial = client.get(&format!("{base}/commercial")).await;
    assert!(
        commercial.body.contains(r#"value="900.000""#),
        "typed value kept"
    );

    save(
        db,
        &token,
        ("commercial", "commercial"),
        "next",
        &[("sales_revenue", "900.000"), ("total_revenue", "1.000.000")],
    )
    .await;
    save(
        db,
        &token,
        ("independence", "independence"),
        "next",
        &[
            ("public_ownership_pct", "0"),
            ("public_appointed_board_pct", "20"),
            ("public_votes_pct", "0"),
            ("public_control_otherwise", "no"),
        ],
    )
    .await;
    let next = save(
        db,
        &token,
        ("governance", "governance"),
        "next",
        &[
            ("involves_employees", "on"),
            ("involves_users", "on"),
            ("ethical_guidelines", "yes"),
        ],
    )
    .await;
    assert_eq!(next, format!("{base}/profit"));

    // The calculator's button without JavaScript: save, stay, and see the figures.
    let profit = [
        ("paid_in_capital", "500.000"),
        ("profit_after_tax", "200.000"),
        ("dividend", "60.000"),
        ("decided_on", "2025-09-01"),
    ];
    let stay = save(db, &token, ("profit", "profit"), "stay", &profit).await;
    assert_eq!(stay, format!("{base}/profit"));
    let page = client.get(&stay).await;
    assert!(page.body.contains("Største tilladte udbytte"));
    assert!(
        page.body.contains("70.000"),
        "35 % of 200 000 is the lower cap"
    );
    let at = page.body.find("6.6.2025").unwrap_or(0).saturating_sub(60);
    assert!(
        page.body.contains("1,6 % fra 6.6.2025"),
        "the rate row used: {}",
        &page.body[at..(at + 120).min(page.body.len())]
    );

    let result = save(db, &token, ("profit", "profit"), "next", &profit).await;
    assert_eq!(result, format!("{base}/result"));
    let page = client.get(&result).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("I ser ud til at opfylde alle fem kriterier."),
        "{}",
        &page.body[..page.body.len().min(3000)]
    );
    assert_eq!(page.body.matches("criterion criterion-met").count(), 6);
    assert!(
        page.body.contains("§ 5, stk. 1, nr. 5, og stk. 2"),
        "legal reference"
    );
    assert!(
        page.body
            .contains("Det skal I bruge til registreringen på virk.dk")
    );
    assert!(
        page.body
            .contains(&format!("http://127.0.0.1:3000{base}/result")),
        "stable link"
    );
});

db_test!(unmet_criteria_say_why_and_what_to_change, |db| {
    let client = TestApp::new(db);
    let token = start(db).await;
    save(
        db,
        &token,
        ("legal_form", "legal-form"),
        "next",
        &[("legal_form", "enkeltmandsvirksomhed")],
    )
    .await;
    save(
        db,
        &token,
        ("profit", "profit"),
        "next",
        &[
            ("paid_in_capital", "100.000"),
            ("profit_after_tax", "100.000"),
            ("dividend", "50.000"),
            ("decided_on", "1.9.2025"),
        ],
    )
    .await;
    let page = client.get(&format!("/assessment/{token}/result")).await;
    assert!(page.body.contains("I opfylder ikke alle kriterier endnu."));
    assert!(page.body.contains("criterion criterion-not-met"));
    assert!(
        page.body
            .contains("Vælg en selskabsform med eget CVR-nummer"),
        "advice for the form"
    );
    assert!(
        page.body.contains("Sænk udbyttet"),
        "advice for the dividend"
    );
    // Unanswered criteria need review rather than passing silently.
    assert_eq!(
        page.body
            .matches("criterion criterion-needs-review")
            .count(),
        4
    );
});

db_test!(unknown_tokens_and_steps_are_404, |db| {
    let client = TestApp::new(db);
    let fake = "A".repeat(43);
    for path in [
        format!("/assessment/{fake}/legal-form"),
        format!("/assessment/{fake}/result"),
        "/assessment/short/purpose".to_owned(),
    ] {
        let page = client.get(&path).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
        assert!(page.body.contains("Linket virker ikke"), "{path}");
    }
    let token = start(db).await;
    let page = client
        .get(&format!("/assessment/{token}/no-such-step"))
        .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);

    // The server function itself, as the JavaScript client calls it.
    let save_step = |body: String| client.post("/api/assessment/save_step", body);
    assert_eq!(
        save_step(format!(
            "token={fake}&step=purpose&values%5Bprimary_aim%5D=social"
        ))
        .await
        .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        save_step(format!("token={token}&step=nonsense"))
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    let long = "9".repeat(MAX_VALUE_CHARS + 1);
    assert_eq!(
        save_step(format!(
            "token={token}&step=commercial&values%5Bsales_revenue%5D={long}"
        ))
        .await
        .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
});

db_test!(starting_is_rate_limited_with_a_message_on_the_page, |db| {
    let client = TestApp::new(db);
    // One router throughout: the limit counts in its memory.
    let browser = client.as_plain_form("/assessment");
    let router = browser.router();
    let mut last = None;
    for _ in 0..21 {
        let request = browser.request(Method::POST, "/api/assessment/start", "");
        last = Some(send(router.clone(), request).await);
    }
    let last = last.unwrap();
    assert_eq!(last.status, StatusCode::SEE_OTHER);
    assert_eq!(last.location(), "/assessment?error=rate_limited");
    // The JavaScript client gets the status itself.
    let request = client.request(Method::POST, "/api/assessment/start", "");
    assert_eq!(
        send(router, request).await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    let page = client.get("/assessment?error=rate_limited").await;
    assert!(page.body.contains("For mange forsøg"));
});

db_test!(earlier_years_are_checked_at_their_own_rate, |db| {
    let client = TestApp::new(db);
    let token = start(db).await;
    let profit = [
        ("paid_in_capital", "100.000"),
        ("profit_after_tax", "50.000"),
        ("dividend", "0"),
        ("decided_on", "2025-09-01"),
        // 3.35 % was in force: at most 18.35 % of 100 000 could be paid that year.
        ("earlier_1_profit_after_tax", "80.000"),
        ("earlier_1_dividend", "50.000"),
        ("earlier_1_decided_on", "1.9.2024"),
    ];
    let stay = save(db, &token, ("profit", "profit"), "stay", &profit).await;
    let page = client.get(&stay).await;
    assert!(page.body.contains(r#"value="50.000""#), "earlier year kept");
    let at = page.body.find("<details").expect("earlier years offered");
    let tag = &page.body[at..page.body[at..]
        .find('>')
        .map_or(page.body.len(), |e| at + e)];
    assert!(tag.contains("open"), "shown open when filled: {tag}");
    save(db, &token, ("profit", "profit"), "next", &profit).await;
    let page = client.get(&format!("/assessment/{token}/result")).await;
    assert!(
        page.body.contains("Udbyttet besluttet 1.9.2024 var over grænserne for det år; højst 18.350,00 kr. kunne udbetales."),
        "{}",
        &page.body[page.body.find("criterion-profit").unwrap_or(0)..][..2000.min(page.body.len())]
    );
});
