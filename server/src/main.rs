//! The server binary: read the configuration, then serve. Everything else is in the library.
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    server::telemetry::init();
    let config = match server::config::Config::from_env() {
        Ok(config) => config,
        Err(err) => {
            tracing::error!("configuration: {err}");
            return ExitCode::from(2);
        }
    };
    match server::serve(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!("server stopped: {err}");
            ExitCode::FAILURE
        }
    }
}
