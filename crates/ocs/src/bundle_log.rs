//! What a bundle keeps of the collector's transparency log (docs/bundle.md,
//! docs/transparency.md): the log key pinned at the first pull (`log-key.txt`), every checkpoint
//! a pull saw (`checkpoints.jsonl`), and each shard's leaf hashes as the log served them
//! (`log-NNNN.leaves`, 32 bytes each), checked against those checkpoints when fetched. With them
//! `ocs verify` holds the rows against the log offline and names the leaf that differs.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::PathBuf;

use ocs_core::transparency::{hashes_from_bytes, Hash};
use serde::{Deserialize, Serialize};

use crate::bundle::{io, no_follow, write_new, Bundle, BundleError};

/// A checkpoint as recorded.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Recorded {
    /// The shard whose log it is.
    pub shard: u32,
    /// The signed note, as served.
    pub checkpoint: String,
}

impl Bundle {
    fn log_path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// The log key pinned at the first pull, if any.
    pub fn log_key(&self) -> Result<Option<String>, BundleError> {
        let path = self.log_path("log-key.txt");
        match fs::read_to_string(&path) {
            Ok(text) => Ok(Some(text.trim().to_owned())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io(&path)(e)),
        }
    }

    /// Pins the log key (once).
    pub fn pin_log_key(&self, key: &str) -> Result<(), BundleError> {
        write_new(
            &self.log_path("log-key.txt"),
            format!("{}\n", key.trim()).as_bytes(),
        )
    }

    /// Every checkpoint recorded, oldest first.
    pub fn checkpoints(&self) -> Result<Vec<Recorded>, BundleError> {
        let path = self.log_path("checkpoints.jsonl");
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(io(&path)(e)),
        };
        text.lines()
            .enumerate()
            .filter(|(_, line)| !line.is_empty())
            .map(|(n, line)| {
                serde_json::from_str(line).map_err(|e| BundleError::BadRow {
                    path: path.clone(),
                    line: n + 1,
                    why: e.to_string(),
                })
            })
            .collect()
    }

    fn append_to(&self, name: &str, bytes: &[u8]) -> Result<(), BundleError> {
        let path = self.log_path(name);
        let mut file = OpenOptions::new()
            .create(true)
            .append(true)
            .mode(0o600)
            .custom_flags(no_follow())
            .open(&path)
            .map_err(io(&path))?;
        file.write_all(bytes).map_err(io(&path))?;
        file.sync_data().map_err(io(&path))
    }

    /// Records a checkpoint seen (unless it is the shard's last one already).
    pub fn record_checkpoint(&self, shard: u32, checkpoint: &str) -> Result<(), BundleError> {
        let last = self
            .checkpoints()?
            .into_iter()
            .rev()
            .find(|r| r.shard == shard);
        if last.is_some_and(|r| r.checkpoint == checkpoint) {
            return Ok(());
        }
        let line = serde_json::to_string(&Recorded {
            shard,
            checkpoint: checkpoint.to_owned(),
        })
        .map_err(|e| BundleError::BadRow {
            path: self.log_path("checkpoints.jsonl"),
            line: 0,
            why: e.to_string(),
        })?;
        self.append_to("checkpoints.jsonl", format!("{line}\n").as_bytes())
    }

    fn leaves_name(shard: u32) -> String {
        format!("log-{shard:04}.leaves")
    }

    /// The shard's leaf hashes as the log served them (a cut-short last hash is ignored).
    pub fn log_leaves(&self, shard: u32) -> Result<Vec<Hash>, BundleError> {
        let path = self.log_path(&Bundle::leaves_name(shard));
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(io(&path)(e)),
        };
        Ok(hashes_from_bytes(&bytes))
    }

    /// Appends leaf hashes to the shard's record (cutting off a partial hash first).
    pub fn append_log_leaves(&self, shard: u32, leaves: &[Hash]) -> Result<(), BundleError> {
        let name = Bundle::leaves_name(shard);
        let path = self.log_path(&name);
        if let Ok(meta) = fs::symlink_metadata(&path) {
            if meta.len() % 32 != 0 {
                let file = OpenOptions::new()
                    .write(true)
                    .custom_flags(no_follow())
                    .open(&path)
                    .map_err(io(&path))?;
                file.set_len(meta.len() - meta.len() % 32)
                    .map_err(io(&path))?;
            }
        }
        let bytes: Vec<u8> = leaves.iter().flat_map(|h| h.0).collect();
        self.append_to(&name, &bytes)
    }
}
