//! Two server processes on one PostgreSQL database, as an installation grows: started
//! together on an empty database, both come up; 100 enquiries sent through both get 100
//! references; every email is sent exactly once, by one of them; on SIGTERM each stops
//! within the shutdown limit.
mod common;

use app::db::testing::{Backend, TestDb};
use app::entities::{enquiry, outbox_email};
use common::form_in;
use common::process::{Running, answers_healthz, free_address, http, server_binary};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};
use std::collections::HashSet;
use std::path::PathBuf;
use std::process::{Command, ExitStatus};
use std::time::{Duration, Instant};
use tokio::task::JoinSet;

const ENQUIRIES: usize = 100;

/// One server process with its own address and its own outbox folder, logging to a file.
struct Instance {
    server: Running,
    addr: String,
    dir: PathBuf,
}

impl Instance {
    fn start(name: &str, database_url: &str) -> Self {
        let addr = free_address();
        let dir = common::scratch_dir(&format!("instance-{name}"));
        std::fs::create_dir_all(&dir).unwrap();
        let log = std::fs::File::create(dir.join("server.log")).unwrap();
        let (site, outbox) = (dir.join("site"), dir.join("outbox"));
        let child = server_binary(&[
            ("DATABASE_URL", database_url),
            ("SEED_DEMO", "true"),
            ("LEPTOS_SITE_ADDR", &addr),
            ("LEPTOS_SITE_ROOT", site.to_str().unwrap()),
            ("PUBLIC_URL", &format!("http://{addr}")),
            ("OUTBOX_DIR", outbox.to_str().unwrap()),
            ("RATE_LIMIT_ENQUIRY_SUBMIT", "1000/1m"),
            ("RUST_LOG", "info"),
        ])
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .spawn()
        .expect("the server binary starts");
        Self {
            server: Running(child),
            addr,
            dir,
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("server.log")).unwrap_or_default()
    }

    async fn wait_until_healthy(&mut self) {
        let started = Instant::now();
        while !answers_healthz(&self.addr).await {
            if let Ok(Some(status)) = self.server.0.try_wait() {
                panic!("the server stopped ({status}):\n{}", self.log());
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "not healthy after a minute:\n{}",
                self.log()
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// The outbox files this instance wrote.
    fn sent(&self) -> HashSet<String> {
        common::mail::delivered(&self.dir.join("outbox"))
            .into_iter()
            .collect()
    }

    /// Sends SIGTERM; the exit status and how long it took.
    async fn terminate(&mut self) -> (ExitStatus, Duration) {
        let asked = Instant::now();
        let killed = Command::new("kill")
            .args(["-TERM", &self.server.0.id().to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        loop {
            if let Some(status) = self.server.0.try_wait().unwrap() {
                return (status, asked.elapsed());
            }
            assert!(
                asked.elapsed() < Duration::from_secs(15),
                "still running 15 s after SIGTERM:\n{}",
                self.log()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

async fn unsent(db: &DatabaseConnection) -> u64 {
    outbox_email::Entity::find()
        .filter(outbox_email::Column::Status.ne("sent"))
        .count(db)
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_share_one_postgres_database() {
    let test_db = TestDb::unmigrated(Backend::Postgres).await;
    let url = test_db.postgres_url().expect("a PostgreSQL URL");
    let mut instances = [Instance::start("a", &url), Instance::start("b", &url)];
    for instance in &mut instances {
        instance.wait_until_healthy().await;
    }

    // Ten clients at once, each sending ten enquiries, to the two instances by turns.
    let addrs: Vec<String> = instances.iter().map(|i| i.addr.clone()).collect();
    let mut clients = JoinSet::new();
    for client in 0..10 {
        let addrs = addrs.clone();
        clients.spawn(async move {
            for n in 0..ENQUIRIES / 10 {
                let email = format!("person{client}-{n}@example.dk");
                let fields = [
                    ("municipality", "frederikshavn"),
                    ("name", "Mette"),
                    ("email", email.as_str()),
                    ("topic", "funding"),
                    ("message", "Hej"),
                    ("consent", "on"),
                ];
                let addr = &addrs[(client + n) % 2];
                let (status, reply) = http(
                    addr,
                    "POST",
                    "/api/enquiry/submit",
                    &form_in("form", &fields),
                )
                .await
                .expect("an answer");
                assert!((200..400).contains(&status), "{reply}");
            }
        });
    }
    while let Some(done) = clients.join_next().await {
        done.unwrap();
    }

    let db = &test_db.db;
    let enquiries = enquiry::Entity::find().all(db).await.unwrap();
    assert_eq!(enquiries.len(), ENQUIRIES);
    let references: HashSet<&str> = enquiries.iter().map(|e| e.reference.as_str()).collect();
    assert_eq!(references.len(), ENQUIRIES, "every reference its own");

    // The instances' email jobs send everything (each run claimed by one of them).
    let waiting = Instant::now();
    while unsent(db).await > 0 {
        assert!(
            waiting.elapsed() < Duration::from_secs(120),
            "{} emails still unsent after two minutes",
            unsent(db).await
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let rows = outbox_email::Entity::find().all(db).await.unwrap();
    assert!(rows.len() >= 2 * ENQUIRIES, "a receipt and a notice each");
    let (a, b) = (instances[0].sent(), instances[1].sent());
    assert!(a.is_disjoint(&b), "sent by both: {:?}", a.intersection(&b));
    let expected: HashSet<String> = rows.iter().map(|r| format!("{:06}.eml", r.id)).collect();
    let sent: HashSet<String> = a.union(&b).cloned().collect();
    assert_eq!(sent, expected, "every message sent exactly once");
    println!(
        "{} enquiries, {} emails: {} sent by one instance, {} by the other",
        ENQUIRIES,
        rows.len(),
        a.len(),
        b.len()
    );

    for instance in &mut instances {
        let (status, took) = instance.terminate().await;
        assert!(status.success(), "{status}:\n{}", instance.log());
        assert!(took < Duration::from_secs(10), "{took:?}");
        assert!(instance.log().contains("stopped"), "{}", instance.log());
    }
    drop(instances);
    test_db.close().await;
}
