//! The organiser's secret key file: the key in text form, encrypted with age's scrypt passphrase
//! encryption and ASCII-armoured, written 0600. Native only. See docs/keys.md.

use std::fs::OpenOptions;
use std::io::{Read, Write};
use std::path::Path;

use age::secrecy::SecretString;
use zeroize::Zeroizing;

use ocs_core::keys::{KeyError, SecretKey};

/// Shortest passphrase `keygen` accepts.
pub const MIN_PASSPHRASE_CHARS: usize = 12;

/// Why a key file could not be written or opened.
#[derive(Debug, thiserror::Error)]
#[allow(missing_docs)] // Each variant is documented by its message.
pub enum KeyFileError {
    #[error("wrong passphrase for this key file")]
    WrongPassphrase,
    #[error("this is not an ocs-edge key file (not a passphrase-encrypted age file)")]
    NotAKeyFile,
    #[error("the key file is damaged: {why}")]
    Damaged {
        why: String,
        /// The error age or the file system gave, if one did.
        #[source]
        source: Option<Box<dyn std::error::Error + Send + Sync>>,
    },
    #[error("the key inside the file is not valid: {0}")]
    Key(#[from] KeyError),
    #[error("the passphrase must have at least {MIN_PASSPHRASE_CHARS} characters")]
    WeakPassphrase,
    #[error("the public key written in the key file's header is not the key's inside it")]
    HeaderMismatch,
    #[error("{path} already exists; refusing to overwrite a key file")]
    Exists { path: String },
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

/// The file is damaged, as `source` says.
fn damaged(source: impl std::error::Error + Send + Sync + 'static) -> KeyFileError {
    KeyFileError::Damaged {
        why: source.to_string(),
        source: Some(Box::new(source)),
    }
}

/// Encrypts `key` under `passphrase`. `work_factor` is scrypt's log2(N); `None` lets age pick
/// one that takes about a second on this machine.
pub fn encrypt_key(
    key: &SecretKey,
    passphrase: &SecretString,
    created: &str,
    work_factor: Option<u8>,
) -> Result<Vec<u8>, KeyFileError> {
    use age::secrecy::ExposeSecret;
    if passphrase.expose_secret().chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(KeyFileError::WeakPassphrase);
    }
    let public = key.public_key()?;
    let mut text = Zeroizing::new(String::new());
    text.push_str("# ocs-edge organiser secret key\n");
    text.push_str(&format!(
        "# suite: {} ({})\n",
        key.suite().name(),
        key.suite().description()
    ));
    text.push_str(&format!("# created: {created}\n"));
    text.push_str(&format!("# public key: {public}\n"));
    text.push_str(&key.to_bech32());
    text.push('\n');

    let mut recipient = age::scrypt::Recipient::new(passphrase.clone());
    if let Some(log_n) = work_factor.filter(|n| (1..64).contains(n)) {
        recipient.set_work_factor(log_n);
    }
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(damaged)?;
    let armor = age::armor::ArmoredWriter::wrap_output(Vec::new(), age::armor::Format::AsciiArmor)
        .map_err(damaged)?;
    let mut writer = encryptor.wrap_output(armor).map_err(damaged)?;
    writer.write_all(text.as_bytes()).map_err(damaged)?;
    let armored = writer
        .finish()
        .and_then(|armor| armor.finish())
        .map_err(damaged)?;
    // The public key also in clear before the armour, as age writes it beside an identity, so
    // `ocs key public` needs no passphrase; opening the file checks the two agree.
    let mut file = format!("{HEADER}\n{PUBLIC_PREFIX}{public}\n").into_bytes();
    file.extend_from_slice(&armored);
    Ok(file)
}

/// The first line of a key file.
const HEADER: &str = "# ocs-edge organiser secret key (passphrase-protected: docs/keys.md)";
/// The clear header line that carries the public key.
const PUBLIC_PREFIX: &str = "# public key: ";

/// The clear comment lines before the armour, and the armour.
fn split_header(file: &[u8]) -> (Vec<&str>, &[u8]) {
    let mut lines = Vec::new();
    let mut rest = file;
    while rest.first() == Some(&b'#') {
        let end = rest
            .iter()
            .position(|b| *b == b'\n')
            .map_or(rest.len(), |i| i + 1);
        let (line, after) = rest.split_at(end);
        lines.push(std::str::from_utf8(line).unwrap_or("").trim_end());
        rest = after;
    }
    (lines, rest)
}

/// The public key written in clear in a key file's header (files from before 0.2 have none).
/// Unauthenticated: opening the file with its passphrase checks it.
pub fn public_key_in_header(file: &[u8]) -> Option<String> {
    split_header(file)
        .0
        .iter()
        .find_map(|l| l.strip_prefix(PUBLIC_PREFIX))
        .map(str::to_owned)
}

/// Decrypts a key file's bytes with `passphrase`.
pub fn decrypt_key(file: &[u8], passphrase: &SecretString) -> Result<SecretKey, KeyFileError> {
    let claimed = public_key_in_header(file);
    let reader = age::armor::ArmoredReader::new(split_header(file).1);
    let decryptor = age::Decryptor::new(reader).map_err(|_| KeyFileError::NotAKeyFile)?;
    if !decryptor.is_scrypt() {
        return Err(KeyFileError::NotAKeyFile);
    }
    let identity = age::scrypt::Identity::new(passphrase.clone());
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::DecryptionFailed
            | age::DecryptError::KeyDecryptionFailed
            | age::DecryptError::NoMatchingKeys => KeyFileError::WrongPassphrase,
            other => damaged(other),
        })?;
    let mut text = Zeroizing::new(String::new());
    reader.read_to_string(&mut text).map_err(damaged)?;
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .ok_or_else(|| KeyFileError::Damaged {
            why: "no key line".into(),
            source: None,
        })?;
    let key = SecretKey::parse(line)?;
    let public = key.public_key()?.to_string();
    if claimed.is_some_and(|c| c != public) {
        return Err(KeyFileError::HeaderMismatch);
    }
    Ok(key)
}

/// Writes a new file readable and writable by its owner only; never overwrites.
pub fn write_private_file(path: &Path, contents: &[u8]) -> Result<(), KeyFileError> {
    let io = |source| KeyFileError::Io {
        path: path.display().to_string(),
        source,
    };
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            KeyFileError::Exists {
                path: path.display().to_string(),
            }
        } else {
            io(e)
        }
    })?;
    file.write_all(contents).map_err(io)?;
    file.sync_all().map_err(io)
}

/// Reads and decrypts a key file.
pub fn read_key_file(path: &Path, passphrase: &SecretString) -> Result<SecretKey, KeyFileError> {
    let bytes = std::fs::read(path).map_err(|source| KeyFileError::Io {
        path: path.display().to_string(),
        source,
    })?;
    decrypt_key(&bytes, passphrase)
}
