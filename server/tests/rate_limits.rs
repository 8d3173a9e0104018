//! The rate limits of the public forms over HTTP, on both databases: each `RATE_LIMIT_*`
//! takes effect on its form, and the client counted is the socket's peer, or behind one of
//! `TRUSTED_PROXIES` the address it forwards. How each value is parsed is tested in
//! `server/src/config/tests.rs`; the counting itself in `app/src/rate_limit.rs`.
mod common;

use app::db_test;
use app::seed::seed_demo_if_empty;
use common::{TestApp, config, enquiry_form, send};
use http::{Method, StatusCode};
use sea_orm::DatabaseConnection;

/// A public form: its server function and a body it accepts.
type Form = (&'static str, fn() -> String);

const ASSESSMENT_START: Form = ("/api/assessment/start", String::new);
const ENQUIRY_SUBMIT: Form = ("/api/enquiry/submit", enquiry_form);
const SIGN_IN: Form = ("/api/staff/sign_in", || {
    "email=nobody%40example.dk&password=not+the+password".into()
});
const RESET_REQUEST: Form = ("/api/staff/request_password_reset", || {
    "email=nobody%40example.dk".into()
});
const RESET_PASSWORD: Form = ("/api/staff/reset_password", || {
    "token=not-a-token&password=a+long+enough+secret&repeat=a+long+enough+secret".into()
});

/// Posts `form` `times` times, each from the peer and with the `X-Forwarded-For` that
/// `from(i)` gives, through one router of a server configured with `vars`: whether each was
/// refused with 429.
async fn refused(
    db: &DatabaseConnection,
    vars: &[(&str, &str)],
    (path, body): Form,
    times: usize,
    from: impl Fn(usize) -> (&'static str, Option<String>),
) -> Vec<bool> {
    let app = TestApp::configured(db, &config(vars));
    let router = app.router();
    let mut refused = Vec::new();
    for i in 0..times {
        let (peer, forwarded_for) = from(i);
        let mut client = app.connecting_from(peer);
        if let Some(hops) = forwarded_for {
            client = client.with_header("x-forwarded-for".try_into().unwrap(), &hops);
        }
        let reply = send(router.clone(), client.request(Method::POST, path, body())).await;
        assert!(
            reply.status != StatusCode::INTERNAL_SERVER_ERROR,
            "{path}: {}",
            reply.body
        );
        refused.push(reply.status == StatusCode::TOO_MANY_REQUESTS);
    }
    refused
}

/// With `variable` at 2 per hour the third post from one client is refused; at the default
/// it is not.
async fn limit_takes_effect(db: &DatabaseConnection, variable: &str, form: Form) {
    seed_demo_if_empty(db).await.unwrap();
    let one_client = |_| ("192.0.2.1:4711", None);
    let set = refused(db, &[(variable, "2/1h")], form, 3, one_client).await;
    assert_eq!(set, [false, false, true], "{variable}");
    let default = refused(db, &[], form, 3, one_client).await;
    assert_eq!(default, [false, false, false], "{variable} unset");
}

db_test!(rate_limit_assessment_start_takes_effect, |db| {
    limit_takes_effect(db, "RATE_LIMIT_ASSESSMENT_START", ASSESSMENT_START).await;
});

db_test!(rate_limit_enquiry_submit_takes_effect, |db| {
    limit_takes_effect(db, "RATE_LIMIT_ENQUIRY_SUBMIT", ENQUIRY_SUBMIT).await;
});

db_test!(rate_limit_sign_in_takes_effect, |db| {
    limit_takes_effect(db, "RATE_LIMIT_SIGN_IN", SIGN_IN).await;
});

db_test!(rate_limit_reset_request_takes_effect, |db| {
    limit_takes_effect(db, "RATE_LIMIT_RESET_REQUEST", RESET_REQUEST).await;
});

db_test!(rate_limit_reset_password_takes_effect, |db| {
    limit_takes_effect(db, "RATE_LIMIT_RESET_PASSWORD", RESET_PASSWORD).await;
});

db_test!(x_forwarded_for_counts_only_from_a_trusted_proxy, |db| {
    let limited = [("RATE_LIMIT_SIGN_IN", "2/1h")];
    let behind_proxy = [limited[0], ("TRUSTED_PROXIES", "10.0.0.0/8")];
    let forwarding = |i| format!("203.0.113.{i}, 10.0.0.3");

    // A client that is no trusted proxy makes up a new X-Forwarded-For each time: it is
    // still one client, counted by its socket.
    let spoofed = refused(db, &behind_proxy, SIGN_IN, 3, |i| {
        ("192.0.2.7:4711", Some(forwarding(i)))
    })
    .await;
    assert_eq!(
        spoofed,
        [false, false, true],
        "the header from outside is ignored"
    );

    // Through the trusted proxy (and a second one it forwards for), each client counts
    // alone …
    let proxied = |i| ("10.0.0.2:443", Some(forwarding(i)));
    let clients = refused(db, &behind_proxy, SIGN_IN, 3, proxied).await;
    assert_eq!(
        clients,
        [false, false, false],
        "three clients behind the proxy"
    );
    // … which it does not without TRUSTED_PROXIES: all are the proxy then.
    let untrusted = refused(db, &limited, SIGN_IN, 3, proxied).await;
    assert_eq!(
        untrusted,
        [false, false, true],
        "TRUSTED_PROXIES takes effect"
    );

    // One client behind the proxy is limited whatever it writes left of its own address.
    let one = refused(db, &behind_proxy, SIGN_IN, 3, |i| {
        ("10.0.0.2:443", Some(format!("198.51.100.{i}, 203.0.113.9")))
    })
    .await;
    assert_eq!(one, [false, false, true], "the right-most untrusted hop");

    // IPv6 clients count by their /64, directly or forwarded.
    let same_64 = refused(db, &behind_proxy, SIGN_IN, 3, |i| {
        ("10.0.0.2:443", Some(format!("2001:db8:0:1::{}", i + 1)))
    })
    .await;
    assert_eq!(same_64, [false, false, true], "one /64");
    let peers = [
        "[2001:db8::1]:4711",
        "[2001:db8::2]:4711",
        "[2001:db8::3]:4711",
    ];
    let direct = refused(db, &limited, SIGN_IN, 3, |i| (peers[i], None)).await;
    assert_eq!(direct, [false, false, true], "one /64 on the socket");
});
