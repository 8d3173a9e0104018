//! The server binary started as a process, as in production, and spoken to over HTTP.
use std::process::{Child, Command};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The server binary with only `vars` set (and the Leptos output name).
pub fn server_binary(vars: &[(&str, &str)]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_server"));
    command
        .env_clear()
        .env("LEPTOS_OUTPUT_NAME", "socialokonomi")
        .envs(vars.iter().copied());
    command
}

/// `127.0.0.1:<a port free just now>`.
pub fn free_address() -> String {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    format!("127.0.0.1:{port}")
}

/// A started server, stopped when the test ends (passed or failed).
pub struct Running(pub Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Polls for up to a minute.
pub async fn eventually(what: &str, mut check: impl AsyncFnMut() -> bool) {
    for _ in 0..600 {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("never: {what}");
}

/// One HTTP/1.1 request to `addr` on its own connection, a post's body form-encoded: the
/// status and the whole reply; `None` when nothing answers.
pub async fn http(addr: &str, method: &str, path: &str, form: &str) -> Option<(u16, String)> {
    let mut stream = tokio::net::TcpStream::connect(addr).await.ok()?;
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{form}",
        form.len()
    );
    stream.write_all(request.as_bytes()).await.ok()?;
    let mut reply = String::new();
    stream.read_to_string(&mut reply).await.ok()?;
    let status = reply.split(' ').nth(1)?.parse().ok()?;
    Some((status, reply))
}

pub async fn answers_healthz(addr: &str) -> bool {
    matches!(http(addr, "GET", "/healthz", "").await, Some((200, _)))
}
