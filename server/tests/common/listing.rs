//! A listing application as the tests send it: good answers, the emailed links, the
//! private page reached.
use super::mail::outbox_to;
use super::{Reply, TestApp, form_in};
use app::entities::company;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

pub const CVR: &str = "13748136";

pub const GOOD: [(&str, &str); 15] = [
    ("municipality", "frederikshavn"),
    ("cvr", CVR),
    ("name", "Havnens Værksted"),
    ("legal_form", "aps"),
    ("purpose", "employment"),
    (
        "description_da",
        "Reparerer både og ansætter folk i fleksjob.",
    ),
    ("products", "Bådreparation"),
    ("street", "Havnen 3"),
    ("postcode", "9900"),
    ("city", "Frederikshavn"),
    ("tg_flex_job", "on"),
    ("rsv_status", "registered"),
    ("contact_name", "Mette Madsen"),
    ("contact_email", "mette@example.dk"),
    ("consent", "on"),
];

pub async fn apply(client: &TestApp<'_>, fields: &[(&str, &str)]) -> Reply {
    client
        .post("/api/listing/apply", form_in("form", fields))
        .await
}

/// The token after `path` in the newest email to `to`.
pub async fn emailed_token(db: &sea_orm::DatabaseConnection, to: &str, path: &str) -> String {
    let emails = outbox_to(db, to).await;
    emails
        .iter()
        .rev()
        .find_map(|e| {
            let at = e.body_text.find(path)? + path.len();
            Some(e.body_text[at..at + 43].to_owned())
        })
        .unwrap_or_else(|| panic!("no link to {path} for {to}"))
}

/// The application's row, by its CVR.
pub async fn application_row(db: &sea_orm::DatabaseConnection) -> company::Model {
    company::Entity::find()
        .filter(company::Column::Cvr.eq(CVR))
        .one(db)
        .await
        .unwrap()
        .unwrap()
}

/// Presses the button on the emailed link's page, as a browser without JavaScript.
pub async fn press_confirm(client: &TestApp<'_>, token: &str) -> Reply {
    client
        .as_plain_form(&format!("/registry/apply/confirm/{token}"))
        .post("/api/listing/confirm", format!("token={token}"))
        .await
}

/// An application sent and confirmed, as a browser without JavaScript does it: the path of
/// its private page.
pub async fn confirmed_application(
    client: &TestApp<'_>,
    db: &sea_orm::DatabaseConnection,
) -> String {
    let sent = apply(&client.as_plain_form("/registry/apply"), &GOOD).await;
    assert_eq!(sent.status, http::StatusCode::FOUND, "{}", sent.body);
    let token = emailed_token(db, "mette@example.dk", "/registry/apply/confirm/").await;
    let confirmed = press_confirm(client, &token).await;
    assert_eq!(
        confirmed.status,
        http::StatusCode::FOUND,
        "{}",
        confirmed.body
    );
    confirmed.location()
}
