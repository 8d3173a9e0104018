//! Email that never silently disappears: failed sends are retried with backoff, end as
//! failed, and admins see every row with its last error; with `SMTP_URL` messages go to
//! an SMTP server (here a small fake one on a local port). Both databases.
mod common;

use common::mail::Mailbox;
use common::signed_in;

use app::db_test;
use app::email::{BACKOFF_MINUTES, Message, Transport, enqueue, send_pending};
use app::entities::outbox_email;
use app::jobs::Stopping;
use app::seed::seed_demo_if_empty;
use sea_orm::EntityTrait;

db_test!(
    failed_sends_are_retried_then_marked_failed_and_shown_to_admins,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        // Whole milliseconds: PostgreSQL keeps microseconds, not nanoseconds.
        let start = chrono::SubsecRound::trunc_subsecs(chrono::Utc::now(), 3);
        let id = enqueue(
            db,
            Message {
                municipality_id: None,
                to: "someone@example.dk".into(),
                subject: "Prøve".into(),
                body: "Hej".into(),
            },
            start,
        )
        .await
        .unwrap();
        // A folder that cannot be created: every attempt fails.
        let blocker =
            std::env::temp_dir().join(format!("outbox-blocker-{}-{id}", std::process::id()));
        std::fs::write(&blocker, "a file, not a folder").unwrap();
        let broken = Transport::Folder {
            dir: blocker.join("sub"),
            from: "noreply@test".into(),
        };
        let mut now = start;
        for (attempt, wait) in BACKOFF_MINUTES.iter().enumerate() {
            assert_eq!(
                send_pending(db, &broken, now, 10, &Stopping::never())
                    .await
                    .unwrap(),
                0
            );
            let row = outbox_email::Entity::find_by_id(id)
                .one(db)
                .await
                .unwrap()
                .unwrap();
            assert_eq!(row.attempts as usize, attempt + 1);
            assert_eq!(row.status, "pending");
            assert_eq!(row.next_attempt_at, now + chrono::Duration::minutes(*wait));
            // Not retried before its time.
            assert_eq!(
                send_pending(db, &broken, now, 10, &Stopping::never())
                    .await
                    .unwrap(),
                0
            );
            let same = outbox_email::Entity::find_by_id(id)
                .one(db)
                .await
                .unwrap()
                .unwrap();
            assert_eq!(same.attempts, row.attempts);
            now = row.next_attempt_at;
        }
        send_pending(db, &broken, now, 10, &Stopping::never())
            .await
            .unwrap();
        let row = outbox_email::Entity::find_by_id(id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.status, "failed");
        assert!(row.last_error.is_some());
        let _ = std::fs::remove_file(&blocker);

        // Admins see it, failure and error included.
        let admin = signed_in(db, "admin@demo.socialokonomi.dk").await;
        let body = admin.get("/staff/outbox").await.body;
        assert!(body.contains("someone@example.dk"));
        assert!(body.contains("Fejlet"));
    }
);

/// A minimal SMTP server on a free local port: answers one client at a time, accepts the
/// message (or refuses every recipient) and sends each session's transcript back.
fn fake_smtp(refuse_recipients: bool) -> (u16, std::sync::mpsc::Receiver<String>) {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut transcript = String::new();
            let _ = stream.write_all(b"220 fake.test ESMTP\r\n");
            let mut in_data = false;
            let mut line = String::new();
            while reader.read_line(&mut line).unwrap_or(0) > 0 {
                transcript.push_str(&line);
                let command = line.trim_end().to_ascii_uppercase();
                let answer: &[u8] = if in_data {
                    if command == "." {
                        in_data = false;
                        b"250 2.0.0 queued\r\n"
                    } else {
                        b""
                    }
                } else if command.starts_with("EHLO") {
                    b"250-fake.test\r\n250 8BITMIME\r\n"
                } else if command.starts_with("RCPT") && refuse_recipients {
                    b"550 5.1.1 no such mailbox\r\n"
                } else if command == "DATA" {
                    in_data = true;
                    b"354 end with .\r\n"
                } else if command == "QUIT" {
                    let _ = stream.write_all(b"221 bye\r\n");
                    break;
                } else {
                    b"250 ok\r\n"
                };
                let _ = stream.write_all(answer);
                line.clear();
            }
            if tx.send(transcript).is_err() {
                return;
            }
        }
    });
    (port, rx)
}

