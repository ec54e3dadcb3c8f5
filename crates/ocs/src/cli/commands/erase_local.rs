//! `ocs erase local`: destroy local files and folders (bundles, hand-over files, key files) and
//! print a destruction record.

use std::fs::{self, OpenOptions};
use std::io::{IsTerminal, Write};
use std::os::unix::fs::OpenOptionsExt as _;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _, Result};
use sha2::{Digest, Sha256};

/// One destroyed file, for the destruction record.
struct Destroyed {
    path: PathBuf,
    bytes: u64,
    sha256: String,
}

fn files_under(path: &Path, out: &mut Vec<PathBuf>, dirs: &mut Vec<PathBuf>) -> Result<()> {
    let meta = fs::symlink_metadata(path).with_context(|| format!("{}", path.display()))?;
    if meta.is_dir() {
        for entry in fs::read_dir(path).with_context(|| format!("{}", path.display()))? {
            files_under(&entry?.path(), out, dirs)?;
        }
        dirs.push(path.to_owned());
    } else {
        out.push(path.to_owned());
    }
    Ok(())
}

/// Overwrites a file with zeros, syncs, and removes it. Symbolic links are removed, not followed.
fn shred(path: &Path) -> Result<Destroyed> {
    let meta = fs::symlink_metadata(path)?;
    if meta.file_type().is_symlink() {
        fs::remove_file(path)?;
        return Ok(Destroyed {
            path: path.to_owned(),
            bytes: 0,
            sha256: "(symbolic link)".into(),
        });
    }
    let content = zeroize::Zeroizing::new(fs::read(path)?);
    let sha256 = hex::encode(Sha256::digest(&*content));
    let bytes = content.len() as u64;
    drop(content);
    let mut file = OpenOptions::new().write(true).open(path)?;
    let zeros = vec![0u8; 1 << 16];
    let mut left = bytes;
    while left > 0 {
        let n = left.min(zeros.len() as u64) as usize;
        file.write_all(&zeros[..n])?;
        left -= n as u64;
    }
    file.sync_all()?;
    file.set_len(0)?;
    file.sync_all()?;
    drop(file);
    fs::remove_file(path)?;
    Ok(Destroyed {
        path: path.to_owned(),
        bytes,
        sha256,
    })
}

/// `ocs erase local`: destroys files and folders and prints (and optionally writes) a record.
pub fn run(paths: &[PathBuf], record: Option<&Path>, yes: bool) -> Result<()> {
    let mut files = Vec::new();
    let mut dirs = Vec::new();
    for path in paths {
        files_under(path, &mut files, &mut dirs)?;
    }
    if !yes {
        if !std::io::stdin().is_terminal() {
            bail!(
                "{} files would be destroyed: pass --yes to confirm",
                files.len()
            );
        }
        eprint!(
            "Destroy {} files under {}? This cannot be undone. Type yes: ",
            files.len(),
            paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
        let mut answer = String::new();
        std::io::stdin().read_line(&mut answer)?;
        if answer.trim() != "yes" {
            bail!("nothing destroyed");
        }
    }
    let mut destroyed = Vec::new();
    for file in &files {
        destroyed.push(shred(file).with_context(|| format!("destroying {}", file.display()))?);
    }
    for dir in &dirs {
        fs::remove_dir(dir).with_context(|| format!("removing {}", dir.display()))?;
    }
    let items: Vec<serde_json::Value> = destroyed
        .iter()
        .map(|d| {
            serde_json::json!({
                "path": fs::canonicalize(d.path.parent().unwrap_or(Path::new(".")))
                    .map(|p| p.join(d.path.file_name().unwrap_or_default()))
                    .unwrap_or_else(|_| d.path.clone()),
                "bytes": d.bytes,
                "sha256": d.sha256,
            })
        })
        .collect();
    let total: u64 = destroyed.iter().map(|d| d.bytes).sum();
    let document = serde_json::json!({
        "format": "ocs-destruction-record",
        "version": 1,
        "destroyed_at": ocs_core::dates::format_timestamp(time::OffsetDateTime::now_utc()),
        "tool": concat!("ocs ", env!("CARGO_PKG_VERSION")),
        "method": "each file overwritten once with zeros, synced, truncated and unlinked",
        "caveat": "SSDs, copy-on-write file systems, snapshots and backups can keep earlier copies \
                   that overwriting does not reach: destroy those too, or keep such files only on \
                   an encrypted volume and destroy its key",
        "files": items,
        "folders_removed": dirs,
        "bytes": total,
    });
    let text = serde_json::to_string_pretty(&document)? + "\n";
    if let Some(record) = record {
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(record)
            .with_context(|| format!("writing the record to {}", record.display()))?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        eprintln!("destruction record written to {}", record.display());
    }
    print!("{text}");
    eprintln!(
        "destroyed {} files ({total} bytes) and {} folders",
        destroyed.len(),
        dirs.len()
    );
    Ok(())
}
