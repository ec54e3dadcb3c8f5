//! `ocs audit`: anyone's check of a collector, no secret needed (docs/transparency.md). Every
//! shard's checkpoint is signed by the log key, extends the one seen on the previous run (kept in
//! `--state`), and the published total is the log's leaves minus its erasures.

use std::path::Path;
use std::time::Duration;

use anyhow::{Context as _, Result};
use ocs_core::transparency::{first_difference, hashes_from_bytes, Hash, SignedCheckpoint};
use serde::{Deserialize, Serialize};

use crate::cli::refusal::refuse;
use crate::collector::{sanitise, Collector};
use crate::log_client::{name_leaf, Log};

const FORMAT: &str = "ocs-audit-state";

/// What an auditor keeps between runs: the key, each shard's last checkpoint and its leaf hashes
/// (public: the log serves them), so a rewritten log is caught and the changed leaf named.
#[derive(Default, Serialize, Deserialize)]
struct State {
    format: String,
    v: u8,
    url: String,
    key: String,
    shards: Vec<ShardState>,
}

#[derive(Clone, Serialize, Deserialize)]
struct ShardState {
    shard: u32,
    checkpoint: String,
    /// The leaf hashes, concatenated, hex.
    leaves: String,
}

/// An erasure is never undone: a shard's `erased` count that fell since the checkpoint seen
/// before is a history rewritten (the one check of the count a reader without the ledger has,
/// with `erased <= size`, which reading a checkpoint checks).
fn erasures_fell(
    shard: u32,
    seen: Option<&SignedCheckpoint>,
    now: &SignedCheckpoint,
) -> Option<String> {
    let seen = seen?;
    (now.erased < seen.erased).then(|| {
        format!(
            "LOG: shard {shard}: {} leaves erased now, {} seen before: an erasure was undone",
            now.erased, seen.erased
        )
    })
}

