//! `ocs verify`: check a bundle's integrity, and with `--url` hold it against the ledger at the
//! collector: the exact counts and every shard's head, read from the shards now.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Result;
use ocs_core::ledger::{genesis, ChainHash};

use crate::bundle::Bundle;
use crate::check::Report;
use crate::cli::refusal::refuse;
use crate::cli::wording::count;
use crate::collector::{sanitise, Collector};
use crate::log_check::{self, against_served, compare_leaves, row_leaves};
use crate::log_client::Log;

/// What the collector holds beyond the bundle, and what does not add up.
#[derive(Default)]
struct Comparison {
    /// Statements signed since the pull (rows after the bundle's, not erased).
    signed_since: u64,
    /// Statements of the bundle erased at the collector since the pull.
    erased_since: u64,
    /// Every difference that rows signed or erased since the pull do not explain.
    faults: Vec<String>,
}

fn hex_hash(hex: &str) -> Option<ChainHash> {
    let mut out = [0u8; 32];
    hex::decode_to_slice(hex, &mut out).ok()?;
    Some(out)
}

/// Compares one shard; adds the nationalities of rows signed and erased since the pull to
/// `expected`.
fn compare_shard(
    bundle: &Bundle,
    collector: &Collector,
    shard: u32,
    ours: (u64, Option<String>),
    theirs: (u64, Option<String>),
    expected: &mut BTreeMap<String, i64>,
    out: &mut Comparison,
) -> Result<()> {
    let (our_rows, our_head) = ours;
    let (their_rows, their_head) = theirs;
    if their_rows < our_rows {
        out.faults.push(format!(
            "shard {shard}: the collector holds {their_rows} rows, the bundle {our_rows}: rows were removed at the collector"
        ));
        return Ok(());
    }
    // Rows signed since the pull must chain onto the bundle's last row.
    let mut prev = match &our_head {
        Some(head) => hex_hash(head).unwrap_or_default(),
        None => genesis(&bundle.manifest.initiative, shard),
    };
    let mut after = our_rows;
    while after < their_rows {
        let page = collector.export_page(shard, after, their_rows - after)?;
        let Some(last) = page.rows.last() else {
            break;
        };
        after = last.seq;
        for row in &page.rows {
            if row.compute_chain(&prev) != row.chain {
                out.faults.push(format!(
                    "shard {shard}, row {}: the collector's row does not chain onto the bundle's (rows rewritten at the collector)",
                    row.seq
                ));
                return Ok(());
            }
            prev = row.chain;
            if !row.is_erased() {
                *expected.entry(row.nationality.clone()).or_default() += 1;
                out.signed_since += 1;
            }
        }
    }
    if their_rows > 0 && their_head.as_deref().and_then(hex_hash) != Some(prev) {
        out.faults.push(format!(
            "shard {shard}: the collector's head does not chain onto the bundle's rows (rows rewritten at the collector)"
        ));
        return Ok(());
    }
    // Statements of the bundle erased at the collector since the pull no longer count there.
    let erasures = collector.erasures(shard)?;
    let erased_here: Vec<u64> = erasures
        .rows
        .iter()
        .filter(|t| t.seq <= our_rows)
        .map(|t| t.seq)
        .collect();
    if !erased_here.is_empty() {
        for row in bundle.rows(shard)? {
            let row = row?;
            if !row.is_erased() && erased_here.contains(&row.seq) {
                *expected.entry(row.nationality.clone()).or_default() -= 1;
                out.erased_since += 1;
            }
        }
    }
    Ok(())
}

/// Holds the bundle against the collector's exact counts and heads.
fn compare(bundle: &Bundle, report: &Report, collector: &Collector) -> Result<Comparison> {
    let counts = collector.counts()?;
    let mut out = Comparison::default();
    if counts.initiative != bundle.manifest.initiative {
        return refuse(
            format!(
                "the collector serves {}, the bundle holds {}",
                sanitise(&counts.initiative),
                bundle.manifest.initiative
            ),
            "give the address the bundle was pulled from (its bundle.json names it: source)",
        );
    }
    let mut expected: BTreeMap<String, i64> = report
        .per_nationality
        .iter()
        .map(|(k, v)| (k.clone(), i64::try_from(*v).unwrap_or(i64::MAX)))
        .collect();
    for shard in 0..counts.shards.max(bundle.manifest.shards) {
        let ours = report
            .shards
            .iter()
            .find(|(s, _, _)| *s == shard)
            .map_or((0, None), |(_, rows, head)| (*rows, head.clone()));
        let theirs = counts
            .heads
            .iter()
            .find(|h| h.shard == shard)
            .map_or((0, None), |h| (h.rows, h.head.clone()));
        compare_shard(
            bundle,
            collector,
            shard,
            ours,
            theirs,
            &mut expected,
            &mut out,
        )?;
    }
    let served: BTreeMap<String, i64> = counts
        .per_nationality
        .iter()
        .map(|(k, v)| (k.clone(), i64::try_from(*v).unwrap_or(i64::MAX)))
        .collect();
    let codes: std::collections::BTreeSet<&String> = served.keys().chain(expected.keys()).collect();
    for code in codes {
        let (want, got) = (
            expected.get(code).copied().unwrap_or(0),
            served.get(code).copied().unwrap_or(0),
        );
        if want != got {
            out.faults.push(format!(
                "COUNT: {code}: the bundle and the rows since account for {want}, the collector counts {got}"
            ));
        }
    }
    Ok(out)
}

