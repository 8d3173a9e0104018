//! The server's stop signal, as the code that must finish cleanly sees it (the jobs, the
//! email worker). Server only.
use tokio::sync::watch;

/// Whether the server has been asked to stop. A job looks between the items it handles and
/// returns early, so a shutdown waits for the item in hand (one email), not a whole batch.
#[derive(Clone, Debug)]
pub struct Stopping(Option<watch::Receiver<bool>>);

impl Stopping {
    /// The flag, and the switch that sets it.
    pub fn new() -> (watch::Sender<bool>, Self) {
        let (switch, flag) = watch::channel(false);
        (switch, Self(Some(flag)))
    }

    /// Never set: for a job run by hand or in a test.
    pub fn never() -> Self {
        Self(None)
    }

    pub fn is_requested(&self) -> bool {
        self.0.as_ref().is_some_and(|flag| *flag.borrow())
    }

    /// Resolves once stopping is requested (or its switch is gone); never for [`never`].
    ///
    /// [`never`]: Stopping::never
    pub async fn requested(&mut self) {
        match &mut self.0 {
            Some(flag) => {
                let _ = flag.wait_for(|stop| *stop).await;
            }
            None => std::future::pending().await,
        }
    }
}
