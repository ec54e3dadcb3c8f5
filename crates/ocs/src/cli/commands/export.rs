//! `ocs export`: open a verified bundle with the organiser's key and write one hand-over file per
//! member state of nationality, plus a report without personal data.

use crate::cli::refusal::refuse;
use crate::cli::wording::count;
use std::collections::btree_map::Entry;
use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _, Result};
use indicatif::ProgressBar;
use ocs_core::rules::{Initiative, Ruleset};
use ocs_core::SecretKey;
use sha2::{Digest, Sha256};

use crate::bundle::Bundle;
use crate::cli::integrity::refuse_faults;
use crate::cli::private_fs;
use crate::cli::progress_bar::bundle_bar;
use crate::decrypt::{open_all, Passed};
use crate::handover::{CountryFile, Failure, Filter, Format};

/// The export's report (no personal data), beside the hand-over files.
const REPORT: &str = "export-report.json";

/// What to export and how.
pub struct Options {
    /// XML or CSV.
    pub format: Format,
    /// Which rows.
    pub filter: Filter,
    /// Export despite integrity faults.
    pub ignore_faults: bool,
}

/// What an export wrote.
pub struct Written {
    /// Per nationality, the file written.
    pub files: BTreeMap<String, WrittenFile>,
    /// Rows that did not open.
    pub failures: Vec<Failure>,
    /// Rows outside the filter.
    pub skipped: u64,
    /// Tombstones of erased statements (nothing to export).
    pub erased: u64,
}

/// One hand-over file as written.
#[derive(Debug)]
pub struct WrittenFile {
    /// Statements in it.
    pub statements: u64,
    /// Where it is.
    pub path: PathBuf,
    /// Its SHA-256 (hex).
    pub sha256: String,
    /// Statements in it made with the EU Digital Identity Wallet, per PID provider and format
    /// (docs/wallet.md): `issuer (country, format)` → how many.
    pub identity_verified: BTreeMap<String, u64>,
}

/// `export-report.json` (docs/export.md): what was exported, with no personal data.
#[derive(serde::Serialize)]
struct Report<'a> {
    initiative: &'a str,
    exported_at: String,
    format: &'a str,
    filter: ReportFilter<'a>,
    files: Vec<ReportFile<'a>>,
    outside_filter: u64,
    erased: u64,
    failures: Vec<ReportFailure>,
}

#[derive(serde::Serialize)]
struct ReportFilter<'a> {
    nationalities: &'a std::collections::BTreeSet<String>,
    from: Option<String>,
    until: Option<String>,
}

#[derive(serde::Serialize)]
struct ReportFile<'a> {
    nationality: &'a str,
    statements: u64,
    file: Option<String>,
    sha256: &'a str,
    identity_verified: &'a BTreeMap<String, u64>,
}

#[derive(serde::Serialize)]
struct ReportFailure {
    shard: u32,
    seq: u64,
    statement: String,
    reason: String,
}

/// A file that hashes what is written to it, so the report's SHA-256 needs no second read.
struct Hashed {
    file: File,
    digest: Sha256,
}

