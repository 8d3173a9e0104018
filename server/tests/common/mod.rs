//! What the server's HTTP tests share: the router over a test database, requests as the
//! app's own client or a browser without JavaScript sends them, replies read whole, staff
//! sign-in, form encoding and the outbox.
// Each test binary compiles this module on its own and uses only part of it.
#![allow(dead_code)]

pub mod listing;
pub mod mail;
pub mod mentor;
pub mod process;

use app::account::session_cookie_name;
use app::domain::text::url_encode;
use app::entities::staff_user;
use app::seed::DEMO_STAFF_PASSWORD;
use app::settings::SiteUrl;
use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use http::{HeaderName, HeaderValue, Method, Request, StatusCode, header};
use leptos::config::LeptosOptions;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use server::config::Config;
use server::routes::{AppState, router};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;

/// Where the test server says it is served (the default `PUBLIC_URL`).
pub const SITE: &str = "http://127.0.0.1:3000";
/// The same server's address when it is served over https ([`TestApp::over_https`]).
pub const HTTPS_SITE: &str = "https://127.0.0.1:3000";

/// A client of the app over one test database. Every request goes to a newly built router,
/// as to a freshly started server, so in-memory state such as rate limits starts empty; a
/// test that needs one router across requests takes [`TestApp::router`] and [`send`].
#[derive(Clone)]
pub struct TestApp<'a> {
    db: &'a DatabaseConnection,
    /// The server's configuration: every variable at its default unless a test set some
    /// (`configured`).
    config: Config,
    /// Sent with every request: the session cookie, what a browser without JavaScript adds.
    headers: Vec<(HeaderName, HeaderValue)>,
    /// The address the requests come from, as the socket reports it; none by default.
    peer: Option<SocketAddr>,
    /// Posts carry `Origin` (true unless [`TestApp::without_origin`]).
    sends_origin: bool,
}

impl<'a> TestApp<'a> {
    /// Anonymous, as the app's own client calls it (no `Accept: text/html`).
    pub fn new(db: &'a DatabaseConnection) -> Self {
        Self::configured(db, &config(&[]))
    }

    /// As [`TestApp::new`], of a server started with `config` (see [`config`]).
    pub fn configured(db: &'a DatabaseConnection, config: &Config) -> Self {
        Self {
            db,
            config: config.clone(),
            headers: Vec::new(),
            peer: None,
            sends_origin: true,
        }
    }

    /// Served over https: `PUBLIC_URL` is [`HTTPS_SITE`].
    pub fn over_https(mut self) -> Self {
        self.config.settings.site_url = SiteUrl::new(HTTPS_SITE);
        self
    }

    /// With one more header on every request.
    pub fn with_header(&self, name: HeaderName, value: &str) -> Self {
        let mut app = self.clone();
        app.headers
            .push((name, HeaderValue::from_str(value).expect("a header value")));
        app
    }

    /// Connecting from `peer` (`192.0.2.1:4711`), as a server started by `serve` sees it.
    pub fn connecting_from(&self, peer: &str) -> Self {
        let mut app = self.clone();
        app.peer = Some(peer.parse().expect("an address with a port"));
        app
    }

    /// With a staff session cookie, named as this server names it (`__Host-sid` over https).
    pub fn with_session(&self, token: &str) -> Self {
        let name = session_cookie_name(self.config.settings.site_url.is_https());
        self.with_header(header::COOKIE, &format!("{name}={token}"))
    }

    /// As a browser without JavaScript: it asks for HTML and posts its forms from `page`,
    /// which the server sends it back to on an error.
    pub fn as_plain_form(&self, page: &str) -> Self {
        let site = self.config.settings.site_url.0.clone();
        self.with_header(header::ACCEPT, "text/html,application/xhtml+xml")
            .with_header(header::ORIGIN, &site)
            .with_header(header::REFERER, &format!("{site}{page}"))
    }

    /// The router as the server builds it, over the test database.
    pub fn router(&self) -> Router {
        router(AppState::from_config(self.db.clone(), &self.config))
    }

    /// As a client that sends neither `Origin` nor `Referer` with its posts (a script, or
    /// a browser told to strip them).
    pub fn without_origin(&self) -> Self {
        let mut app = self.clone();
        app.sends_origin = false;
        app
    }

    /// The request this client would send; a post's body is form-encoded and, as a browser
    /// sends it, carries the site's `Origin` unless a test chose another.
    pub fn request(&self, method: Method, path: &str, body: impl AsRef<str>) -> Request<Body> {
        let body = body.as_ref().as_bytes().to_vec();
        self.request_of("application/x-www-form-urlencoded", method, path, body)
    }

