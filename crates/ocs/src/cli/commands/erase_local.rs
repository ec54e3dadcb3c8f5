//! `ocs erase local`: destroy local files and folders (bundles, hand-over files, key files) with
//! a destruction record that cannot be lost: it is written and synced before anything is
//! destroyed, and an existing record file stops everything before it starts.

use crate::cli::refusal::refuse;
use crate::cli::wording::count;
use std::fs::{self, File};
use std::io::{IsTerminal, Read, Write};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _, Result};
use sha2::{Digest, Sha256};

use crate::cli::private_fs::{create_new, host_name, open_no_follow, zero_fill};

/// One file to destroy, as found before anything was touched.
struct Planned {
    path: PathBuf,
    /// Device and inode when found: destruction opens the name again and refuses anything else.
    identity: Option<(u64, u64)>,
    bytes: u64,
    sha256: String,
}

/// `path` made absolute without following its last component (a link is named, not resolved).
fn absolute(path: &Path) -> Result<PathBuf> {
    let name = path
        .file_name()
        .with_context(|| format!("{} names no file or folder", path.display()))?;
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let parent = fs::canonicalize(parent).with_context(|| format!("{}", parent.display()))?;
    Ok(parent.join(name))
}

/// Every file and folder under `path`, folders after their contents; links are listed as files
/// (removed, never followed).
fn walk(path: &Path, files: &mut Vec<PathBuf>, dirs: &mut Vec<PathBuf>) -> Result<()> {
    let meta = fs::symlink_metadata(path).with_context(|| format!("{}", path.display()))?;
    if meta.is_dir() {
        for entry in fs::read_dir(path).with_context(|| format!("{}", path.display()))? {
            walk(&entry?.path(), files, dirs)?;
        }
        dirs.push(path.to_owned());
    } else {
        files.push(path.to_owned());
    }
    Ok(())
}

/// The size and SHA-256 of a file, read through a handle opened without following links.
fn inventory(path: &Path) -> Result<Planned> {
    let file = match open_no_follow(path) {
        Ok(f) => f,
        Err(_) if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) => {
            return Ok(Planned {
                path: path.to_owned(),
                identity: None,
                bytes: 0,
                sha256: "(symbolic link: removed, not followed)".into(),
            })
        }
        Err(e) => return Err(e).with_context(|| format!("opening {}", path.display())),
    };
    let meta = file.metadata()?;
    if !meta.is_file() {
        return refuse(
            format!("{} is not a regular file", path.display()),
            "remove it by hand: `ocs erase local` destroys files and folders only",
        );
    }
    let mut hasher = Sha256::new();
    let mut buffer = zeroize::Zeroizing::new(vec![0u8; 1 << 16]);
    let mut reader = &file;
    loop {
        let n = reader.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        hasher.update(buffer.get(..n).unwrap_or_default());
    }
    Ok(Planned {
        path: path.to_owned(),
        identity: Some((meta.dev(), meta.ino())),
        bytes: meta.len(),
        sha256: hex::encode(hasher.finalize()),
    })
}

/// Overwrites the file found at inventory with zeros through one handle, syncs, truncates and
/// unlinks it. A name that now points elsewhere (swapped since) is refused.
fn shred(planned: &Planned) -> Result<()> {
    let Some(identity) = planned.identity else {
        fs::remove_file(&planned.path)?;
        return Ok(());
    };
    let mut file: File = open_no_follow(&planned.path)?;
    let meta = file.metadata()?;
    if (meta.dev(), meta.ino()) != identity {
        return refuse(
            format!(
                "{} was replaced since it was listed",
                planned.path.display()
            ),
            "run the command again",
        );
    }
    zero_fill(&mut file)?;
    drop(file);
    fs::remove_file(&planned.path)?;
    Ok(())
}

/// The initiatives whose data the paths hold (from bundle manifests and export reports).
fn initiatives(paths: &[PathBuf]) -> Vec<String> {
    let mut found = std::collections::BTreeSet::new();
    for path in paths {
        for name in ["bundle.json", "export-report.json"] {
            let Ok(text) = fs::read_to_string(path.join(name)) else {
                continue;
            };
            if let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) {
                if let Some(id) = value.get("initiative").and_then(|v| v.as_str()) {
                    found.insert(id.to_owned());
                }
            }
        }
    }
    found.into_iter().collect()
}