impl Write for Hashed {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.file.write(buf)?;
        self.digest.update(buf.get(..n).unwrap_or_default());
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

struct Output {
    file: CountryFile<BufWriter<Hashed>>,
    staged: PathBuf,
    path: PathBuf,
    count: u64,
    identity_verified: BTreeMap<String, u64>,
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
    let staged = out.join(format!("{name}.partial"));
    let handle = Hashed {
        file: private_fs::create_new(&staged)?,
        digest: Sha256::new(),
    };
    let file = CountryFile::start(
        options.format,
        BufWriter::with_capacity(1 << 16, handle),
        rules,
        initiative,
        nationality,
    )?;
    Ok(Output {
        file,
        staged,
        path,
        count: 0,
        identity_verified: BTreeMap::new(),
    })
}

/// Decrypts every admitted row and writes the hand-over files into `out`. The bundle's integrity
/// is checked in the same pass: a bundle with faults (unless `ignore_faults`) leaves no file
/// behind, its staged files overwritten and removed before the refusal.
pub fn export_bundle(
    bundle: &Bundle,
    key: &SecretKey,
    rules: &Ruleset,
    out: &Path,
    options: &Options,
    progress: &ProgressBar,
) -> Result<Written> {
    let created = fs::symlink_metadata(out).is_err();
    private_fs::private_dir(out)?;
    if out.join(REPORT).exists() {
        return refuse(
            format!("{} already holds an export", out.display()),
            "export into a new, empty folder",
        );
    }
    if fs::read_dir(out)?.next().is_some() {
        return refuse(
            format!("{} is not empty", out.display()),
            "export into a new, empty folder",
        );
    }
    let mut outputs: BTreeMap<String, Output> = BTreeMap::new();
    let written = write_files(bundle, key, rules, out, options, progress, &mut outputs);
    let staged: Vec<PathBuf> = outputs.values().map(|o| o.staged.clone()).collect();
    let finished = written.and_then(|(failures, passed)| {
        Ok(Written {
            files: finish_files(outputs)?,
            failures,
            skipped: passed.skipped,
            erased: passed.erased,
        })
    });
    if finished.is_err() {
        // Leave no staged plaintext behind (overwritten, then removed: a refused bundle's rows
        // were opened meanwhile), nor the folder this export made. Each staged file was created
        // new by this export.
        for path in &staged {
            let _ = private_fs::destroy(path);
        }
        if created {
            let _ = fs::remove_dir(out);
        }
    }
    finished
}

/// Decrypts and writes every admitted row into staged files; returns the failures and the rows
/// passed over, or the refusal of a bundle with integrity faults.
fn write_files(
    bundle: &Bundle,
    key: &SecretKey,
    rules: &Ruleset,
    out: &Path,
    options: &Options,
    progress: &ProgressBar,
    outputs: &mut BTreeMap<String, Output>,
) -> Result<(Vec<Failure>, Passed)> {
    let initiative = bundle.initiative_data()?;
    let mut failures = Vec::new();
    let (passed, report) = open_all::<anyhow::Error>(
        bundle,
        key,
        rules,
        &options.filter,
        |n| progress.set_position(n),
        |opened| {
            match opened {
                Ok((statement, record)) => {
                    let output = match outputs.entry(statement.nationality.clone()) {
                        Entry::Occupied(o) => o.into_mut(),
                        Entry::Vacant(v) => v.insert(start_output(
                            out,
                            options,
                            rules,
                            initiative,
                            &statement.nationality,
                        )?),
                    };
                    output.file.push(&statement, &record)?;
                    output.count += 1;
                    if let Some(verified) = &statement.verified {
                        *output
                            .identity_verified
                            .entry(verified_by(verified))
                            .or_default() += 1;
                    }
                }
                Err(failure) => failures.push(failure),
            }
            Ok(())
        },
    )?;
    refuse_faults(bundle, &report, options.ignore_faults)?;
    Ok((failures, passed))
}

/// How the report names who vouched for a statement: `issuer (country, format)`.
fn verified_by(verified: &ocs_core::statement::Verification) -> String {
    match &verified.issuer_country {
        Some(country) => format!("{} ({country}, {})", verified.issuer, verified.format),
        None => format!("{} ({})", verified.issuer, verified.format),
    }
}

/// Closes, syncs and renames each hand-over file into place.
fn finish_files(outputs: BTreeMap<String, Output>) -> Result<BTreeMap<String, WrittenFile>> {
    let mut files = BTreeMap::new();
    for (nationality, output) in outputs {
        let mut writer = output.file.finish()?;
        writer.flush()?;
        let Hashed { file, digest } = writer.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        drop(file);
        if output.path.exists() {
            bail!("{} appeared during the export", output.path.display());
        }
        fs::rename(&output.staged, &output.path)
            .with_context(|| format!("renaming {}", output.staged.display()))?;
        let file = WrittenFile {
            statements: output.count,
            path: output.path,
            sha256: hex::encode(digest.finalize()),
            identity_verified: output.identity_verified,
        };
        files.insert(nationality, file);
    }
    Ok(files)
}

/// `ocs export`.
pub fn run(
    bundle_dir: &Path,
    key: &SecretKey,
    rules: &Ruleset,
    out: &Path,
    options: &Options,
) -> Result<()> {
    let bundle = Bundle::open(bundle_dir)?;
    crate::cli::rules::check_bundle(&bundle, rules)?;
    let progress = bundle_bar(&bundle, "rows");
    let written = export_bundle(&bundle, key, rules, out, options, &progress)?;
    progress.finish_and_clear();
    let exported: u64 = written.files.values().map(|f| f.statements).sum();
    println!(
        "{} of {} exported to {} ({}); {} outside the filter, {} erased",
        count(exported, "statement", "statements"),
        bundle.manifest.initiative,
        out.display(),
        count(written.files.len() as u64, "file", "files"),
        count(written.skipped, "row", "rows"),
        written.erased
    );
    for (nationality, file) in &written.files {
        println!(
            "  {nationality}  {:>8}  {}  sha256 {}",
            file.statements,
            file.path.display(),
            file.sha256
        );
        let verified: u64 = file.identity_verified.values().sum();
        if verified > 0 {
            println!(
                "      {} made with the EU Digital Identity Wallet (export-report.json names the PID providers)",
                count(verified, "statement", "statements")
            );
        }
    }
    write_report(&bundle, out, options, &written)?;
    if !written.failures.is_empty() {
        crate::cli::failures::print(&written.failures, " (every one is in export-report.json)");
        return refuse(
            format!(
                "{} could not be exported (listed above and in export-report.json)",
                count(written.failures.len() as u64, "row", "rows")
            ),
            "check that --key is the key the collector sealed to; a row that still does not open was altered (`ocs verify`)",
        );
    }
    Ok(())
}

/// `export-report.json`: what was written, with file hashes, and every row that failed. It holds
/// no personal data, so it can go into the organiser's records.
fn write_report(bundle: &Bundle, out: &Path, options: &Options, written: &Written) -> Result<()> {
    let report = Report {
        initiative: &bundle.manifest.initiative,
        exported_at: ocs_core::dates::format_timestamp(time::OffsetDateTime::now_utc()),
        format: options.format.extension(),
        filter: ReportFilter {
            nationalities: &options.filter.nationalities,
            from: options.filter.from.map(ocs_core::dates::format_iso_date),
            until: options.filter.until.map(ocs_core::dates::format_iso_date),
        },
        files: written
            .files
            .iter()
            .map(|(nationality, f)| ReportFile {
                nationality,
                statements: f.statements,
                file: f.path.file_name().map(|n| n.to_string_lossy().into_owned()),
                sha256: &f.sha256,
                identity_verified: &f.identity_verified,
            })
            .collect(),
        outside_filter: written.skipped,
        erased: written.erased,
        failures: written
            .failures
            .iter()
            .map(|f| ReportFailure {
                shard: f.shard,
                seq: f.seq,
                statement: f.id.to_string(),
                reason: f.fault.to_string(),
            })
            .collect(),
    };
    let path = out.join(REPORT);
    let mut file = private_fs::create_new(&path)?;
    serde_json::to_writer_pretty(&mut file, &report)?;
    file.write_all(b"\n")?;
    file.sync_all()?;
    Ok(())
}