fn read_state(path: &Path) -> Result<Option<State>> {
    match std::fs::read(path) {
        Ok(bytes) => {
            let state: Option<State> = serde_json::from_slice(&bytes).ok();
            let Some(state) = state.filter(|s| s.format == FORMAT && s.v == 1) else {
                return refuse(
                    format!("{}: not an audit state file of version 1", path.display()),
                    "give the file an earlier `ocs audit --state` wrote, or a new name to start afresh",
                );
            };
            Ok(Some(state))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
    }
}

fn write_state(path: &Path, state: &State) -> Result<()> {
    crate::cli::private_fs::replace(path, &serde_json::to_vec_pretty(state)?)
}

fn decode_leaves(text: &str) -> Result<Vec<Hash>> {
    let bytes = hex::decode(text).context("the audit state's leaves are not hex")?;
    Ok(hashes_from_bytes(&bytes))
}

fn encode_leaves(leaves: &[Hash]) -> String {
    let bytes: Vec<u8> = leaves.iter().flat_map(|h| h.0).collect();
    hex::encode(bytes)
}

/// The public total, compared with the log's. The collector publishes, with its total, the
/// signed checkpoints it counted it with (`/api/v1/counter`, `checkpoints`): the total must be
/// their `size − erased`, and each must be the log's (signed by its key, and consistent with
/// the checkpoint the log serves now), whenever they were read. `current` are the checkpoints
/// just checked, by shard. A collector that publishes no checkpoints (an older release) is
/// compared with the log as it is now, which holds while nobody signs.
fn check_total(
    collector: &Collector,
    log: &Log<'_>,
    current: &[(u32, SignedCheckpoint)],
    faults: &mut Vec<String>,
) -> Result<u64> {
    let counter: serde_json::Value =
        collector.public_get("/api/v1/counter", "the public counter")?;
    let published = counter
        .get("total")
        .and_then(serde_json::Value::as_u64)
        .context("the public counter has no total")?;
    let Some(notes) = counter.get("checkpoints").and_then(|c| c.as_array()) else {
        return compare_with_now(collector, log, current, faults);
    };
    let mut counted = 0u64;
    for note in notes {
        let text = note.as_str().unwrap_or_default();
        let origin = text.lines().next().unwrap_or_default();
        let Some(shard) = log.info.origins.iter().position(|o| o == origin) else {
            faults.push(format!(
                "COUNT: the total was counted with a checkpoint of {}, no shard of this log",
                sanitise(origin)
            ));
            continue;
        };
        let shard = u32::try_from(shard).unwrap_or(u32::MAX);
        let counted_with = match log.check(shard, text) {
            Ok(c) => c,
            Err(e) => {
                faults.push(format!("COUNT: {e}"));
                continue;
            }
        };
        if let Some((_, now)) = current.iter().find(|(s, _)| *s == shard) {
            let (older, newer) = if counted_with.size <= now.size {
                (&counted_with, now)
            } else {
                (now, &counted_with)
            };
            if !log.consistent(shard, older, newer)? {
                faults.push(format!(
                    "COUNT: shard {shard}: the total was counted with a checkpoint of {} leaves the log does not hold",
                    counted_with.size
                ));
            }
        }
        counted += counted_with.size.saturating_sub(counted_with.erased);
    }
    if published != counted {
        faults.push(format!(
            "COUNT: the collector publishes {published} statements, the checkpoints it counted them with hold {counted} (leaves minus erasures)"
        ));
    }
    Ok(published)
}

/// For collectors that publish no checkpoints with their total: the total against the log as
/// it is now (the figures are cached for a few seconds: a difference must outlast that).
fn compare_with_now(
    collector: &Collector,
    log: &Log<'_>,
    current: &[(u32, SignedCheckpoint)],
    faults: &mut Vec<String>,
) -> Result<u64> {
    let mut counted: u64 = current
        .iter()
        .map(|(_, c)| c.size.saturating_sub(c.erased))
        .sum();
    let mut last = (0, 0);
    for attempt in 0..5 {
        if attempt > 0 {
            std::thread::sleep(Duration::from_secs(3));
            counted = 0;
            for shard in 0..log.info.shards {
                if let Some(c) = log.checkpoint(shard)? {
                    counted += c.size.saturating_sub(c.erased);
                }
            }
        }
        let progress: serde_json::Value = collector.public_get("/api/v1/progress", "progress")?;
        let published = progress
            .get("total")
            .and_then(serde_json::Value::as_u64)
            .context("the progress figures have no total")?;
        if published == counted {
            return Ok(counted);
        }
        last = (published, counted);
    }
    faults.push(format!(
        "COUNT: the collector publishes {} statements, its log holds {} (leaves minus erasures)",
        last.0, last.1
    ));
    Ok(last.1)
}

/// A witness's part: its key, and where its cosigned checkpoints go.
pub struct Witness<'a> {
    /// The witness key file.
    pub key: &'a Path,
    /// The folder of cosigned checkpoints.
    pub out: &'a Path,
}

