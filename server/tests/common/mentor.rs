//! A mentor as the tests sign one up: good answers, the emailed links, the row.
use super::listing::emailed_token;
use super::{TestApp, form, form_in, signed_in};
use app::entities::mentor;
use http::StatusCode;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

pub const CONTACT: &str = "kontakt@frederikshavn.demo.dk";
pub const OTHER_CONTACT: &str = "kontakt@hjoerring.demo.dk";
pub const COLLEAGUE: &str = "jobcenter@frederikshavn.demo.dk";
pub const EMAIL: &str = "lars@havnens-el.dk";

pub const GOOD: [(&str, &str); 12] = [
    ("municipality", "frederikshavn"),
    ("name", "Lars Larsen"),
    ("organisation", "Havnens El ApS"),
    ("role", "Direktør"),
    ("email", EMAIL),
    ("expertise][business_planning", "on"),
    ("expertise][finance_funding", "on"),
    ("sectors][crafts_production", "on"),
    ("languages][da", "on"),
    ("capacity", "2"),
    ("introduction", "30 år som selvstændig elinstallatør."),
    ("consent", "on"),
];

pub async fn sign_up(client: &TestApp<'_>, fields: &[(&str, &str)]) -> super::Reply {
    client
        .post("/api/mentors/sign_up", form_in("form", fields))
        .await
}

pub async fn row(db: &DatabaseConnection) -> mentor::Model {
    mentor::Entity::find()
        .filter(mentor::Column::Email.eq(EMAIL))
        .one(db)
        .await
        .unwrap()
        .expect("the mentor's row")
}

/// Signs up and confirms as a browser without JavaScript; the mentor's id.
pub async fn confirmed(db: &DatabaseConnection) -> i32 {
    let client = TestApp::new(db);
    let sent = sign_up(&client.as_plain_form("/mentors"), &GOOD).await;
    assert_eq!(sent.status, StatusCode::FOUND, "{}", sent.body);
    assert_eq!(sent.location(), "/mentors?sent=1#sign-up");
    let token = emailed_token(db, EMAIL, "/mentors/confirm/").await;
    let page = client.get(&format!("/mentors/confirm/{token}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        row(db).await.status,
        "unconfirmed",
        "opening the link confirms nothing"
    );
    let pressed = client
        .as_plain_form(&format!("/mentors/confirm/{token}"))
        .post("/api/mentors/confirm", format!("token={token}"))
        .await;
    assert_eq!(pressed.status, StatusCode::FOUND, "{}", pressed.body);
    assert_eq!(pressed.location(), "/mentors?confirmed=1#sign-up");
    let again = client
        .as_plain_form(&format!("/mentors/confirm/{token}"))
        .post("/api/mentors/confirm", format!("token={token}"))
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert!(
        again.location().contains("error=not_found"),
        "{}",
        again.location()
    );
    row(db).await.id
}

/// Another mentor, signed up with `email`, confirmed and approved by the contact; the
/// token of their private link.
pub async fn approved_mentor(db: &DatabaseConnection, email: &str) -> String {
    let client = TestApp::new(db);
    let fields: Vec<(&str, &str)> = GOOD
        .iter()
        .map(|&(name, value)| (name, if name == "email" { email } else { value }))
        .collect();
    sign_up(&client, &fields).await;
    let token = emailed_token(db, email, "/mentors/confirm/").await;
    client
        .post("/api/mentors/confirm", format!("token={token}"))
        .await;
    let id = mentor::Entity::find()
        .filter(mentor::Column::Email.eq(email))
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let contact = signed_in(db, CONTACT).await;
    let approved = contact
        .post(
            "/api/staff/mentors/decide",
            form(&[("id", &id.to_string()), ("step", "approve")]),
        )
        .await;
    assert!(approved.status.is_success(), "{}", approved.body);
    emailed_token(db, email, "/mentors/me/").await
}

/// An enterprise in Frederikshavn asks for help with finance (in `language`); the
/// request's id.
pub async fn asked(db: &DatabaseConnection, email: &str, language: &str) -> i32 {
    use app::entities::mentor_request;
    let fields = [
        ("municipality", "frederikshavn"),
        ("name", "Mette Madsen"),
        ("email", email),
        ("company_name", "Kaffe & Co"),
        ("needs][finance_funding", "on"),
        ("language", language),
        ("consent", "on"),
    ];
    let sent = TestApp::new(db)
        .post("/api/mentors/ask", form_in("form", &fields))
        .await;
    assert!(sent.status.is_success(), "{}", sent.body);
    mentor_request::Entity::find()
        .filter(mentor_request::Column::Email.eq(email))
        .one(db)
        .await
        .unwrap()
        .expect("the request's row")
        .id
}

/// The mentor's id by their email.
pub async fn mentor_id(db: &DatabaseConnection, email: &str) -> i32 {
    mentor::Entity::find()
        .filter(mentor::Column::Email.eq(email))
        .one(db)
        .await
        .unwrap()
        .expect("the mentor")
        .id
}

/// The contact proposes mentor `mentor` for request `request`; the reply.
pub async fn propose(db: &DatabaseConnection, request: i32, mentor: i32) -> super::Reply {
    let fields = [
        ("mentor", mentor.to_string()),
        ("period_from", "2026-12-01".to_owned()),
        ("period_to", "2027-05-31".to_owned()),
        (
            "goals",
            "Et budget for 2027 og en plan for salg til virksomheder.".to_owned(),
        ),
    ];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(n, v)| (*n, v.as_str())).collect();
    signed_in(db, CONTACT)
        .await
        .post(
            "/api/staff/mentorships/propose",
            format!("request={request}&{}", form_in("form", &fields)),
        )
        .await
}
