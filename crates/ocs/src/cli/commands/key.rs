//! `ocs key public` and `ocs key export-raw`: what an existing key file holds.

use std::path::Path;

use anyhow::Result;

use crate::cli::args::PassphraseArgs;
use crate::cli::passphrase::open_key;

/// `ocs key public`: the public key of a key file.
pub fn public(key_file: &Path, args: &PassphraseArgs) -> Result<()> {
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
