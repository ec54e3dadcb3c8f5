//! Bringing a bundle in line with the collector's erasures (used by `ocs pull` and
//! `ocs erase statement`).

use anyhow::{bail, Context as _, Result};
use ocs_core::ledger::{Body, Row};
use serde::Deserialize;

use crate::bundle::Bundle;
use crate::cli::collector::Collector;

#[derive(Deserialize)]
struct ErasurePage {
    initiative: String,
    rows: Vec<Row>,
}

/// Applies the collector's erasures of one shard to the bundle; returns rows newly erased here.
pub fn sync_erasures(bundle: &Bundle, collector: &Collector, shard: u32) -> Result<u64> {
    let path = format!("/api/v1/erasures?shard={shard}");
    let page: ErasurePage = collector
        .organiser_get(&path, &format!("the erasures of shard {shard}"))?
        .with_context(|| format!("the collector has no shard {shard}"))?;
    if page.initiative != bundle.manifest.initiative {
        bail!(
            "the collector now serves {} instead of {}",
            page.initiative,
            bundle.manifest.initiative
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
