//! Key strings: suites, checksums, lengths, redaction.

use ocs_core::keys::KeyError;
use ocs_core::{PublicKey, SecretKey, Suite};

#[test]
fn public_key_strings_name_their_suite_and_round_trip() {
    for suite in Suite::all() {
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
    for suite in Suite::all() {
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