/// The bundle held against the log served now: checkpoints that extend the recorded ones, and
/// rows that are the log's leaves.
fn against_log(bundle: &Bundle, collector: &Collector) -> Result<Vec<String>> {
    let pinned = bundle.log_key()?;
    let Some(log) = Log::fetch(collector, pinned.as_deref())? else {
        return Ok(match pinned {
            Some(_) => vec!["LOG: the collector no longer serves its transparency log".into()],
            None => Vec::new(),
        });
    };
    let mut faults = Vec::new();
    for shard in 0..bundle.manifest.shards {
        // A log that cannot be read as signed is a fault to report with the others, not the end.
        let checked = (|| -> Result<Vec<String>> {
            let (now, mut shard_faults) = against_served(bundle, &log, shard)?;
            if let Some(now) = now {
                let rows = row_leaves(bundle, shard)?;
                let theirs = log.leaves(shard, &now, 0, now.size.min(rows.len() as u64))?;
                shard_faults.extend(compare_leaves(shard, &rows, &theirs));
            }
            Ok(shard_faults)
        })();
        match checked {
            Ok(shard_faults) => faults.extend(shard_faults),
            Err(e) => faults.push(format!("LOG: {e}")),
        }
    }
    Ok(faults)
}

/// `ocs verify`.
pub fn run(dir: &Path, url: Option<&str>, token_file: Option<&Path>) -> Result<()> {
    let bundle = Bundle::open(dir)?;
    let report = bundle.verify()?;
    println!(
        "{}: {} of {} in {} ({} of them tombstones of erased statements)",
        dir.display(),
        count(report.rows, "row", "rows"),
        bundle.manifest.initiative,
        count(bundle.manifest.shards, "shard", "shards"),
        report.erased
    );
    for (shard, rows, head) in &report.shards {
        let rows = count(*rows, "row", "rows");
        match head {
            Some(head) => println!("  shard {shard}: {rows}, chain intact, head {head}"),
            None => println!("  shard {shard}: {rows}, FAULTY"),
        }
    }
    for fault in &report.faults {
        println!("FAULT: {fault}");
    }
    for (what, places) in &report.duplicates {
        let places: Vec<String> = places
            .iter()
            .map(|(shard, seq)| format!("shard {shard} row {seq}"))
            .collect();
        println!(
            "FAULT: {what} appears {} times: {}",
            places.len(),
            places.join(", ")
        );
    }
    let offline = log_check::offline(&bundle)?;
    if let Some(key) = bundle.log_key()? {
        println!("  transparency log key (publish it for auditors and signatories): {key}");
    }
    for (shard, leaves, largest) in &offline.shards {
        if *leaves == 0 && *largest == 0 {
            println!("  shard {shard}: nothing in the log yet");
        } else {
            println!(
                "  shard {shard}: {} kept, the latest checkpoint recorded covers {}",
                count(*leaves, "log leaf", "log leaves"),
                count(*largest, "leaf", "leaves")
            );
        }
    }
    for fault in &offline.faults {
        println!("{fault}");
    }
    let mut mismatch = !offline.faults.is_empty();
    if let Some(url) = url {
        let collector = Collector::organiser(url, token_file)?;
        let mut comparison = compare(&bundle, &report, &collector)?;
        comparison.faults.extend(against_log(&bundle, &collector)?);
        for fault in &comparison.faults {
            println!("{fault}");
        }
        mismatch |= !comparison.faults.is_empty();
        if !mismatch {
            let s = |n: u64| if n == 1 { "" } else { "s" };
            println!(
                "counts match the collector: {} statement{} signed since the pull, {} erased since (pull again to bring them in)",
                comparison.signed_since,
                s(comparison.signed_since),
                comparison.erased_since
            );
        }
    }
    if !report.is_clean() {
        return refuse(
            "integrity faults found: the bundle does not match what the collector recorded",
            "keep this bundle as evidence and pull into a new folder to compare",
        );
    }
    if mismatch {
        return refuse(
            "the bundle does not match the ledger or its transparency log (listed above)",
            "pull again (`ocs pull`), then verify; a difference that stays is named above",
        );
    }
    println!("OK: every chain verifies and no statement appears twice");
    Ok(())
}
