//! Bringing a bundle in line with the collector's erasures (used by `ocs pull` and
//! `ocs erase statement`).

use anyhow::Result;
use ocs_core::ledger::Body;

use crate::bundle::Bundle;
use crate::cli::refusal::refuse;
use crate::collector::{sanitise, Collector};

/// Applies the collector's erasures of one shard to the bundle; returns rows newly erased here.
pub fn sync_erasures(bundle: &Bundle, collector: &Collector, shard: u32) -> Result<u64> {
    let page = collector.erasures(shard)?;
    if page.initiative != bundle.manifest.initiative {
        return refuse(
            format!(
                "the collector now serves {} instead of {}",
                sanitise(&page.initiative),
                bundle.manifest.initiative
            ),
            "give the address the bundle was pulled from (its bundle.json names it: source)",
        );
    }
    let erasures: Vec<(u64, String, [u8; 32])> = page
        .rows
        .into_iter()
        .filter_map(|row| match row.body {
            Body::Erased { erased } => Some((row.seq, erased.at, erased.sealed)),
            Body::Sealed(_) => None,
        })
        .collect();
    Ok(bundle.apply_erasures(shard, &erasures)?)
}
