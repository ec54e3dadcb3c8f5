//! Chooses the ruleset the collector is built with (docs/ruleset.md, "Any ruleset at deploy"):
//! the file `OCS_RULESET` names (a path, absolute or from this folder), or by default the
//! European citizens' initiative's. `OCS_RULESET=my-petition.json npx wrangler deploy` deploys a
//! collector for another ruleset without a change of code; `ocs --ruleset` reads the same file.
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=OCS_RULESET");
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let chosen = match std::env::var("OCS_RULESET") {
        Ok(path) if !path.trim().is_empty() => root.join(path.trim()),
        _ => root.join("crates/core/data/eci-2019-788.json"),
    };
    println!("cargo:rerun-if-changed={}", chosen.display());
    let json = std::fs::read_to_string(&chosen)
        .unwrap_or_else(|e| panic!("OCS_RULESET: cannot read {}: {e}", chosen.display()));
    if serde_json::from_str::<serde_json::Value>(&json).is_err() {
        panic!("OCS_RULESET: {} is not JSON", chosen.display());
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("ruleset.json");
    std::fs::write(&out, json).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
}
