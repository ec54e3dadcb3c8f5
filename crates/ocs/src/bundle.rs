//! The organiser's local copy of the ledger (docs/bundle.md): a folder with `bundle.json` and one
//! `shard-NNNN.jsonl` per shard, each line a ledger row exactly as the export API served it.
//! Appending only, so a second pull fetches only new rows; rows stay sealed (ciphertext).

use ocs_core::ledger::Row;
use ocs_core::rules::Initiative;
use serde::{Deserialize, Serialize};
use std::fs::{self, File, OpenOptions};
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

/// The manifest's file name.
pub const MANIFEST: &str = "bundle.json";
/// The manifest's `format`.
pub const FORMAT: &str = "ocs-bundle";
/// The manifest's `version`.
pub const VERSION: u8 = 1;

/// What is wrong with a bundle on disk.
#[derive(Debug, thiserror::Error)]
#[allow(missing_docs)] // Each variant is documented by its message.
pub enum BundleError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0} is not an ocs bundle (no {MANIFEST})")]
    NotABundle(PathBuf),
    #[error("{path}: not a bundle manifest of version {VERSION}: {why}")]
    BadManifest { path: PathBuf, why: String },
    #[error("{path}, line {line}: unreadable row: {why}")]
    BadRow {
        path: PathBuf,
        line: usize,
        why: String,
    },
    #[error("shard {shard}, row {seq}: {why}")]
    Erasure { shard: u32, seq: u64, why: String },
    #[error("the bundle holds {have}, but the collector serves {served}: use another folder")]
    Mismatch { have: String, served: String },
    #[error("{0} has no initiative register data (title, dates): run `ocs pull` again")]
    NoInitiativeData(PathBuf),
}

/// `O_NOFOLLOW`: a file of the bundle is never opened through a symbolic link, so a link planted
/// in its place (by whoever could write the folder) cannot send personal data elsewhere.
pub(crate) fn no_follow() -> i32 {
    rustix::fs::OFlags::NOFOLLOW.bits() as i32
}

pub(crate) fn io(path: &Path) -> impl FnOnce(std::io::Error) -> BundleError + '_ {
    move |source| BundleError::Io {
        path: path.to_owned(),
        source,
    }
}

/// `bundle.json`: what the bundle holds and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Always [`FORMAT`].
    pub format: String,
    /// Always [`VERSION`].
    pub version: u8,
    /// The initiative's registration number.
    pub initiative: String,
    /// How many shards the collector has.
    pub shards: u32,
    /// Where the rows were pulled from.
    pub source: String,
    /// The initiative's register data as the collector serves it (title, dates): the hand-over
    /// files and the threshold table need it. Absent only in bundles of early pre-releases.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initiative_data: Option<Initiative>,
    /// The digest of the collector's ruleset (`ocs pull` records it; absent in older bundles):
    /// the commands that read statements refuse another ruleset than the one collected with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ruleset_sha256: Option<String>,
}

/// A bundle folder and its manifest.
pub struct Bundle {
    /// The folder.
    pub dir: PathBuf,
    /// Its `bundle.json`.
    pub manifest: Manifest,
}

