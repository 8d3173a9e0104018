//! Structured logs: `RUST_LOG` filters, `LOG_FORMAT=json` for machines (both parsed in
//! `config`).
use tracing::Subscriber;
use tracing_subscriber::{EnvFilter, fmt, fmt::MakeWriter, util::SubscriberInitExt};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Logging {
    /// An `EnvFilter` directive, e.g. `info,sqlx=warn`.
    pub filter: String,
    /// One JSON object per line, else text.
    pub json: bool,
}

pub fn init(log: &Logging) {
    // A second init (tests) keeps the first subscriber.
    let _ = subscriber(log, std::io::stdout).try_init();
}

/// The subscriber `init` installs, writing to `writer`.
pub fn subscriber<W>(log: &Logging, writer: W) -> Box<dyn Subscriber + Send + Sync>
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    let builder = fmt()
        .with_env_filter(EnvFilter::new(&log.filter))
        .with_target(true)
        .with_writer(writer);
    if log.json {
        Box::new(builder.json().finish())
    } else {
        Box::new(builder.finish())
    }
}
