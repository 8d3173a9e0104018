//! How many eligibility checks per second the API answers (budget: at least 5 000 on the
//! project's 2-core machine). The server runs in this process on 127.0.0.1 with its own
//! SQLite; the load comes from keep-alive connections on loopback, bounded in time.
//!
//! `cargo bench -p server --features app/test-support --bench api_throughput`
//! Knobs: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 32).
use app::db::testing::{Backend, TestDb};
use leptos::config::LeptosOptions;
use server::config::Config;
use server::routes::{AppState, router};
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

const BODY: &str = r#"{"legal_form":"aps","purpose":{"primary_aim":"social","in_statutes":true},"commercial":{"sales_revenue":900000,"total_revenue":1000000},"independence":{"public_ownership_pct":0,"public_appointed_board_pct":0,"public_votes_pct":0,"public_control_otherwise":false},"governance":{"involves":["employees","customers"],"ethical_guidelines":true},"profit":{"paid_in_capital":500000,"profit_after_tax":200000,"dividend":60000,"decided_on":"2025-09-01"}}"#;

fn env_or(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[tokio::main]
async fn main() {
    let seconds = env_or("BENCH_SECONDS", 10);
    let connections = env_or("BENCH_CONNECTIONS", 32);

    let test_db = TestDb::new(Backend::Sqlite).await;
    let options = LeptosOptions::builder()
        .output_name("socialokonomi")
        .build();
    let app = router(AppState::from_config(
        test_db.db.clone(),
        &Config::defaults(options),
    ));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });

    let request = format!(
        "POST /api/v1/eligibility HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{BODY}",
        BODY.len()
    );
    // Warm up (the rate cache, connections), then measure.
    run(addr, &request, 4, Duration::from_secs(1)).await;
    let started = Instant::now();
    let mut latencies = run(addr, &request, connections, Duration::from_secs(seconds)).await;
    let elapsed = started.elapsed().as_secs_f64();
    latencies.sort_unstable();
    let count = latencies.len();
    let pct = |p: f64| latencies[((count as f64 * p) as usize).min(count - 1)];
    println!(
        "api_throughput: {count} checks in {elapsed:.1} s over {connections} connections = {:.0} checks/s; latency p50 {:?}, p99 {:?}",
        count as f64 / elapsed,
        pct(0.50),
        pct(0.99)
    );
}

async fn run(
    addr: std::net::SocketAddr,
    request: &str,
    connections: u64,
    duration: Duration,
) -> Vec<Duration> {
    let deadline = Instant::now() + duration;
    let workers: Vec<_> = (0..connections)
        .map(|_| {
            let request = request.to_owned();
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                let stream = TcpStream::connect(addr).await.unwrap();
                stream.set_nodelay(true).unwrap();
                let mut stream = BufReader::new(stream);
                let mut line = String::new();
                while Instant::now() < deadline {
                    let sent = Instant::now();
                    stream
                        .get_mut()
                        .write_all(request.as_bytes())
                        .await
                        .unwrap();
                    let mut length = 0usize;
                    let mut status_ok = false;
                    loop {
                        line.clear();
                        stream.read_line(&mut line).await.unwrap();
                        if line.starts_with("HTTP/1.1 ") {
                            status_ok = line.starts_with("HTTP/1.1 200");
                        }
                        if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                            length = v.trim().parse().unwrap();
                        }
                        if line == "\r\n" {
                            break;
                        }
                    }
                    let mut body = vec![0; length];
                    stream.read_exact(&mut body).await.unwrap();
                    assert!(status_ok, "{}", String::from_utf8_lossy(&body));
                    latencies.push(sent.elapsed());
                }
                latencies
            })
        })
        .collect();
    let mut all = Vec::new();
    for worker in workers {
        all.extend(worker.await.unwrap());
    }
    all
}