impl Bundle {
    /// Opens the bundle in `dir`, or creates it (0700 folder, 0600 files) for a first pull.
    pub fn open_or_create(dir: &Path, manifest: Manifest) -> Result<Bundle, BundleError> {
        if dir.join(MANIFEST).exists() {
            let bundle = Bundle::open(dir)?;
            if bundle.manifest.initiative != manifest.initiative
                || bundle.manifest.shards != manifest.shards
            {
                return Err(BundleError::Mismatch {
                    have: format!(
                        "{} in {} shards",
                        bundle.manifest.initiative, bundle.manifest.shards
                    ),
                    served: format!("{} in {} shards", manifest.initiative, manifest.shards),
                });
            }
            return Ok(bundle);
        }
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(io(dir))?;
        // A folder that is a link could be swapped for another between runs.
        if fs::symlink_metadata(dir).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(io(dir)(std::io::Error::other(
                "the bundle folder is a symbolic link: give its real path",
            )));
        }
        let path = dir.join(MANIFEST);
        let json = serde_json::to_vec_pretty(&manifest).map_err(|e| BundleError::BadManifest {
            path: path.clone(),
            why: e.to_string(),
        })?;
        write_new(&path, &json)?;
        Ok(Bundle {
            dir: dir.to_owned(),
            manifest,
        })
    }

    /// Opens the bundle in `dir`.
    pub fn open(dir: &Path) -> Result<Bundle, BundleError> {
        let path = dir.join(MANIFEST);
        if !path.exists() {
            return Err(BundleError::NotABundle(dir.to_owned()));
        }
        let bytes = fs::read(&path).map_err(io(&path))?;
        let manifest: Manifest =
            serde_json::from_slice(&bytes).map_err(|e| BundleError::BadManifest {
                path: path.clone(),
                why: e.to_string(),
            })?;
        if manifest.format != FORMAT || manifest.version != VERSION {
            return Err(BundleError::BadManifest {
                path,
                why: format!("format {:?} v{}", manifest.format, manifest.version),
            });
        }
        Ok(Bundle {
            dir: dir.to_owned(),
            manifest,
        })
    }

    /// The initiative's register data as last pulled (the hand-over files and the threshold
    /// table need it).
    pub fn initiative_data(&self) -> Result<&Initiative, BundleError> {
        self.manifest
            .initiative_data
            .as_ref()
            .ok_or_else(|| BundleError::NoInitiativeData(self.dir.clone()))
    }

    /// The file of one shard's rows.
    pub fn shard_path(&self, shard: u32) -> PathBuf {
        self.dir.join(format!("shard-{shard:04}.jsonl"))
    }

    /// Every row of a shard, in file order. A last line cut short by an interrupted pull is
    /// ignored (the next pull fetches that row again).
    pub fn read_shard(&self, shard: u32) -> Result<Vec<Row>, BundleError> {
        self.rows(shard)?.collect()
    }

    /// The rows of a shard one at a time, for bundles too large to hold in memory.
    pub fn rows(&self, shard: u32) -> Result<ShardRows, BundleError> {
        let path = self.shard_path(shard);
        let reader = match File::open(&path) {
            Ok(f) => Some(BufReader::new(f)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(io(&path)(e)),
        };
        Ok(ShardRows {
            path,
            reader,
            line: String::new(),
            number: 0,
            bytes: 0,
        })
    }

    /// Replaces erased statements of a shard by their tombstones (a signatory's erasure made at
    /// the collector), rewriting the shard file atomically. `erasures` are (seq, erased at, digest
    /// of the sealed content as the collector had it). Returns how many rows were newly erased;
    /// rows not pulled yet are left for the pull that fetches them (already as tombstones).
    pub fn apply_erasures(
        &self,
        shard: u32,
        erasures: &[(u64, String, [u8; 32])],
    ) -> Result<u64, BundleError> {
        if erasures.is_empty() {
            return Ok(0);
        }
        let mut rows = self.read_shard(shard)?;
        let mut applied = 0;
        for (seq, at, digest) in erasures {
            // Row `seq` sits at index seq − 1 in an intact shard.
            let index = usize::try_from(seq.saturating_sub(1)).unwrap_or(usize::MAX);
            let Some(row) = rows.get_mut(index).filter(|r| r.seq == *seq) else {
                continue;
            };
            if row.body.digest() != *digest {
                return Err(BundleError::Erasure {
                    shard,
                    seq: *seq,
                    why: "the erased content differs from the row in this bundle".into(),
                });
            }
            if !row.is_erased() {
                row.erase(at);
                applied += 1;
            }
        }
        if applied > 0 {
            self.rewrite_shard(shard, &rows)?;
        }
        Ok(applied)
    }

    fn rewrite_shard(&self, shard: u32, rows: &[Row]) -> Result<(), BundleError> {
        let path = self.shard_path(shard);
        let staged = self.dir.join(format!("shard-{shard:04}.jsonl.new"));
        let _ = fs::remove_file(&staged);
        write_new(&staged, &jsonl(rows))?;
        fs::rename(&staged, &path).map_err(io(&path))
    }

    /// Replaces the manifest (atomically: a new file renamed over the old).
    pub fn update_manifest(&mut self, manifest: Manifest) -> Result<(), BundleError> {
        let path = self.dir.join(MANIFEST);
        let json = serde_json::to_vec_pretty(&manifest).map_err(|e| BundleError::BadManifest {
            path: path.clone(),
            why: e.to_string(),
        })?;
        let staged = self.dir.join(format!("{MANIFEST}.new"));
        let _ = fs::remove_file(&staged);
        write_new(&staged, &json)?;
        fs::rename(&staged, &path).map_err(io(&path))?;
        self.manifest = manifest;
        Ok(())
    }

    /// Appends rows to a shard file, each on its own line, and syncs before returning. A partial
    /// last line left by an interrupted pull is cut off first.
    pub fn append(&self, shard: u32, rows: &[Row]) -> Result<(), BundleError> {
        let path = self.shard_path(shard);
        let mut file = OpenOptions::new()
            .create(true)
            .read(true)
            .append(true)
            .mode(0o600)
            .custom_flags(no_follow())
            .open(&path)
            .map_err(io(&path))?;
        // Only the end of the file can hold a partial line: read that much, not the whole shard.
        let len = file.metadata().map_err(io(&path))?.len();
        let tail_start = len.saturating_sub(MAX_LINE + 1);
        let mut tail = Vec::new();
        file.seek(SeekFrom::Start(tail_start)).map_err(io(&path))?;
        file.read_to_end(&mut tail).map_err(io(&path))?;
        let complete = match tail.iter().rposition(|b| *b == b'\n') {
            Some(i) => tail_start + i as u64 + 1,
            None if tail_start == 0 => 0,
            None => {
                return Err(BundleError::BadRow {
                    path: path.clone(),
                    line: 0,
                    why: format!("its last line is longer than {MAX_LINE} bytes"),
                })
            }
        };
        if complete != len {
            file.set_len(complete).map_err(io(&path))?;
        }
        file.write_all(&jsonl(rows)).map_err(io(&path))?;
        file.sync_data().map_err(io(&path))
    }

    /// The bytes of every shard file: what reading all rows goes through (progress bars).
    pub fn shard_bytes(&self) -> u64 {
        (0..self.manifest.shards)
            .filter_map(|shard| fs::metadata(self.shard_path(shard)).ok())
            .map(|m| m.len())
            .sum()
    }
}

