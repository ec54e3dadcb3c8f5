//! `ocs verify`: check a bundle's integrity, and with `--url` its counts against the collector.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{bail, Result};

use crate::bundle::Bundle;
use crate::cli::collector::Collector;

/// `ocs verify`.
pub fn run(dir: &Path, url: Option<&str>) -> Result<()> {
    let bundle = Bundle::open(dir)?;
    let report = bundle.verify()?;
    println!(
        "{}: {} rows of {} in {} shards",
        dir.display(),
        report.rows,
        bundle.manifest.initiative,
        bundle.manifest.shards
    );
    for (shard, rows, head) in &report.shards {
        match head {
            Some(head) => println!("  shard {shard}: {rows} rows, chain intact, head {head}"),
            None => println!("  shard {shard}: {rows} rows, FAULTY"),
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
    let mut mismatch = false;
    if let Some(url) = url {
        let collector = Collector::public(url);
        let progress: serde_json::Value = collector.public_get("/api/v1/progress", "progress")?;
        let served: BTreeMap<String, u64> = progress["states"]
            .as_array()
            .map(|states| {
                states
                    .iter()
                    .filter_map(|s| Some((s["code"].as_str()?.to_owned(), s["count"].as_u64()?)))
                    .filter(|(_, n)| *n > 0)
                    .collect()
            })
            .unwrap_or_default();
        if served == report.per_nationality {
            println!("counts match the collector's progress figures");
        } else {
            mismatch = true;
            for code in served.keys().chain(report.per_nationality.keys()) {
                let (a, b) = (
                    report.per_nationality.get(code).copied().unwrap_or(0),
                    served.get(code).copied().unwrap_or(0),
                );
                if a != b {
                    println!("COUNT: {code}: {a} in the bundle, {b} at the collector");
                }
            }
            println!("(the collector caches progress for 10 s; pull again if signing continues)");
        }
    }
    if !report.is_clean() {
        bail!("integrity faults found: the bundle does not match what the collector recorded");
    }
    if mismatch {
        bail!("the bundle's counts differ from the collector's");
    }
    println!("OK: every chain verifies and no statement appears twice");
    Ok(())
}
