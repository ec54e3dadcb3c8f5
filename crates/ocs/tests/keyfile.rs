//! The organiser's key file: age passphrase encryption, 0600, never overwritten.

use age::secrecy::SecretString;
use ocs::keyfile::{decrypt_key, encrypt_key, write_private_file, KeyFileError};
use ocs_core::{SecretKey, Suite};

/// A fast scrypt work factor for tests (the real default takes about a second).
const FAST: Option<u8> = Some(10);

fn pass(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

#[test]
fn key_file_round_trips_and_names_the_public_key() {
    for suite in Suite::all() {
        let sk = SecretKey::generate(suite).unwrap();
        let file = encrypt_key(
            &sk,
            &pass("correct horse battery"),
            "2026-11-22T12:00:00Z",
            FAST,
        )
        .unwrap();
        let text = String::from_utf8(file.clone()).unwrap();
        // A clear header with the public key (as age writes one beside an identity), then the
        // armour; nothing of the secret key is readable without the passphrase.
        let public = sk.public_key().unwrap().to_string();
        let (header, armour) =
            text.split_at(text.find("-----BEGIN AGE ENCRYPTED FILE-----").unwrap());
        assert!(
            header.starts_with("# ocs-edge organiser secret key"),
            "{header}"
        );
        assert_eq!(
            ocs::keyfile::public_key_in_header(&file),
            Some(public.clone())
        );
        assert!(!armour.contains("OCS-") && !armour.contains("ocs-"));
        assert!(!text.contains("-SK-"));
        let back = decrypt_key(&file, &pass("correct horse battery")).unwrap();
        assert_eq!(back.expose_bytes(), sk.expose_bytes());
        // A header edited to show another key is caught when the file is opened.
        let other = SecretKey::generate(suite)
            .unwrap()
            .public_key()
            .unwrap()
            .to_string();
        let edited = text.replacen(&public, &other, 1);
        assert!(matches!(
            decrypt_key(edited.as_bytes(), &pass("correct horse battery")),
            Err(KeyFileError::HeaderMismatch)
        ));
        // A file from before the header still opens.
        assert!(decrypt_key(armour.as_bytes(), &pass("correct horse battery")).is_ok());
    }
}

#[test]
fn wrong_passphrase_and_wrong_files_give_clear_errors() {
    let sk = SecretKey::generate(Suite::X25519).unwrap();
    let file = encrypt_key(&sk, &pass("correct horse battery"), "now", FAST).unwrap();
    let err = decrypt_key(&file, &pass("correct horse batterY")).unwrap_err();
    assert!(matches!(err, KeyFileError::WrongPassphrase));
    assert_eq!(err.to_string(), "wrong passphrase for this key file");
    assert!(matches!(
        decrypt_key(b"not a key file", &pass("x")),
        Err(KeyFileError::NotAKeyFile)
    ));
    assert!(matches!(
        decrypt_key(b"", &pass("x")),
        Err(KeyFileError::NotAKeyFile)
    ));
    let mut damaged = file.clone();
    let mid = damaged.len() / 2;
    damaged[mid] = if damaged[mid] == b'A' { b'B' } else { b'A' };
    assert!(decrypt_key(&damaged, &pass("correct horse battery")).is_err());
    assert!(matches!(
        encrypt_key(&sk, &pass("short"), "now", FAST),
        Err(KeyFileError::WeakPassphrase)
    ));
}

#[cfg(unix)]
#[test]
fn key_files_are_private_and_never_overwritten() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("organiser.key");
    write_private_file(&path, b"first").unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert!(matches!(
        write_private_file(&path, b"second"),
        Err(KeyFileError::Exists { .. })
    ));
    assert_eq!(std::fs::read(&path).unwrap(), b"first");
}
