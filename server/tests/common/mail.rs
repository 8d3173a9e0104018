//! The email the app wrote: rows in the outbox table, and messages as a transport delivers
//! them.
use app::email::{Transport, send_pending};
use app::entities::outbox_email;
use app::jobs::Stopping;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use std::path::PathBuf;

/// Every email to `to` in the outbox, oldest first.
pub async fn outbox_to(db: &DatabaseConnection, to: &str) -> Vec<outbox_email::Model> {
    outbox_email::Entity::find()
        .filter(outbox_email::Column::ToAddress.eq(to))
        .order_by_asc(outbox_email::Column::Id)
        .all(db)
        .await
        .unwrap()
}

/// The newest email to `to` in the outbox.
pub async fn newest_email_to(db: &DatabaseConnection, to: &str) -> Option<outbox_email::Model> {
    outbox_to(db, to).await.pop()
}

/// A folder the outbox is delivered into, as the folder transport writes it; removed when
/// dropped.
pub struct Mailbox {
    dir: PathBuf,
}

impl Mailbox {
    pub fn new(name: &str) -> Self {
        let dir = super::scratch_dir(&format!("outbox-{name}"));
        std::fs::create_dir_all(&dir).unwrap();
        Self { dir }
    }

    /// The folder transport that delivers here.
    pub fn transport(&self) -> Transport {
        Transport::Folder {
            dir: self.dir.clone(),
            from: "noreply@test".into(),
        }
    }

    /// The names of the files delivered here, sorted.
    pub fn files(&self) -> Vec<String> {
        delivered(&self.dir)
    }

    /// Delivers what is pending, then the text of the newest email sent to `to`.
    pub async fn last_email_to(&self, db: &DatabaseConnection, to: &str) -> Option<String> {
        let transport = self.transport();
        send_pending(db, &transport, chrono::Utc::now(), 50, &Stopping::never())
            .await
            .unwrap();
        let row = newest_email_to(db, to).await?;
        assert_eq!(row.status, "sent");
        std::fs::read_to_string(self.dir.join(format!("{:06}.eml", row.id))).ok()
    }
}

impl Drop for Mailbox {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The names of the message files the folder transport wrote into `dir`, sorted; none when
/// it wrote nothing (the folder is created with the first message).
pub fn delivered(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}