/// Writes a record file anew (the first time create-new; after, by an atomic replace) and syncs
/// it and its folder.
fn write_record(path: &Path, document: &serde_json::Value, first: bool) -> Result<()> {
    let text = serde_json::to_string_pretty(document)? + "\n";
    let target = if first {
        path.to_owned()
    } else {
        path.with_extension("json.new")
    };
    let mut file = create_new(&target)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()?;
    if !first {
        fs::rename(&target, path)?;
    }
    if let Some(folder) = path.parent() {
        File::open(folder)?.sync_all()?;
    }
    Ok(())
}

fn now() -> String {
    ocs_core::dates::format_timestamp(time::OffsetDateTime::now_utc())
}

/// `ocs erase local`.
pub fn run(paths: &[PathBuf], record: Option<&Path>, yes: bool) -> Result<()> {
    let started = now();
    let record = match record {
        Some(r) => absolute(r)?,
        None => absolute(Path::new(&format!(
            "ocs-destruction-{}.json",
            started.replace(':', "")
        )))?,
    };
    let paths: Vec<PathBuf> = paths.iter().map(|p| absolute(p)).collect::<Result<_>>()?;
    // Everything that can stop the destruction is checked before anything is destroyed.
    if fs::symlink_metadata(&record).is_ok() {
        return refuse(
            format!(
                "{} already exists (nothing was destroyed)",
                record.display()
            ),
            "choose another record file: --record FILE",
        );
    }
    if paths.iter().any(|p| record.starts_with(p)) {
        return refuse(
            format!(
                "the record {} would be destroyed with the files (nothing was destroyed)",
                record.display()
            ),
            "write the record outside what is destroyed: --record FILE",
        );
    }
    let mut files = Vec::new();
    let mut dirs = Vec::new();
    for path in &paths {
        walk(path, &mut files, &mut dirs)?;
    }
    let planned: Vec<Planned> = files.iter().map(|f| inventory(f)).collect::<Result<_>>()?;
    if !yes {
        if !std::io::stdin().is_terminal() {
            return refuse(
                format!(
                    "{} would be destroyed, and there is no terminal to confirm it on",
                    count(planned.len() as u64, "file", "files")
                ),
                "run it again with --yes once you are sure of the paths (the record lists every file destroyed)",
            );
        }
        eprint!(
            "Destroy {} files under {}? This cannot be undone. Type yes: ",
            planned.len(),
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
    let total: u64 = planned.iter().map(|p| p.bytes).sum();
    let mut document = serde_json::json!({
        "format": "ocs-destruction-record",
        "version": 2,
        "status": "destroying",
        "started_at": started,
        "completed_at": null,
        "initiatives": initiatives(&paths),
        "host": host_name(),
        "tool": concat!("ocs ", env!("CARGO_PKG_VERSION")),
        "method": "each file overwritten once with zeros through one handle, synced, truncated and unlinked",
        "caveat": "SSDs, copy-on-write file systems, snapshots and backups can keep earlier copies \
                   that overwriting does not reach: destroy those too, or keep such files only on \
                   an encrypted volume and destroy its key",
        "files": planned.iter().map(|p| serde_json::json!({
            "path": p.path, "bytes": p.bytes, "sha256": p.sha256,
        })).collect::<Vec<_>>(),
        "folders": dirs,
        "bytes": total,
        "failures": [],
    });
    write_record(&record, &document, true)?;
    eprintln!("destruction record written to {}", record.display());
    let mut failures = Vec::new();
    for p in &planned {
        if let Err(e) = shred(p) {
            failures.push(format!("{}: {e}", p.path.display()));
        }
    }
    for dir in &dirs {
        if let Err(e) = fs::remove_dir(dir) {
            failures.push(format!("{}: {e}", dir.display()));
        }
    }
    if let Some(fields) = document.as_object_mut() {
        let status = if failures.is_empty() {
            "destroyed"
        } else {
            "incomplete"
        };
        fields.insert("status".into(), status.into());
        fields.insert("completed_at".into(), now().into());
        fields.insert("failures".into(), failures.clone().into());
    }
    write_record(&record, &document, false)?;
    print!("{}", serde_json::to_string_pretty(&document)? + "\n");
    if !failures.is_empty() {
        return refuse(
            format!(
                "{} of {} items could not be destroyed (listed in the record)",
                failures.len(),
                planned.len() + dirs.len()
            ),
            "destroy what is left by hand, and keep the record with a note of it",
        );
    }
    eprintln!(
        "destroyed {} ({total} bytes) and {}",
        count(planned.len() as u64, "file", "files"),
        count(dirs.len() as u64, "folder", "folders")
    );
    Ok(())
}