    /// [`TestApp::request`] with a body of another type.
    fn request_of(
        &self,
        content_type: &str,
        method: Method,
        path: &str,
        body: Vec<u8>,
    ) -> Request<Body> {
        let mut builder = Request::builder().method(method.clone()).uri(path);
        if method != Method::GET {
            builder = builder.header(header::CONTENT_TYPE, content_type);
            let has_origin = self.headers.iter().any(|(name, _)| name == header::ORIGIN);
            if self.sends_origin && !has_origin {
                builder = builder.header(header::ORIGIN, &self.config.settings.site_url.0);
            }
        }
        for (name, value) in &self.headers {
            builder = builder.header(name, value);
        }
        if let Some(peer) = self.peer {
            builder = builder.extension(ConnectInfo(peer));
        }
        builder.body(Body::from(body)).unwrap()
    }

    pub async fn get(&self, path: &str) -> Reply {
        send(self.router(), self.request(Method::GET, path, "")).await
    }

    /// A form-encoded post with `body` as it stands (see [`form`] to build one).
    pub async fn post(&self, path: &str, body: impl AsRef<str>) -> Reply {
        send(self.router(), self.request(Method::POST, path, body)).await
    }

    /// A post of these fields, form-encoded.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Reply {
        self.post(path, form(fields)).await
    }

    /// A form with a file, as a browser posts one (`multipart/form-data`): the text
    /// `fields`, then the file's bytes as field `file.0`.
    pub async fn post_multipart(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        file: (&str, &[u8]),
    ) -> Reply {
        send(self.router(), self.multipart(path, fields, file)).await
    }

    /// The request [`TestApp::post_multipart`] sends.
    pub fn multipart(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        file: (&str, &[u8]),
    ) -> Request<Body> {
        const BOUNDARY: &str = "----testboundary7MA4YWxkTrZu0gW";
        let mut body = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(
                format!(
                    "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
                )
                .as_bytes(),
            );
        }
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{}\"; filename=\"logo.png\"\r\n\
                 Content-Type: image/png\r\n\r\n",
                file.0
            )
            .as_bytes(),
        );
        body.extend_from_slice(file.1);
        body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
        let content_type = format!("multipart/form-data; boundary={BOUNDARY}");
        self.request_of(&content_type, Method::POST, path, body)
    }

    pub async fn post_json(&self, path: &str, json: impl AsRef<str>) -> Reply {
        let mut request = self.request(Method::POST, path, json);
        request.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        send(self.router(), request).await
    }
}

/// A response, read whole.
pub struct Reply {
    pub status: StatusCode,
    pub headers: http::HeaderMap,
    pub body: String,
    /// The body as it came (a picture's).
    pub bytes: Vec<u8>,
}

impl Reply {
    /// Where a redirect points; empty when it is none.
    pub fn location(&self) -> String {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    }

