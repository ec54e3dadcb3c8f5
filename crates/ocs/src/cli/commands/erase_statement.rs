//! `ocs erase statement`: erase statements at the collector (each becomes a tombstone), and in a
//! local bundle when one is given.

use std::path::Path;

use anyhow::Result;
use ocs_core::api::Erased;
use ocs_core::statement::StatementId;

use crate::bundle::Bundle;
use crate::cli::erasures::sync_erasures;
use crate::cli::refusal::refuse;
use crate::cli::wording::count;
use crate::collector::Collector;

/// `ocs erase statement`.
pub fn run(
    url: &str,
    token_file: Option<&Path>,
    ids: &[String],
    bundle_dir: Option<&Path>,
) -> Result<()> {
    let collector = Collector::organiser(url, token_file)?;
    let mut shards = Vec::new();
    for id in ids {
        let Some(id) = StatementId::parse(id) else {
            return refuse(
                format!("{id:?} is not a statement id"),
                "copy the id from the signatory's receipt or confirmation (a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e)",
            );
        };
        let path = format!("/api/v1/statements/{id}");
        let Some(erased) =
            collector.organiser_delete::<Erased>(&path, &format!("statement {id}"))?
        else {
            return refuse(
                format!("the collector holds no statement {id}"),
                "check the id; after the retention purge nothing is left to erase",
            );
        };
        println!(
            "statement {id}: {} at the collector (shard {}, row {}, {}); the chain stays verifiable",
            if erased.already {
                "was already erased"
            } else {
                "erased"
            },
            erased.shard,
            erased.seq,
            erased.erased_at
        );
        shards.push(erased.shard);
    }
    if let Some(dir) = bundle_dir {
        let bundle = Bundle::open(dir)?;
        shards.sort_unstable();
        shards.dedup();
        let mut applied = 0;
        for shard in shards {
            applied += sync_erasures(&bundle, &collector, shard)?;
        }
        println!(
            "{} of {} replaced by {}",
            count(applied, "row", "rows"),
            dir.display(),
            if applied == 1 {
                "its tombstone"
            } else {
                "their tombstones"
            }
        );
    } else {
        println!("run `ocs pull` to bring your bundles in line (erasures are pulled too)");
    }
    Ok(())
}
