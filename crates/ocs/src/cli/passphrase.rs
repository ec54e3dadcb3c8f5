//! Asking for passphrases (or reading them from a file) and opening the key file with one.

use std::io::{IsTerminal, Write};
use std::path::Path;

use age::secrecy::{ExposeSecret, SecretString};
use anyhow::{bail, Context as _, Result};
use ocs_core::SecretKey;

use super::args::PassphraseArgs;
use super::refusal::Refusal;
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
        return Err(Refusal::new(
            "no terminal to ask for the passphrase on",
            "give it in a file: --passphrase-file FILE (its first line; keep the file 0600)",
        )
        .into());
    }
    let _ = std::io::stderr().flush();
    let answer = rpassword::prompt_password(message).context("cannot read the passphrase")?;
    Ok(SecretString::from(answer))
}

/// How many times `keygen` asks for a new passphrase before it gives up.
const ATTEMPTS: usize = 3;

/// The passphrase for a new key file: from the file, or typed twice (asked again after one that
/// is too short or two that differ).
pub fn new(args: &PassphraseArgs) -> Result<SecretString> {
    if let Some(file) = &args.passphrase_file {
        let passphrase = from_file(file)?;
        if passphrase.expose_secret().chars().count() < MIN_PASSPHRASE_CHARS {
            bail!(keyfile::KeyFileError::WeakPassphrase);
        }
        return Ok(passphrase);
    }
    ask_new(prompt, |message| eprintln!("{message}"))
}

/// Asks for a new passphrase with `ask`, twice, telling (`tell`) what was wrong and asking
/// again, [`ATTEMPTS`] times at most.
fn ask_new(
    mut ask: impl FnMut(&str) -> Result<SecretString>,
    mut tell: impl FnMut(&str),
) -> Result<SecretString> {
    for _ in 0..ATTEMPTS {
        let first = ask(&format!(
            "Passphrase for the new key file (at least {MIN_PASSPHRASE_CHARS} characters): "
        ))?;
        // Said before the second prompt, not after both.
        if first.expose_secret().chars().count() < MIN_PASSPHRASE_CHARS {
            tell(&format!(
                "That is shorter than {MIN_PASSPHRASE_CHARS} characters; try again."
            ));
            continue;
        }
        let second = ask("Same passphrase again: ")?;
        if first.expose_secret() != second.expose_secret() {
            tell("The two passphrases differ; try again.");
            continue;
        }
        return Ok(first);
    }
    Err(Refusal::new(
        format!("no usable passphrase in {ATTEMPTS} attempts"),
        "run `ocs keygen` again, or give the passphrase in a file: --passphrase-file FILE",
    )
    .into())
}

/// Opens a key file, asking for its passphrase (or reading it from the file).
pub fn open_key(path: &Path, args: &PassphraseArgs) -> Result<SecretKey> {
    let passphrase = match &args.passphrase_file {
        Some(file) => from_file(file)?,
        None => prompt(&format!("Passphrase for {}: ", path.display()))?,
    };
    keyfile::read_key_file(path, &passphrase).map_err(Into::into)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scripted(answers: &[&str]) -> (Result<SecretString>, Vec<String>) {
        let mut answers = answers.iter();
        let mut told = Vec::new();
        let result = ask_new(
            |_| {
                answers
                    .next()
                    .map(|a| SecretString::from((*a).to_owned()))
                    .ok_or_else(|| anyhow::anyhow!("asked once too often"))
            },
            |m| told.push(m.to_owned()),
        );
        (result, told)
    }

    #[test]
    fn keygen_asks_again_after_a_short_or_mismatched_passphrase() {
        let good = "correct horse battery";
        let (result, told) = scripted(&["short", good, "a typo here!", good, good]);
        assert_eq!(
            result.map(|p| p.expose_secret().to_owned()).ok(),
            Some(good.to_owned())
        );
        assert_eq!(told.len(), 2, "{told:?}");
        assert!(
            told[0].contains("shorter") && told[1].contains("differ"),
            "{told:?}"
        );
        let (result, told) = scripted(&["short", "tiny", "x"]);
        let error = result.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(error.contains("3 attempts"), "{error}");
        assert_eq!(told.len(), 3);
    }
}
