//! `ocs receipt verify`: a signatory's check that their statement is in the log
//! (docs/transparency.md). Offline, the receipt's own checkpoint and proof; with `--url`, also
//! that the log now still includes the statement and extends the receipt's checkpoint.

use std::path::Path;

use anyhow::{Context as _, Result};
use ocs_core::transparency::{origin_of_key, LogReceipt};

use crate::cli::refusal::refuse;
use crate::cli::refusal::Refusal;
use crate::collector::Collector;
use crate::log_client::{name_leaf, Log};

/// Largest receipt read (a receipt is about 2 KiB).
const MAX_RECEIPT: u64 = 256 * 1024;

/// A receipt in any of the forms a signatory may hold: the receipt file the confirmation page
/// offers (the transparency receipt itself), the API's 201 answer, or its `receipt` object (the
/// transparency receipt is its `log` member).
fn read_receipt(text: &str) -> Option<LogReceipt> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    let inner = if value.get("receipt").is_some() {
        value.get("receipt")?.get("log")?
    } else if value.get("log").is_some() {
        value.get("log")?
    } else {
        &value
    };
    serde_json::from_value(inner.clone()).ok()
}

/// `ocs receipt verify`.
pub fn verify(path: &Path, url: Option<&str>, log_key: Option<&str>) -> Result<()> {
    let size = std::fs::metadata(path)
        .with_context(|| format!("reading {}", path.display()))?
        .len();
    if size > MAX_RECEIPT {
        return refuse(
            format!("{} is too large to be a receipt", path.display()),
            "give the receipt file the confirmation page offered (receipt-<id>.json)",
        );
    }
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let receipt = read_receipt(&text).ok_or_else(|| {
        Refusal::new(
            format!("{} is not an ocs-edge receipt", path.display()),
            "give the receipt file the confirmation page offered (receipt-<id>.json), or the API's answer to the signature",
        )
    })?;
    let collector = url.map(Collector::public).transpose()?;
    let log = match &collector {
        Some(c) => {
            Some(Log::fetch(c, log_key)?.context("the collector serves no transparency log")?)
        }
        None => None,
    };
    let key = match (&log, log_key) {
        (Some(log), _) => log.info.verifier_key.clone(),
        (None, Some(key)) => key.to_owned(),
        (None, None) => receipt.key.clone(),
    };
    let shard = receipt.leaf.shard;
    let origin = origin_of_key(&key, shard);
    let signed = receipt
        .verify(&key, &origin)
        .with_context(|| format!("{} does not verify", path.display()))?;
    let index = receipt.leaf.index();
    println!(
        "statement {} is {} in the log's tree of {} leaves, signed by {key}",
        receipt.leaf.statement,
        name_leaf(shard, index),
        signed.size
    );
    let Some(log) = log else {
        if log_key.is_none() {
            println!("  (checked with the key the receipt names: compare it with the key the organiser publishes, or pass --log-key or --url)");
        }
        println!("OK: the receipt verifies");
        return Ok(());
    };
    let now = log
        .checkpoint_at_least(shard, signed.size)?
        .context("the collector serves no checkpoint for the receipt's shard")?;
    if !log.consistent(shard, &signed, &now)? {
        return refuse(
            format!(
                "the log's checkpoint of {} leaves does not extend the receipt's of {}: the log was rewritten",
                now.size, signed.size
            ),
            "keep the receipt (it proves the statement was accepted) and tell the organisers and the public",
        );
    }
    if !log.includes(shard, &now, index, receipt.leaf.hash())? {
        return refuse(
            format!(
                "the log's tree of {} leaves does not include the statement",
                now.size
            ),
            "keep the receipt (it proves the statement was accepted) and tell the organisers and the public",
        );
    }
    println!(
        "OK: the log's current tree of {} leaves ({} erased since) still includes it and extends the receipt's",
        now.size, now.erased
    );
    Ok(())
}
