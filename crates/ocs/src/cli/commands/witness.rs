//! `ocs witness keygen` and the cosigning step of `ocs audit --witness-key`: an independent
//! party's cosignatures (C2SP tlog-cosignature) on checkpoints it found consistent with all it
//! saw before (docs/transparency.md, "Witnesses").

use std::io::Write as _;
use std::path::Path;

use anyhow::{Context as _, Result};
use ocs_core::transparency::WitnessKey;
use zeroize::Zeroizing;

use crate::cli::private_fs::create_new;
use crate::cli::refusal::refuse;

const HEADER: &str = "ocs-witness-key v1";

/// `ocs witness keygen`: a new key file (0600, never overwritten); prints the verifier key.
pub fn keygen(name: &str, output: &Path) -> Result<()> {
    let mut seed = Zeroizing::new([0u8; 32]);
    getrandom::fill(&mut seed[..]).map_err(|e| anyhow::anyhow!("random: {e}"))?;
    let key = WitnessKey::from_seed(name, &seed)?;
    let text = Zeroizing::new(format!(
        "{HEADER}\nname {name}\nseed {}\n",
        hex::encode(&seed[..])
    ));
    let mut file = create_new(output)?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .with_context(|| format!("writing {}", output.display()))?;
    println!("{}", key.verifier_key());
    eprintln!(
        "wrote {}; publish the key above so that clients can require your cosignatures",
        output.display()
    );
    Ok(())
}

/// Reads a witness key file.
pub fn read(path: &Path) -> Result<WitnessKey> {
    let text = Zeroizing::new(
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?,
    );
    let mut lines = text.lines();
    let (Some(HEADER), Some(name), Some(seed)) = (
        lines.next(),
        lines.next().and_then(|l| l.strip_prefix("name ")),
        lines.next().and_then(|l| l.strip_prefix("seed ")),
    ) else {
        return refuse(
            format!("{} is not a witness key file", path.display()),
            "give the file `ocs witness keygen` wrote",
        );
    };
    let mut bytes = Zeroizing::new([0u8; 32]);
    hex::decode_to_slice(seed, &mut bytes[..])
        .with_context(|| format!("{}: the seed is not 32 bytes of hex", path.display()))?;
    Ok(WitnessKey::from_seed(name, &bytes)?)
}

/// Cosigns checked checkpoints into `dir` (`shard-N.checkpoint`, replaced each run).
pub fn cosign_into(key: &WitnessKey, checkpoints: &[(u32, String)], dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    for (shard, note) in checkpoints {
        let path = dir.join(format!("shard-{shard}.checkpoint"));
        crate::cli::private_fs::replace(&path, key.cosign(note, now)?.as_bytes())?;
    }
    println!(
        "cosigned {} checkpoints as {} into {}",
        checkpoints.len(),
        key.verifier_key(),
        dir.display()
    );
    Ok(())
}
