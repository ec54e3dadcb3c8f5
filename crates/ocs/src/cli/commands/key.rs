//! `ocs key public` and `ocs key export-raw`: what an existing key file holds.

use std::path::Path;

use anyhow::{Context as _, Result};

use crate::cli::args::PassphraseArgs;
use crate::cli::passphrase::open_key;
use crate::keyfile;

/// `ocs key public`: the public key of a key file, from its clear header (no passphrase
/// needed); with `--passphrase-file`, or for a file without the header, from the key itself
/// (opening the file checks that the header tells the truth).
pub fn public(key_file: &Path, args: &PassphraseArgs) -> Result<()> {
    if args.passphrase_file.is_none() {
        let bytes = std::fs::read(key_file)
            .with_context(|| format!("cannot read {}", key_file.display()))?;
        if let Some(public) = keyfile::public_key_in_header(&bytes) {
            println!("{public}");
            return Ok(());
        }
    }
    let key = open_key(key_file, args)?;
    println!("{}", key.public_key()?);
    Ok(())
}

/// `ocs key export-raw`: the raw secret key as hex, with a warning.
pub fn export_raw(key_file: &Path, args: &PassphraseArgs) -> Result<()> {
    eprintln!(
        "WARNING: the line below is the raw secret key. Anyone who sees it can read every\n\
         statement sealed to this key. Do not paste it anywhere online."
    );
    let key = open_key(key_file, args)?;
    let hex = zeroize::Zeroizing::new(hex::encode(key.expose_bytes()));
    println!("{}", hex.as_str());
    Ok(())
}