/// Iterator over a shard file's rows (see [`Bundle::rows`]).
pub struct ShardRows {
    path: PathBuf,
    reader: Option<BufReader<File>>,
    line: String,
    number: usize,
    bytes: u64,
}

impl ShardRows {
    /// The bytes read so far.
    pub fn bytes_read(&self) -> u64 {
        self.bytes
    }
}

/// The longest line a shard file may hold: a row with an X-Wing envelope and contact is under
/// 5 KiB, so anything longer is not a row, and is never read whole.
pub const MAX_LINE: u64 = 64 * 1024;

impl Iterator for ShardRows {
    type Item = Result<Row, BundleError>;

    fn next(&mut self) -> Option<Self::Item> {
        let reader = self.reader.as_mut()?;
        self.line.clear();
        self.number += 1;
        match reader.by_ref().take(MAX_LINE + 1).read_line(&mut self.line) {
            Err(e) => {
                self.reader = None;
                Some(Err(io(&self.path)(e)))
            }
            // End of file, or a last line cut short by an interrupted pull.
            Ok(0) => None,
            Ok(n) if n as u64 > MAX_LINE => {
                self.reader = None;
                Some(Err(BundleError::BadRow {
                    path: self.path.clone(),
                    line: self.number,
                    why: format!("longer than {MAX_LINE} bytes"),
                }))
            }
            Ok(_) if !self.line.ends_with('\n') => None,
            Ok(n) => Some({
                self.bytes += n as u64;
                serde_json::from_str(&self.line).map_err(|e| BundleError::BadRow {
                    path: self.path.clone(),
                    line: self.number,
                    why: e.to_string(),
                })
            }),
        }
    }
}

/// Rows as JSON lines, exactly as the export API serves them.
#[allow(
    clippy::expect_used,
    reason = "serde_json fails only on non-string map keys or a failing Serialize impl"
)]
fn jsonl(rows: &[Row]) -> Vec<u8> {
    let mut out = Vec::new();
    for row in rows {
        serde_json::to_writer(&mut out, row).expect("a row of strings and numbers serialises");
        out.push(b'\n');
    }
    out
}

pub(crate) fn write_new(path: &Path, bytes: &[u8]) -> Result<(), BundleError> {
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .custom_flags(no_follow())
        .open(path)
        .map_err(io(path))?;
    file.write_all(bytes).map_err(io(path))?;
    file.sync_all().map_err(io(path))
}
