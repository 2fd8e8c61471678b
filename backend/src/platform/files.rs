//! Uploaded files on disk, outside the web root, named by a server-generated id.
//! Several instances must share `PITCHLINE_DATA_DIR` (a network volume) to serve them.

use crate::model::codec::Coded;
use crate::model::stored_file;
use crate::ServiceError;
use chrono::Utc;
use domain::upload::{FileKind, UploadProblem, UploadRule};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use tokio::io::AsyncWriteExt;

/// Where the bytes of stored files live.
#[derive(Clone, Debug)]
pub struct FileStore {
    root: PathBuf,
}

impl FileStore {
    pub fn new(data_dir: &Path) -> Self {
        Self {
            root: data_dir.join("uploads"),
        }
    }

    pub fn path_of(&self, id: Uuid) -> PathBuf {
        self.root.join(id.simple().to_string())
    }

    /// Starts receiving an upload into a temporary file beside the final place.
    pub async fn receive(&self, rule: UploadRule) -> Result<Incoming, ServiceError> {
        tokio::fs::create_dir_all(&self.root)
            .await
            .map_err(|e| ServiceError::Internal(format!("cannot create upload dir: {e}")))?;
        let id = Uuid::new_v4();
        let tmp = self.root.join(format!("incoming-{}", id.simple()));
        let file = tokio::fs::File::create(&tmp)
            .await
            .map_err(|e| ServiceError::Internal(format!("cannot create {}: {e}", tmp.display())))?;
        Ok(Incoming {
            id,
            rule,
            tmp,
            file: Some(file),
            hasher: Sha256::new(),
            size: 0,
            head: Vec::with_capacity(16),
        })
    }

    /// Removes a stored file's bytes; a missing file is not an error.
    pub async fn remove(&self, id: Uuid) {
        if let Err(e) = tokio::fs::remove_file(self.path_of(id)).await {
            if e.kind() != std::io::ErrorKind::NotFound {
                tracing::warn!(file = %id, error = %e, "could not remove a replaced file");
            }
        }
    }
}

/// Why an upload was not stored.
#[derive(Debug)]
pub enum UploadError {
    /// The file itself breaks a rule.
    Refused(UploadProblem),
    /// The upload broke off before the file arrived whole.
    Interrupted,
    Failed(ServiceError),
}

impl From<ServiceError> for UploadError {
    fn from(e: ServiceError) -> Self {
        UploadError::Failed(e)
    }
}

/// An upload being written. Dropped without `finish`, its temporary file is removed.
pub struct Incoming {
    id: Uuid,
    rule: UploadRule,
    tmp: PathBuf,
    file: Option<tokio::fs::File>,
    hasher: Sha256,
    size: u64,
    head: Vec<u8>,
}

/// A complete, checked upload waiting to be recorded.
#[derive(Debug)]
pub struct Received {
    pub id: Uuid,
    pub kind: FileKind,
    pub size: u64,
    pub sha256: String,
}

impl Incoming {
    /// Appends a chunk; refuses as soon as the upload passes its size limit.
    pub async fn write(&mut self, chunk: &[u8]) -> Result<(), UploadError> {
        self.size += chunk.len() as u64;
        if self.size > self.rule.max_bytes() {
            return Err(UploadError::Refused(UploadProblem::TooLarge {
                rule: self.rule,
            }));
        }
        if self.head.len() < 16 {
            let take = (16 - self.head.len()).min(chunk.len());
            self.head.extend_from_slice(&chunk[..take]);
        }
        self.hasher.update(chunk);
        if let Some(file) = self.file.as_mut() {
            file.write_all(chunk)
                .await
                .map_err(|e| ServiceError::Internal(format!("writing upload: {e}")))?;
        }
        Ok(())
    }

    /// Checks the whole file and moves it to its final name.
    pub async fn finish(mut self, store: &FileStore) -> Result<Received, UploadError> {
        let kind = self
            .rule
            .check(&self.head, self.size)
            .map_err(UploadError::Refused)?;
        if let Some(mut file) = self.file.take() {
            file.flush()
                .await
                .map_err(|e| ServiceError::Internal(format!("flushing upload: {e}")))?;
            file.sync_all()
                .await
                .map_err(|e| ServiceError::Internal(format!("syncing upload: {e}")))?;
        }
        tokio::fs::rename(&self.tmp, store.path_of(self.id))
            .await
            .map_err(|e| ServiceError::Internal(format!("storing upload: {e}")))?;
        let sha256 = hex::encode(self.hasher.clone().finalize());
        Ok(Received {
            id: self.id,
            kind,
            size: self.size,
            sha256,
        })
    }
}

impl Drop for Incoming {
    fn drop(&mut self) {
        // After a successful `finish` the temporary name no longer exists.
        let _ = std::fs::remove_file(&self.tmp);
    }
}

/// Records a received file's metadata in the caller's transaction.
pub async fn record(
    db: &impl ConnectionTrait,
    received: &Received,
    purpose: UploadRule,
    original_name: &str,
    uploaded_by: Uuid,
) -> Result<(), ServiceError> {
    let name: String = original_name
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '/' | '\\' | '"'))
        .take(120)
        .collect();
    stored_file::ActiveModel {
        id: Set(received.id),
        purpose: Set(Coded(purpose)),
        content_type: Set(received.kind.content_type().to_string()),
        size_bytes: Set(received.size as i64),
        original_name: Set(if name.trim().is_empty() {
            format!("upload.{}", received.kind.extension())
        } else {
            name
        }),
        sha256: Set(received.sha256.clone()),
        uploaded_by: Set(Some(uploaded_by)),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(())
}

pub async fn find(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<stored_file::Model>, ServiceError> {
    Ok(stored_file::Entity::find_by_id(id).one(db).await?)
}
