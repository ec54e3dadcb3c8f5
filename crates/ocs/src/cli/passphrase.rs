//! Asking for passphrases (or reading them from a file) and opening the key file with one.

use std::io::{IsTerminal, Write};
use std::path::Path;

use age::secrecy::{ExposeSecret, SecretString};
use anyhow::{bail, Context as _, Result};
use ocs_core::SecretKey;

use super::args::PassphraseArgs;
use crate::keyfile::{self, MIN_PASSPHRASE_CHARS};

/// The first line of a passphrase file.
fn from_file(path: &Path) -> Result<SecretString> {
    let text = zeroize::Zeroizing::new(
        std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the passphrase file {}", path.display()))?,
    );
    let line = text.lines().next().unwrap_or("");
    Ok(SecretString::from(line.to_owned()))
}

fn prompt(message: &str) -> Result<SecretString> {
    if !std::io::stdin().is_terminal() {
        bail!("no terminal to ask for the passphrase on; use --passphrase-file FILE");
    }
    let _ = std::io::stderr().flush();
    let answer = rpassword::prompt_password(message).context("cannot read the passphrase")?;
    Ok(SecretString::from(answer))
}

/// The passphrase for a new key file: from the file, or typed twice.
pub fn new(args: &PassphraseArgs) -> Result<SecretString> {
    if let Some(file) = &args.passphrase_file {
        return from_file(file);
    }
    let first = prompt(&format!(
        "Passphrase for the new key file (at least {MIN_PASSPHRASE_CHARS} characters): "
    ))?;
    // Said before the second prompt, not after both.
    if first.expose_secret().chars().count() < MIN_PASSPHRASE_CHARS {
        bail!(keyfile::KeyFileError::WeakPassphrase);
    }
    let second = prompt("Same passphrase again: ")?;
    if first.expose_secret() != second.expose_secret() {
        bail!("the two passphrases differ");
    }
    Ok(first)
}

/// Opens a key file, asking for its passphrase (or reading it from the file).
pub fn open_key(path: &Path, args: &PassphraseArgs) -> Result<SecretKey> {
    let passphrase = match &args.passphrase_file {
        Some(file) => from_file(file)?,
        None => prompt(&format!("Passphrase for {}: ", path.display()))?,
    };
    keyfile::read_key_file(path, &passphrase).map_err(Into::into)
}