/// `ocs audit`.
pub fn run(
    url: &str,
    state_path: Option<&Path>,
    log_key: Option<&str>,
    witness: Option<Witness<'_>>,
) -> Result<()> {
    let witness_key = witness
        .as_ref()
        .map(|w| super::witness::read(w.key))
        .transpose()?;
    if witness.is_some() && state_path.is_none() {
        return refuse(
            "a witness cosigns only what it checked against its previous run",
            "add --state FILE, the same file on every run",
        );
    }
    let collector = Collector::public(url)?;
    let mut state = match state_path {
        Some(p) => read_state(p)?,
        None => None,
    }
    .unwrap_or_default();
    let pinned = log_key
        .map(str::to_owned)
        .or_else(|| (!state.key.is_empty()).then(|| state.key.clone()));
    let log = Log::fetch(&collector, pinned.as_deref())?
        .context("the collector serves no transparency log (GET /log/ answered 404)")?;
    println!("log key: {}", log.info.verifier_key);
    if pinned.is_none() {
        println!(
            "  (not pinned: compare it with the key the organiser publishes, or pass --log-key)"
        );
    }
    let mut faults = Vec::new();
    let mut next = Vec::new();
    let mut current = Vec::new();
    for shard in 0..log.info.shards {
        let before = state.shards.iter().find(|s| s.shard == shard).cloned();
        let seen: Option<SignedCheckpoint> = before
            .as_ref()
            .map(|b| log.check(shard, &b.checkpoint))
            .transpose()?;
        let now = match log.checkpoint_at_least(shard, seen.as_ref().map_or(0, |s| s.size)) {
            Ok(now) => now,
            Err(e) => {
                faults.push(format!("LOG: {e}"));
                continue;
            }
        };
        if let Some(now) = &now {
            current.push((shard, now.clone()));
        }
        let Some(now) = now else {
            if seen.is_some() {
                faults.push(format!(
                    "LOG: shard {shard}: the checkpoint seen before is gone"
                ));
            }
            continue;
        };
        let mut leaves = match &before {
            Some(b) => decode_leaves(&b.leaves)?,
            None => Vec::new(),
        };
        let mut line = format!(
            "shard {shard}: {} leaves, {} erased, checkpoint signed",
            now.size, now.erased
        );
        if let Some(fault) = erasures_fell(shard, seen.as_ref(), &now) {
            faults.push(fault);
            continue;
        }
        if let Some(seen) = &seen {
            if log.consistent(shard, seen, &now).unwrap_or(false) {
                line.push_str(&format!(
                    ", extends the one of {} leaves seen before",
                    seen.size
                ));
            } else {
                let changed = match log.leaves(shard, &now, 0, seen.size.min(now.size)) {
                    Ok(theirs) => first_difference(&leaves, &theirs).map_or_else(
                        || "its tiles do not make it".into(),
                        |at| format!("{} was changed", name_leaf(shard, at)),
                    ),
                    Err(e) => e.to_string(),
                };
                faults.push(format!(
                    "LOG: shard {shard}: the checkpoint of {} leaves does not extend the one of {} leaves seen before: {changed}",
                    now.size,
                    seen.size,
                ));
                continue;
            }
        }
        if state_path.is_some() {
            let kept = leaves.len() as u64;
            match log.leaves(shard, &now, kept, now.size) {
                Ok(new) => leaves.extend(new),
                Err(e) => {
                    faults.push(format!("LOG: {e}"));
                    continue;
                }
            }
        }
        println!("{line}");
        next.push(ShardState {
            shard,
            checkpoint: now.text.clone(),
            leaves: encode_leaves(&leaves),
        });
    }
    let total = check_total(&collector, &log, &current, &mut faults)?;
    for fault in &faults {
        println!("{fault}");
    }
    if !faults.is_empty() {
        return refuse(
            "the collector's log does not hold up (listed above); the state file is left as it was",
            "keep the state file as evidence and tell the organisers: a log that does not extend what was seen was rewritten (docs/transparency.md)",
        );
    }
    println!("OK: the published total, {total}, is the log's leaves minus its erasures");
    if let (Some(key), Some(w)) = (&witness_key, &witness) {
        let notes: Vec<(u32, String)> = next
            .iter()
            .map(|s| (s.shard, s.checkpoint.clone()))
            .collect();
        super::witness::cosign_into(key, &notes, w.out)?;
    }
    if let Some(path) = state_path {
        state = State {
            format: FORMAT.into(),
            v: 1,
            url: collector.base().to_owned(),
            key: log.info.verifier_key.clone(),
            shards: next,
        };
        write_state(path, &state)?;
        println!("state kept in {} for the next run", path.display());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ocs_core::transparency::Hash;

    fn at(size: u64, erased: u64) -> SignedCheckpoint {
        SignedCheckpoint {
            origin: "ocs-edge/ECI(2026)000001/shard/0".into(),
            size,
            root: Hash([0; 32]),
            erased,
            text: String::new(),
        }
    }

    #[test]
    fn an_erasure_undone_is_a_fault() {
        assert_eq!(erasures_fell(0, None, &at(5, 0)), None);
        assert_eq!(erasures_fell(0, Some(&at(5, 2)), &at(9, 2)), None);
        assert_eq!(erasures_fell(0, Some(&at(5, 2)), &at(9, 3)), None);
        let fault = erasures_fell(4, Some(&at(5, 2)), &at(9, 1));
        assert!(fault.is_some_and(|f| f.contains("shard 4") && f.contains("undone")));
    }
}
