//! `ocs export`: open a verified bundle with the organiser's key and write one hand-over file per
//! member state of nationality, plus a report without personal data.

use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions};
use std::io::{BufWriter, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _, Result};
use indicatif::{ProgressBar, ProgressStyle};
use ocs_edge::bundle::Bundle;
use ocs_edge::export::{open_rows, CountryFile, Failure, Filter, Format};
use ocs_edge::ledger::Row;
use ocs_edge::rules::{Initiative, Ruleset};
use ocs_edge::SecretKey;
use sha2::{Digest, Sha256};

/// Rows decrypted in parallel per batch: large enough to keep every core busy, small enough that
/// a million-row bundle never sits in memory decrypted.
const BATCH: usize = 4096;

/// The export's report (no personal data), beside the hand-over files.
const REPORT: &str = "export-report.json";

pub struct Options {
    pub format: Format,
    pub filter: Filter,
    pub ignore_faults: bool,
}

/// The hand-over files of a finished export: per nationality, statements and file.
pub struct Written {
    pub files: BTreeMap<String, (u64, PathBuf, String)>,
    pub failures: Vec<Failure>,
    pub skipped: u64,
    /// Tombstones of erased statements (nothing to export).
    pub erased: u64,
}

struct Output {
    file: CountryFile<BufWriter<File>>,
    staged: PathBuf,
    path: PathBuf,
    count: u64,
}

pub fn bar(len: u64, what: &str) -> ProgressBar {
    let bar = ProgressBar::new(len);
    bar.set_style(
        ProgressStyle::with_template(&format!(
            "{{spinner}} {{pos}}/{{len}} {what} [{{bar:30}}] {{per_sec}} {{eta}}"
        ))
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

pub fn initiative_data(bundle: &Bundle) -> Result<Initiative> {
    bundle.manifest.initiative_data.clone().with_context(|| {
        format!(
            "{} has no initiative register data (title, dates): run `ocs pull` again",
            bundle.dir.display()
        )
    })
}

/// Refuses a bundle with integrity faults unless the organiser chose to go on.
pub fn require_clean(bundle: &Bundle, ignore_faults: bool) -> Result<u64> {
    let report = bundle.verify()?;
    if !report.is_clean() {
        for fault in &report.faults {
            eprintln!("FAULT: {fault}");
        }
        for (what, places) in &report.duplicates {
            eprintln!("FAULT: {what} appears at {places:?} (shard, row)");
        }
        if !ignore_faults {
            bail!(
                "the bundle has integrity faults (see `ocs verify {}`); pass --ignore-faults to export anyway",
                bundle.dir.display()
            );
        }
        eprintln!("warning: exporting despite integrity faults (--ignore-faults)");
    }
    Ok(report.rows)
}

fn create_private_dir(dir: &Path) -> Result<()> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .with_context(|| format!("creating {}", dir.display()))
}

fn start_output(
    out: &Path,
    options: &Options,
    rules: &Ruleset,
    initiative: &Initiative,
    nationality: &str,
) -> Result<Output> {
    let name = format!(
        "{}.{}",
        nationality.to_ascii_lowercase(),
        options.format.extension()
    );
    let path = out.join(&name);
    if path.exists() {
        bail!(
            "{} already exists: export into an empty folder",
            path.display()
        );
    }
    let staged = out.join(format!("{name}.partial"));
    let handle = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&staged)
        .with_context(|| format!("creating {}", staged.display()))?;
    let file = CountryFile::start(
        options.format,
        BufWriter::new(handle),
        rules,
        initiative,
        nationality,
    )?;
    Ok(Output {
        file,
        staged,
        path,
        count: 0,
    })
}

/// Decrypts every admitted row and writes the hand-over files into `out`.
pub fn export_bundle(
    bundle: &Bundle,
    key: &SecretKey,
    rules: &Ruleset,
    out: &Path,
    options: &Options,
    progress: &ProgressBar,
) -> Result<Written> {
    let initiative = initiative_data(bundle)?;
    create_private_dir(out)?;
    if out.join(REPORT).exists() {
        bail!(
            "{} already holds an export: export into an empty folder",
            out.display()
        );
    }
    let mut outputs: BTreeMap<String, Output> = BTreeMap::new();
    let written = write_files(
        bundle,
        key,
        rules,
        out,
        options,
        progress,
        &initiative,
        &mut outputs,
    );
    let staged: Vec<PathBuf> = outputs.values().map(|o| o.staged.clone()).collect();
    let finished = written.and_then(|(failures, skipped, erased)| {
        Ok(Written {
            files: finish_files(outputs)?,
            failures,
            skipped,
            erased,
        })
    });
    if finished.is_err() {
        // Leave no half-written plaintext behind.
        for path in staged {
            let _ = fs::remove_file(path);
        }
    }
    finished
}

