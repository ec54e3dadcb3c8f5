//! `ocs pull`: fetch the ledger through the export API into a bundle, and bring the bundle's
//! copies of statements erased at the collector in line.

use std::path::Path;

use anyhow::{bail, Result};

use crate::bundle::{Bundle, Manifest, FORMAT, VERSION};
use crate::cli::erasures::sync_erasures;
use crate::cli::progress_bar::bar;
use crate::cli::refusal::refuse;
use crate::cli::wording::count;
use crate::collector::{sanitise, Collector};
use crate::log_check::{against_served, compare_leaves, row_leaves};
use crate::log_client::Log;

/// Total statements according to the collector, for the progress bar (best effort).
/// The checkpoints were read before the rows, so every leaf they count is a row pulled: a log
/// that claims more is refused before its leaves are fetched (a hostile collector's claim of
/// billions of leaves would otherwise decide what `ocs` holds in memory).
fn log_within_rows(shard: u32, leaves: u64, rows: u64) -> Result<(), String> {
    if leaves > rows {
        return Err(format!(
            "shard {shard}: the log's checkpoint counts {leaves} leaves, but the collector served {rows} rows"
        ));
    }
    Ok(())
}

fn announced_total(collector: &Collector) -> Option<u64> {
    let progress: serde_json::Value = collector.public_get("/api/v1/progress", "progress").ok()?;
    progress.get("total")?.as_u64()
}

