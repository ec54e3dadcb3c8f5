//! `ocs pull` and `ocs verify`: fetch the ledger through the export API into a bundle, and check
//! its integrity.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use anyhow::{bail, Context as _, Result};
use indicatif::{ProgressBar, ProgressStyle};
use ocs_edge::bundle::{Bundle, Manifest, FORMAT, VERSION};
use ocs_edge::ledger::{Body, Row};
use ocs_edge::rules::Initiative;
use serde::Deserialize;

const TOKEN_ENV: &str = "OCS_EXPORT_TOKEN";

#[derive(Deserialize)]
struct ExportPage {
    initiative: String,
    /// Register data (title, dates); absent from collectors older than 0.1.
    #[serde(default)]
    initiative_data: Option<Initiative>,
    shards: u32,
    rows: Vec<Row>,
}

pub(super) fn agent() -> ureq::Agent {
    ureq::AgentBuilder::new()
        .timeout(Duration::from_secs(120))
        .user_agent(concat!("ocs/", env!("CARGO_PKG_VERSION")))
        .build()
}

pub(super) fn read_token(token_file: Option<&Path>) -> Result<zeroize::Zeroizing<String>> {
    let token = match token_file {
        Some(path) => std::fs::read_to_string(path)
            .with_context(|| format!("reading the export credential from {}", path.display()))?,
        None => std::env::var(TOKEN_ENV).map_err(|_| {
            anyhow::anyhow!(
                "no export credential: set {TOKEN_ENV} or pass --token-file (the worker's EXPORT_TOKEN)"
            )
        })?,
    };
    let token = zeroize::Zeroizing::new(token.trim().to_owned());
    if token.is_empty() {
        bail!("the export credential is empty");
    }
    Ok(token)
}

pub(super) fn base(url: &str) -> String {
    url.trim_end_matches('/').to_owned()
}

/// Calls the organiser API (`method` on `path` under `url`) with the credential; turns refusals
/// into readable errors. `Ok(None)` is a 404.
pub(super) fn organiser_call(
    method: &str,
    url: &str,
    path: &str,
    token: &str,
) -> Result<Option<ureq::Response>> {
    match agent()
        .request(method, &format!("{}{path}", base(url)))
        .set("authorization", &format!("Bearer {token}"))
        .call()
    {
        Ok(response) => Ok(Some(response)),
        Err(ureq::Error::Status(404, _)) => Ok(None),
        Err(ureq::Error::Status(401, _)) => {
            bail!("the collector refused the export credential (401)")
        }
        Err(ureq::Error::Status(code, response)) => {
            let body = response.into_string().unwrap_or_default();
            bail!("the collector answered {code}: {}", body.trim())
        }
        Err(e) => Err(e).with_context(|| format!("connecting to {}", base(url))),
    }
}

fn fetch_page(url: &str, token: &str, shard: u32, after: u64, limit: u64) -> Result<ExportPage> {
    let path = format!("/api/v1/export?shard={shard}&after={after}&limit={limit}");
    organiser_call("GET", url, &path, token)?
        .with_context(|| format!("the collector has no shard {shard}"))?
        .into_json()
        .with_context(|| format!("reading shard {shard} after row {after}"))
}

#[derive(Deserialize)]
struct ErasurePage {
    initiative: String,
    rows: Vec<Row>,
}

/// Applies the collector's erasures of one shard to the bundle; returns rows newly erased here.
pub(super) fn sync_erasures(bundle: &Bundle, url: &str, token: &str, shard: u32) -> Result<u64> {
    let address = format!("{}/api/v1/erasures?shard={shard}", base(url));
    let page: ErasurePage = match agent()
        .get(&address)
        .set("authorization", &format!("Bearer {token}"))
        .call()
    {
        Ok(response) => response
            .into_json()
            .with_context(|| format!("reading the erasures of shard {shard}"))?,
        Err(ureq::Error::Status(code, response)) => {
            let body = response.into_string().unwrap_or_default();
            bail!(
                "the collector answered {code} for erasures: {}",
                body.trim()
            )
        }
        Err(e) => return Err(e).with_context(|| format!("connecting to {}", base(url))),
    };
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

/// Total statements according to the collector, for the progress bar (best effort).
fn announced_total(url: &str) -> Option<u64> {
    let progress: serde_json::Value = agent()
        .get(&format!("{}/api/v1/progress", base(url)))
        .call()
        .ok()?
        .into_json()
        .ok()?;
    progress["total"].as_u64()
}

pub fn pull(url: &str, token_file: Option<&Path>, page: u64, dir: &Path) -> Result<()> {
    let token = read_token(token_file)?;
    let limit = page.clamp(1, 1000);
    let first = fetch_page(url, &token, 0, 0, 1)?;
    let manifest = Manifest {
        format: FORMAT.into(),
        version: VERSION,
        initiative: first.initiative.clone(),
        shards: first.shards,
        source: base(url),
        initiative_data: first.initiative_data.clone(),
    };
    let mut bundle = Bundle::open_or_create(dir, manifest.clone())?;
    // The register data (title, URL, dates) may be corrected on the collector: keep the latest.
    if bundle.manifest != manifest {
        bundle.update_manifest(manifest)?;
    }
    let mut have: Vec<u64> = Vec::new();
    for shard in 0..bundle.manifest.shards {
        have.push(bundle.read_shard(shard)?.last().map_or(0, |r| r.seq));
    }
    let already: u64 = have.iter().sum();
    let bar = ProgressBar::new(announced_total(url).unwrap_or(0).max(already));
    bar.set_style(
        ProgressStyle::with_template("{spinner} {pos}/{len} rows [{bar:30}] {per_sec} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.set_position(already);
    let mut fetched = 0u64;
    let mut erased = 0u64;
    for (shard, last) in (0..bundle.manifest.shards).zip(have) {
        bar.set_message(format!("shard {shard}"));
        let mut after = last;
        loop {
            let page = fetch_page(url, &token, shard, after, limit)?;
            if page.initiative != bundle.manifest.initiative {
                bail!(
                    "the collector now serves {} instead of {}",
                    page.initiative,
                    bundle.manifest.initiative
                );
            }
            let Some(tail) = page.rows.last() else {
                break;
            };
            after = tail.seq;
            bundle.append(shard, &page.rows)?;
            fetched += page.rows.len() as u64;
            if bar.position() + page.rows.len() as u64 > bar.length().unwrap_or(0) {
                bar.set_length(bar.position() + page.rows.len() as u64);
            }
            bar.inc(page.rows.len() as u64);
        }
        // Rows pulled earlier may have been erased since (a signatory's request).
        erased += sync_erasures(&bundle, url, &token, shard)?;
    }
    bar.finish_and_clear();
    println!(
        "pulled {fetched} new rows into {} ({} rows in {} shards); {erased} erased since the last pull; run `ocs verify {}`",
        dir.display(),
        already + fetched,
        bundle.manifest.shards,
        dir.display()
    );
    Ok(())
}

pub fn verify(dir: &Path, url: Option<&str>) -> Result<()> {
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
        let progress: serde_json::Value = agent()
            .get(&format!("{}/api/v1/progress", base(url)))
            .call()
            .with_context(|| format!("reading progress from {}", base(url)))?
            .into_json()?;
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