db_test!(with_smtp_url_messages_go_to_the_smtp_server, |db| {
    let now = chrono::Utc::now();
    let message = || Message {
        municipality_id: None,
        to: "mette@example.dk".into(),
        subject: "Svar på din henvendelse".into(),
        body: "Hej Mette\n.\nVenlig hilsen".into(),
    };
    let id = enqueue(db, message(), now).await.unwrap();
    let (port, transcripts) = fake_smtp(false);
    let smtp = Transport::smtp(
        &format!("smtp://127.0.0.1:{port}"),
        "Socialøkonomi <noreply@kommune.dk>",
    )
    .unwrap();
    assert_eq!(
        send_pending(db, &smtp, now, 10, &Stopping::never())
            .await
            .unwrap(),
        1
    );
    let row = outbox_email::Entity::find_by_id(id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.status, "sent");
    let transcript = transcripts
        .recv_timeout(std::time::Duration::from_secs(10))
        .unwrap();
    assert!(
        transcript.contains("MAIL FROM:<noreply@kommune.dk>"),
        "{transcript}"
    );
    assert!(
        transcript.contains("RCPT TO:<mette@example.dk>"),
        "{transcript}"
    );
    assert!(
        transcript.contains("To: mette@example.dk\r\n"),
        "{transcript}"
    );
    assert!(transcript.contains("Subject: =?utf-8?B?"), "{transcript}");
    // A line with only a dot is escaped, so it does not end the message early.
    assert!(
        transcript.contains("Hej Mette\r\n..\r\nVenlig hilsen"),
        "{transcript}"
    );

    // A server that refuses the recipient: kept for a retry, with the server's answer.
    let id = enqueue(db, message(), now).await.unwrap();
    let (port, _transcripts) = fake_smtp(true);
    let refusing =
        Transport::smtp(&format!("smtp://127.0.0.1:{port}"), "noreply@kommune.dk").unwrap();
    assert_eq!(
        send_pending(db, &refusing, now, 10, &Stopping::never())
            .await
            .unwrap(),
        0
    );
    let row = outbox_email::Entity::find_by_id(id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.status, "pending");
    assert_eq!(row.attempts, 1);
    assert!(
        row.last_error
            .as_deref()
            .unwrap_or_default()
            .contains("550"),
        "{:?}",
        row.last_error
    );
});

db_test!(two_senders_at_once_send_each_message_once, |db| {
    let now = chrono::SubsecRound::trunc_subsecs(chrono::Utc::now(), 3);
    for n in 0..20 {
        let message = Message {
            municipality_id: None,
            to: format!("person{n}@example.dk"),
            subject: "Kvittering".into(),
            body: "Hej".into(),
        };
        enqueue(db, message, now).await.unwrap();
    }
    // Two instances' workers, each delivering into its own folder.
    let (a, b) = (Mailbox::new("sender-a"), Mailbox::new("sender-b"));
    let (to_a, to_b, never) = (a.transport(), b.transport(), Stopping::never());
    let (sent_a, sent_b) = tokio::join!(
        send_pending(db, &to_a, now, 50, &never),
        send_pending(db, &to_b, now, 50, &never)
    );
    assert_eq!(sent_a.unwrap() + sent_b.unwrap(), 20);
    let (files_a, files_b) = (a.files(), b.files());
    assert_eq!(files_a.len() + files_b.len(), 20, "{files_a:?} {files_b:?}");
    assert!(files_a.iter().all(|f| !files_b.contains(f)));
});

db_test!(a_sender_asked_to_stop_sends_nothing_more, |db| {
    let now = chrono::SubsecRound::trunc_subsecs(chrono::Utc::now(), 3);
    let message = Message {
        municipality_id: None,
        to: "mette@example.dk".into(),
        subject: "Kvittering".into(),
        body: "Hej".into(),
    };
    enqueue(db, message, now).await.unwrap();
    let (stop, stopping) = Stopping::new();
    stop.send(true).unwrap();
    let mailbox = Mailbox::new("stopped");
    let transport = mailbox.transport();
    let sent = send_pending(db, &transport, now, 50, &stopping).await;
    assert_eq!(sent.unwrap(), 0);
    // Left for the next start.
    let row = outbox_email::Entity::find().one(db).await.unwrap().unwrap();
    assert_eq!((row.status.as_str(), row.attempts), ("pending", 0));
});