/// `ocs pull`. A change of the initiative's register data since the last pull is shown and
/// refused unless `accept_initiative_change` (the hand-over files carry that data).
pub fn run(
    url: &str,
    token_file: Option<&Path>,
    page: u64,
    dir: &Path,
    accept_initiative_change: bool,
) -> Result<()> {
    let collector = Collector::organiser(url, token_file)?;
    let first = collector.export_page(0, 0, 1)?;
    // Which ruleset the collector signs under, so the commands that read statements can refuse
    // to read them under another.
    let ruleset_sha256 = collector
        .public_bytes("/api/v1/ruleset", "ruleset")?
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .and_then(|json| ocs_core::Ruleset::from_json(&json).ok())
        .map(|rules| crate::cli::rules::digest(&rules));
    let manifest = Manifest {
        format: FORMAT.into(),
        version: VERSION,
        initiative: first.initiative.clone(),
        shards: first.shards,
        source: collector.base().to_owned(),
        initiative_data: first.initiative_data.clone(),
        ruleset_sha256,
    };
    let mut bundle = Bundle::open_or_create(dir, manifest.clone())?;
    if bundle.manifest.initiative_data.is_some()
        && bundle.manifest.initiative_data != manifest.initiative_data
    {
        let show = |data: &Option<ocs_core::Initiative>| {
            sanitise(&serde_json::to_string(data).unwrap_or_default())
        };
        eprintln!(
            "the initiative's register data changed at the collector:\n  was: {}\n  now: {}",
            show(&bundle.manifest.initiative_data),
            show(&manifest.initiative_data)
        );
        if !accept_initiative_change {
            return refuse(
                format!(
                    "refusing to take the changed register data into {}",
                    dir.display()
                ),
                "check it against the Commission's register, then pull again with --accept-initiative-change",
            );
        }
    }
    if bundle.manifest != manifest {
        bundle.update_manifest(manifest)?;
    }
    // The log's checkpoints before the rows: every leaf they cover is then in the rows pulled.
    let pinned = bundle.log_key()?;
    let log = Log::fetch(&collector, pinned.as_deref())?;
    if log.is_none() && pinned.is_some() {
        return refuse(
            "the collector no longer serves the transparency log this bundle pinned: nothing pulled",
            "ask the operator why (TRANSPARENCY_LOG); keep the bundle as it is until the log is back",
        );
    }
    let mut served = Vec::new();
    if let Some(log) = &log {
        if pinned.is_none() {
            bundle.pin_log_key(&log.info.verifier_key)?;
            println!("pinned the collector's log key: {}", log.info.verifier_key);
        }
        let mut faults = Vec::new();
        for shard in 0..bundle.manifest.shards {
            let (now, shard_faults) = against_served(&bundle, log, shard)?;
            faults.extend(shard_faults);
            served.push((shard, now));
        }
        if !faults.is_empty() {
            for fault in &faults {
                println!("{fault}");
            }
            return refuse(
                "the collector's log was rewritten since the last pull (listed above): nothing pulled",
                "keep this bundle as evidence, ask the operator, and read docs/transparency.md (\"Forks and downgrades\")",
            );
        }
    }
    // The rows end at the shards' heads as the collector states them now, after the
    // checkpoints: a collector that kept serving pages past them could fill the disk; the rest
    // comes with the next pull.
    let counts = collector.counts()?;
    let head_of = |shard: u32| {
        counts
            .heads
            .iter()
            .find(|h| h.shard == shard)
            .map_or(0, |h| h.rows)
    };
    let mut have: Vec<u64> = Vec::new();
    for shard in 0..bundle.manifest.shards {
        have.push(bundle.read_shard(shard)?.last().map_or(0, |r| r.seq));
    }
    let already: u64 = have.iter().sum();
    let progress = bar(
        announced_total(&collector).unwrap_or(0).max(already),
        "rows",
    );
    progress.set_position(already);
    let mut fetched = 0u64;
    let mut erased = 0u64;
    let mut pulled_to = Vec::new();
    for (shard, last) in (0..bundle.manifest.shards).zip(have) {
        let head = head_of(shard);
        let mut after = last;
        while after < head {
            let page = collector.export_page(shard, after, page.min(head - after))?;
            if page.initiative != bundle.manifest.initiative {
                bail!(
                    "the collector now serves {} instead of {}",
                    sanitise(&page.initiative),
                    bundle.manifest.initiative
                );
            }
            let Some(tail) = page.rows.last() else {
                bail!("shard {shard}: the collector stated {head} rows but serves none after row {after}");
            };
            after = tail.seq;
            bundle.append(shard, &page.rows)?;
            let n = page.rows.len() as u64;
            fetched += n;
            if progress.position() + n > progress.length().unwrap_or(0) {
                progress.set_length(progress.position() + n);
            }
            progress.inc(n);
        }
        pulled_to.push(after);
        // Rows pulled earlier may have been erased since (a signatory's request).
        erased += sync_erasures(&bundle, &collector, shard)?;
    }
    progress.finish_and_clear();
    let mut log_faults = Vec::new();
    if let Some(log) = &log {
        for (shard, now) in &served {
            let Some(now) = now else { continue };
            let rows = pulled_to.get(*shard as usize).copied().unwrap_or(0);
            if let Err(fault) = log_within_rows(*shard, now.size, rows) {
                log_faults.push(fault);
                continue;
            }
            let kept = bundle.log_leaves(*shard)?.len() as u64;
            if now.size > kept {
                bundle.append_log_leaves(*shard, &log.leaves(*shard, now, kept, now.size)?)?;
            }
            bundle.record_checkpoint(*shard, &now.text)?;
            let leaves = bundle.log_leaves(*shard)?;
            log_faults.extend(compare_leaves(
                *shard,
                &row_leaves(&bundle, *shard)?,
                &leaves,
            ));
        }
    }
    let token = token_file.map_or_else(String::new, |f| format!(" --token-file {}", f.display()));
    println!(
        "pulled {} into {} ({} in {}); {} since the last pull\n\
         check it against the collector: ocs verify {} --url {url}{token}",
        count(fetched, "new row", "new rows"),
        dir.display(),
        count(already + fetched, "row", "rows"),
        count(bundle.manifest.shards, "shard", "shards"),
        count(erased, "statement erased", "statements erased"),
        dir.display(),
    );
    if !log_faults.is_empty() {
        for fault in &log_faults {
            println!("{fault}");
        }
        return refuse(
            "the collector's rows are not those its transparency log recorded (listed above)",
            "keep this bundle as evidence; `ocs verify` names each row",
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::log_within_rows;

    #[test]
    fn a_log_larger_than_the_rows_pulled_is_refused() {
        assert!(log_within_rows(0, 0, 0).is_ok());
        assert!(log_within_rows(0, 5, 5).is_ok());
        assert!(log_within_rows(0, 4, 5).is_ok());
        let fault = log_within_rows(3, u64::MAX, 5).unwrap_err();
        assert!(
            fault.contains("shard 3") && fault.contains("5 rows"),
            "{fault}"
        );
        assert!(log_within_rows(0, 6, 5).is_err());
    }
}
