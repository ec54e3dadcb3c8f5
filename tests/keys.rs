//! Key strings and the passphrase-protected key file.
#![cfg(not(target_arch = "wasm32"))]

use age::secrecy::SecretString;
use ocs_edge::keyfile::{decrypt_key, encrypt_key, write_private_file, KeyFileError};
use ocs_edge::keys::KeyError;
use ocs_edge::{PublicKey, SecretKey, Suite};

/// scrypt work factor for tests: 2^10 keeps them fast; `ocs keygen` lets age calibrate (~1 s).
const FAST: Option<u8> = Some(10);

fn pass(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

#[test]
fn public_key_strings_name_their_suite_and_round_trip() {
    for suite in Suite::ALL {
        let sk = SecretKey::generate(suite).unwrap();
        let pk = sk.public_key().unwrap();
        let s = pk.to_string();
        assert!(s.starts_with(&format!("ocs-{}-pk1", suite.name())), "{s}");
        assert_eq!(PublicKey::parse(&s).unwrap(), pk);
        assert_eq!(PublicKey::parse(&format!("  {s}\n")).unwrap(), pk);
        let secret = sk.to_bech32();
        assert!(secret.starts_with(&format!("OCS-{}-SK-1", suite.name().to_uppercase())));
        let back = SecretKey::parse(&secret).unwrap();
        assert_eq!(back.expose_bytes(), sk.expose_bytes());
        assert_eq!(back.public_key().unwrap(), pk);
    }
}

#[test]
fn typos_are_caught_by_the_checksum() {
    for suite in Suite::ALL {
        let s = SecretKey::generate(suite)
            .unwrap()
            .public_key()
            .unwrap()
            .to_string();
        let data_start = s.rfind('1').unwrap() + 1;
        for i in (data_start..s.len()).step_by(97) {
            let mut chars: Vec<char> = s.chars().collect();
            chars[i] = if chars[i] == 'q' { 'p' } else { 'q' };
            let typo: String = chars.into_iter().collect();
            assert_eq!(
                PublicKey::parse(&typo),
                Err(KeyError::Checksum),
                "{suite:?} at {i}"
            );
        }
        assert!(PublicKey::parse(&s[..s.len() - 1]).is_err());
    }
    assert!(PublicKey::parse(
        "age1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"
    )
    .is_err());
    assert_eq!(PublicKey::parse("hello"), Err(KeyError::Format));
}

#[test]
fn a_key_of_the_wrong_length_is_refused() {
    assert_eq!(
        PublicKey::from_bytes(Suite::X25519, &[7u8; 31]),
        Err(KeyError::Length)
    );
    assert_eq!(
        PublicKey::from_bytes(Suite::XWing, &[7u8; 32]),
        Err(KeyError::Length)
    );
    assert!(SecretKey::from_bytes(Suite::X25519, &[7u8; 33]).is_err());
}

#[test]
fn secret_keys_do_not_print() {
    let sk = SecretKey::generate(Suite::X25519).unwrap();
    let debug = format!("{sk:?}");
    assert_eq!(debug, "SecretKey(x25519, <redacted>)");
}

#[test]
fn key_file_round_trips_and_names_the_public_key() {
    for suite in Suite::ALL {
        let sk = SecretKey::generate(suite).unwrap();
        let file = encrypt_key(
            &sk,
            &pass("correct horse battery"),
            "2026-11-22T12:00:00Z",
            FAST,
        )
        .unwrap();
        let text = String::from_utf8(file.clone()).unwrap();
        assert!(text.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
        // Nothing of the key is readable without the passphrase.
        assert!(!text.contains("OCS-") && !text.contains("ocs-"));
        let back = decrypt_key(&file, &pass("correct horse battery")).unwrap();
        assert_eq!(back.expose_bytes(), sk.expose_bytes());
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
