//! The ruleset the commands read statements with: the one the collector was built with
//! (build.rs, `OCS_RULESET`), by default the European citizens' initiative's. `ocs pull` records
//! the collector's ruleset's digest in the bundle; the commands that read statements refuse a
//! bundle collected under another ruleset than theirs (`--ruleset FILE` names the file).

use std::collections::BTreeSet;
use std::path::Path;

use anyhow::{Context as _, Result};
use ocs_core::Ruleset;
use sha2::{Digest, Sha256};

use crate::bundle::Bundle;
use crate::cli::refusal::refuse;

/// The ruleset of `--ruleset FILE` (or `OCS_RULESET`), else the built-in ECI one.
pub fn load(path: Option<&Path>) -> Result<&'static Ruleset> {
    let Some(path) = path else {
        return Ruleset::eci().map_err(|e| anyhow::anyhow!("{e}"));
    };
    let json = std::fs::read_to_string(path)
        .with_context(|| format!("reading the ruleset {}", path.display()))?;
    let rules =
        Ruleset::from_json(&json).with_context(|| format!("the ruleset {}", path.display()))?;
    // Read once per run; the commands keep it for the whole run.
    Ok(Box::leak(Box::new(rules)))
}

/// The codes of `--nationality` as the rows carry them (EL and GR both give Greece), or an
/// error naming a code it does not collect.
pub fn nationalities(rules: &Ruleset, codes: Vec<String>) -> Result<BTreeSet<String>> {
    codes
        .into_iter()
        .map(|code| match rules.resolve_nationality(&code) {
            Some((code, _)) => Ok(code.to_owned()),
            None => refuse(
                format!("--nationality {code}: the ruleset in use collects no such state"),
                "give a state code of the ruleset (`ocs stats` lists them), e.g. FR, DE, EL",
            ),
        })
        .collect()
}

/// A ruleset's digest: SHA-256 of its JSON as the collector serves it (`/api/v1/ruleset`), hex.
pub fn digest(rules: &Ruleset) -> String {
    hex::encode(Sha256::digest(
        serde_json::to_vec(rules).unwrap_or_default(),
    ))
}

/// Refuses a bundle that was pulled from a collector with another ruleset than `rules`.
pub fn check_bundle(bundle: &Bundle, rules: &Ruleset) -> Result<()> {
    match &bundle.manifest.ruleset_sha256 {
        Some(recorded) if *recorded != digest(rules) => refuse(
            format!(
                "{} was collected under another ruleset (sha256 {recorded}) than the one in use \
                 (sha256 {})",
                bundle.dir.display(),
                digest(rules)
            ),
            "pass --ruleset FILE with the file the collector was deployed with",
        ),
        _ => Ok(()),
    }
}
