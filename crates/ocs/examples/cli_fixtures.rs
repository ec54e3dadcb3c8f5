//! Writes the fixtures of the CLI snapshot tests (`tests/cmd/bundles.in/`): a key file with its
//! passphrase, a clean bundle, the same bundle with one row altered, and a folder that already
//! holds an export. The rows are well chained but their envelopes are filler: the snapshots
//! check refusals and integrity reports, which never decrypt.
//!
//! usage: cargo run -p ocs --example cli_fixtures -- crates/ocs/tests/cmd/bundles.in

use std::path::PathBuf;

use age::secrecy::SecretString;
use anyhow::Context as _;
use ocs::bundle::{Bundle, Manifest, FORMAT, VERSION};
use ocs::keyfile;
use ocs_core::{SecretKey, Suite};

const PASSPHRASE: &str = "correct horse battery staple";

fn main() -> anyhow::Result<()> {
    let dir = PathBuf::from(std::env::args().nth(1).context("usage: cli_fixtures DIR")?);
    std::fs::create_dir_all(&dir)?;
    let key = SecretKey::generate(Suite::X25519)?;
    let file = keyfile::encrypt_key(
        &key,
        &SecretString::from(PASSPHRASE.to_owned()),
        "2026-11-23T00:00:00Z",
        Some(10),
    )?;
    std::fs::write(dir.join("organiser.key"), file)?;
    std::fs::write(dir.join("pass"), format!("{PASSPHRASE}\n"))?;
    std::fs::write(dir.join("wrong"), "not the passphrase at all\n")?;

    let initiative = ocs_testkit::initiative();
    for name in ["clean", "tampered"] {
        let manifest = Manifest {
            format: FORMAT.into(),
            version: VERSION,
            initiative: initiative.id.clone(),
            shards: 2,
            source: "https://collector.example".into(),
            initiative_data: Some(initiative.clone()),
            ruleset_sha256: None,
        };
        let bundle = Bundle::open_or_create(&dir.join(name), manifest)?;
        for shard in 0..2 {
            let mut rows = ocs_testkit::ledger_rows(&initiative.id, shard, 3);
            if name == "tampered" && shard == 1 {
                // Relabel one statement's nationality: the chain no longer holds at row 2.
                rows[1].nationality = "MT".into();
            }
            bundle.append(shard, &rows)?;
        }
    }
    let done = dir.join("done");
    std::fs::create_dir_all(&done)?;
    std::fs::write(done.join("export-report.json"), "{}\n")?;
    println!("fixtures written to {}", dir.display());
    Ok(())
}