/// Decrypts and writes every admitted row; returns the failures, and the counts of rows outside
/// the filter and of erased rows.
#[allow(clippy::too_many_arguments)]
fn write_files(
    bundle: &Bundle,
    key: &SecretKey,
    rules: &Ruleset,
    out: &Path,
    options: &Options,
    progress: &ProgressBar,
    initiative: &Initiative,
    outputs: &mut BTreeMap<String, Output>,
) -> Result<(Vec<Failure>, u64, u64)> {
    let mut failures = Vec::new();
    let mut skipped = 0u64;
    let mut erased = 0u64;
    let tick = || progress.inc(1);
    for shard in 0..bundle.manifest.shards {
        let mut rows = bundle.rows(shard)?.peekable();
        while rows.peek().is_some() {
            let mut batch: Vec<Row> = Vec::with_capacity(BATCH);
            for row in rows.by_ref().take(BATCH) {
                let row = row?;
                if row.is_erased() {
                    erased += 1;
                    progress.inc(1);
                } else if options.filter.admits(&row) {
                    batch.push(row);
                } else {
                    skipped += 1;
                    progress.inc(1);
                }
            }
            for opened in open_rows(key, rules, &bundle.manifest.initiative, &batch, &tick) {
                match opened {
                    Ok(statement) => {
                        let output = match outputs.entry(statement.nationality.clone()) {
                            std::collections::btree_map::Entry::Occupied(o) => o.into_mut(),
                            std::collections::btree_map::Entry::Vacant(v) => {
                                v.insert(start_output(
                                    out,
                                    options,
                                    rules,
                                    initiative,
                                    &statement.nationality,
                                )?)
                            }
                        };
                        output.file.push(rules, &statement)?;
                        output.count += 1;
                    }
                    Err(failure) => failures.push(failure),
                }
            }
        }
    }
    Ok((failures, skipped, erased))
}

/// Closes, syncs and renames each hand-over file into place; returns count, path and SHA-256.
fn finish_files(
    outputs: BTreeMap<String, Output>,
) -> Result<BTreeMap<String, (u64, PathBuf, String)>> {
    let mut files = BTreeMap::new();
    for (nationality, output) in outputs {
        let mut writer = output.file.finish()?;
        writer.flush()?;
        let handle = writer.into_inner().map_err(|e| e.into_error())?;
        handle.sync_all()?;
        drop(handle);
        if output.path.exists() {
            bail!("{} appeared during the export", output.path.display());
        }
        fs::rename(&output.staged, &output.path)
            .with_context(|| format!("renaming {}", output.staged.display()))?;
        let digest = hex::encode(Sha256::digest(fs::read(&output.path)?));
        files.insert(nationality, (output.count, output.path, digest));
    }
    Ok(files)
}

/// `ocs export`.
pub fn run(bundle_dir: &Path, key: &SecretKey, out: &Path, options: &Options) -> Result<()> {
    let bundle = Bundle::open(bundle_dir)?;
    let rules = Ruleset::eci().map_err(|e| anyhow::anyhow!("{e}"))?;
    let rows = require_clean(&bundle, options.ignore_faults)?;
    let progress = bar(rows, "rows");
    let written = export_bundle(&bundle, key, rules, out, options, &progress)?;
    progress.finish_and_clear();
    let exported: u64 = written.files.values().map(|(n, _, _)| n).sum();
    println!(
        "{exported} statements of {} exported to {} ({} files); {} rows outside the filter, {} erased",
        bundle.manifest.initiative,
        out.display(),
        written.files.len(),
        written.skipped,
        written.erased
    );
    for (nationality, (count, path, digest)) in &written.files {
        println!(
            "  {nationality}  {count:>8}  {}  sha256 {digest}",
            path.display()
        );
    }
    write_report(&bundle, out, options, &written)?;
    if !written.failures.is_empty() {
        for f in &written.failures {
            println!(
                "FAILED: shard {}, row {}, statement {}: {}",
                f.shard, f.seq, f.id, f.fault
            );
        }
        bail!(
            "{} rows could not be exported (listed above and in export-report.json)",
            written.failures.len()
        );
    }
    Ok(())
}

/// `export-report.json`: what was written, with file hashes, and every row that failed. It holds
/// no personal data, so it can go into the organiser's records.
fn write_report(bundle: &Bundle, out: &Path, options: &Options, written: &Written) -> Result<()> {
    let files: Vec<serde_json::Value> = written
        .files
        .iter()
        .map(|(nationality, (count, path, digest))| {
            serde_json::json!({
                "nationality": nationality,
                "statements": count,
                "file": path.file_name().map(|n| n.to_string_lossy().into_owned()),
                "sha256": digest,
            })
        })
        .collect();
    let failures: Vec<serde_json::Value> = written
        .failures
        .iter()
        .map(|f| {
            serde_json::json!({
                "shard": f.shard, "seq": f.seq, "statement": f.id, "reason": f.fault.to_string(),
            })
        })
        .collect();
    let report = serde_json::json!({
        "initiative": bundle.manifest.initiative,
        "exported_at": ocs_edge::dates::format_timestamp(time::OffsetDateTime::now_utc()),
        "format": options.format.extension(),
        "filter": {
            "nationalities": options.filter.nationalities,
            "from": options.filter.from.map(ocs_edge::dates::format_iso_date),
            "until": options.filter.until.map(ocs_edge::dates::format_iso_date),
        },
        "files": files,
        "outside_filter": written.skipped,
        "erased": written.erased,
        "failures": failures,
    });
    let path = out.join(REPORT);
    let mut file = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&path)
        .with_context(|| format!("creating {}", path.display()))?;
    serde_json::to_writer_pretty(&mut file, &report)?;
    file.write_all(b"\n")?;
    Ok(())
}