    /// The staff session token the response set, if any (empty when it cleared it), under
    /// either name (`sid`, or `__Host-sid` over https).
    pub fn session(&self) -> Option<String> {
        let names = [session_cookie_name(false), session_cookie_name(true)];
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|c| {
                let (name, rest) = c.split_once('=')?;
                names.contains(&name).then_some(rest)
            })
            .map(|rest| rest.split(';').next().unwrap_or_default().to_owned())
    }

    /// The body as JSON; `Null` when it is not JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_default()
    }

    /// The opening tag of the element with this `id`, attributes and all.
    pub fn tag_with_id(&self, id: &str) -> &str {
        let at = self
            .body
            .find(&format!(r#" id="{id}""#))
            .unwrap_or_else(|| panic!("no element with id {id}"));
        let start = self.body[..at].rfind('<').expect("a tag");
        let end = at + self.body[at..].find('>').expect("a closed tag");
        &self.body[start..=end]
    }

    /// The contract of `components::Field` (and `ChoiceField`) for the control (or group)
    /// with this id: a label for it (a legend for a group); `aria-describedby` naming
    /// `{id}-help` when there is a hint and `{id}-error` when there is a message, and
    /// nothing else; `aria-invalid="true"` only with a message (never on a group of
    /// checkboxes, where ARIA does not allow it); the message's text in `{id}-error`.
    /// Returns the control's opening tag, for checking its value.
    pub fn field(&self, id: &str, hint: bool, message: Option<&str>) -> &str {
        let tag = self.tag_with_id(id);
        if tag.starts_with("<fieldset") {
            let at = self.body.find(tag).unwrap() + tag.len();
            assert!(
                self.body[at..].starts_with("<legend>"),
                "{id}: a legend first"
            );
        } else {
            assert!(
                self.body.contains(&format!(r#"<label for="{id}""#)),
                "{id}: a label for the control"
            );
        }
        let help = format!("{id}-help");
        let error = format!("{id}-error");
        let described: Vec<&str> = [
            hint.then_some(help.as_str()),
            message.map(|_| error.as_str()),
        ]
        .into_iter()
        .flatten()
        .collect();
        if described.is_empty() {
            assert!(
                !tag.contains("aria-describedby"),
                "{id}: described by nothing: {tag}"
            );
        } else {
            let expected = format!(r#"aria-describedby="{}""#, described.join(" "));
            assert!(tag.contains(&expected), "{id}: {expected} in {tag}");
        }
        let group_of_boxes = tag.starts_with("<fieldset") && !tag.contains("radiogroup");
        assert_eq!(
            tag.contains(r#"aria-invalid="true""#),
            message.is_some() && !group_of_boxes,
            "{id}: aria-invalid in {tag}"
        );
        assert!(!tag.contains(r#"aria-invalid="false""#), "{tag}");
        assert_eq!(
            self.body.contains(&format!(r#" id="{help}""#)),
            hint,
            "{id}: the hint"
        );
        match message {
            Some(text) => {
                let at = self.body.find(&format!(r#" id="{error}""#)).unwrap();
                let shown = &self.body[at..(at + 300).min(self.body.len())];
                assert!(shown.contains(text), "{id}: {text} in {shown}");
            }
            None => assert!(
                !self.body.contains(&format!(r#" id="{error}""#)),
                "{id}: no message"
            ),
        }
        tag
    }
}

/// Sends one request through `router` and reads the whole response.
pub async fn send(router: Router, request: Request<Body>) -> Reply {
    use tower::ServiceExt;
    let response = router.oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), 8 << 20)
        .await
        .unwrap();
    Reply {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
        bytes: bytes.to_vec(),
    }
}

/// Fields as a browser form-encodes them.
pub fn form(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(name, value)| format!("{}={}", url_encode(name), url_encode(value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Fields as the members of a server function's struct argument `group` (`group[name]`).
pub fn form_in(group: &str, fields: &[(&str, &str)]) -> String {
    let named: Vec<(String, &str)> = fields
        .iter()
        .map(|(name, value)| (format!("{group}[{name}]"), *value))
        .collect();
    let fields: Vec<(&str, &str)> = named.iter().map(|(n, v)| (n.as_str(), *v)).collect();
    form(&fields)
}

/// Signs in as the app's own client does; the reply carries the session if it worked.
pub async fn try_sign_in(db: &DatabaseConnection, email: &str, password: &str) -> Reply {
    TestApp::new(db)
        .post_form(
            "/api/staff/sign_in",
            &[("email", email), ("password", password)],
        )
        .await
}

/// Signs in one of the demo staff and returns the session token.
pub async fn sign_in(db: &DatabaseConnection, email: &str) -> String {
    try_sign_in(db, email, DEMO_STAFF_PASSWORD)
        .await
        .session()
        .unwrap_or_else(|| panic!("{email} signs in"))
}

/// A client signed in as one of the demo staff.
pub async fn signed_in<'a>(db: &'a DatabaseConnection, email: &str) -> TestApp<'a> {
    TestApp::new(db).with_session(&sign_in(db, email).await)
}

pub async fn staff_by_email(db: &DatabaseConnection, email: &str) -> Option<staff_user::Model> {
    staff_user::Entity::find()
        .filter(staff_user::Column::Email.eq(email))
        .one(db)
        .await
        .unwrap()
}

/// The configuration the server would have with only these variables set.
pub fn config(vars: &[(&str, &str)]) -> Config {
    let vars: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let leptos_options = LeptosOptions::builder()
        .output_name("socialokonomi")
        .build();
    Config::from_vars(&vars, leptos_options).unwrap()
}

/// A path for a folder of this test's own (tests run at once), not yet created.
pub fn scratch_dir(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!(
        "socialokonomi-{name}-{}-{}",
        std::process::id(),
        chrono::Utc::now().timestamp_nanos_opt().unwrap_or_default()
    ))
}

/// Mette's question about funding to Frederikshavn, as the public enquiry form posts it.
pub fn enquiry_form() -> String {
    let fields = [
        ("municipality", "frederikshavn"),
        ("name", "Mette"),
        ("email", "mette@example.dk"),
        ("topic", "funding"),
        ("message", "Hej"),
        ("consent", "on"),
    ];
    form_in("form", &fields)
}

/// [`enquiry_form`] sent as the app's own client sends it; the demo data must be there.
pub async fn send_enquiry(app: &TestApp<'_>) -> Reply {
    let reply = app.post("/api/enquiry/submit", enquiry_form()).await;
    assert!(
        reply.status.is_success() || reply.status.is_redirection(),
        "{}",
        reply.body
    );
    reply
}

/// The admin staff form (`input[...]`) as a browser posts it.
pub fn staff_form(name: &str, email: &str, role: &str, municipality_id: &str) -> String {
    form_in(
        "input",
        &[
            ("display_name", name),
            ("email", email),
            ("role", role),
            ("municipality_id", municipality_id),
        ],
    )
}

/// The id of the demo municipality with this URL name.
pub async fn municipality_id(db: &DatabaseConnection, slug: &str) -> i32 {
    app::entities::municipality::Entity::find()
        .filter(app::entities::municipality::Column::Slug.eq(slug))
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .id
}
