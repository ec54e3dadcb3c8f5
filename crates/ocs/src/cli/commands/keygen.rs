//! `ocs keygen`: a new key pair; the secret key into a passphrase-protected file, the public key
//! printed for the collector's configuration.

use std::path::Path;

use anyhow::{bail, Result};
use ocs_core::{SecretKey, Suite};

use crate::cli::args::PassphraseArgs;
use crate::cli::passphrase;
use crate::keyfile::{self, KeyFileError};

/// `ocs keygen`.
pub fn run(suite: Suite, output: &Path, args: &PassphraseArgs) -> Result<()> {
    if output.exists() {
        bail!(KeyFileError::Exists {
            path: output.display().to_string()
        });
    }
    let passphrase = passphrase::new(args)?;
    let key = SecretKey::generate(suite)?;
    let created = ocs_core::dates::format_timestamp(time::OffsetDateTime::now_utc());
    let file = keyfile::encrypt_key(&key, &passphrase, &created, None)?;
    keyfile::write_private_file(output, &file)?;
    let public = key.public_key()?;
    eprintln!(
        "Wrote the secret key to {} (passphrase-protected, mode 0600).\n\
         Public key ({}), to set as ORGANISER_PUBLIC_KEY in wrangler.toml:",
        output.display(),
        suite.description()
    );
    println!("{public}");
    Ok(())
}
