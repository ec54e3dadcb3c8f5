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

const BECH32_CHARS: &[u8] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";

/// `key` with the characters at `positions` replaced by other Bech32 characters (chosen by
/// `pick`), so the result is still well-formed Bech32 and only the checksum can tell.
fn with_errors(key: &str, positions: &[usize], mut pick: impl FnMut() -> usize) -> String {
    let mut chars: Vec<u8> = key.bytes().collect();
    for &i in positions {
        let original = chars[i];
        let mut c = original;
        while c == original {
            c = BECH32_CHARS[pick() % BECH32_CHARS.len()];
        }
        chars[i] = c;
    }
    String::from_utf8(chars).unwrap()
}

/// docs/keys.md: for strings of up to 89 characters (X25519 keys have 72), Bech32m detects every
/// error of up to 4 characters. Every single substitution is tried; errors of 2, 3 and 4
/// characters are sampled (seeded; the seed is printed).
#[test]
fn every_error_of_up_to_four_characters_is_caught_in_an_x25519_key() {
    let key = SecretKey::generate(Suite::X25519)
        .unwrap()
        .public_key()
        .unwrap()
        .to_string();
    assert_eq!(key.len(), 72);
    let data = key.rfind('1').unwrap() + 1..key.len();
    let mut tried = 0;
    for i in data.clone() {
        for c in BECH32_CHARS {
            if key.as_bytes()[i] == *c {
                continue;
            }
            let typo = with_errors(&key, &[i], || {
                BECH32_CHARS.iter().position(|x| x == c).unwrap()
            });
            assert_eq!(PublicKey::parse(&typo), Err(KeyError::Checksum), "{typo}");
            tried += 1;
        }
    }
    assert_eq!(tried, data.len() * 31);
    // A small xorshift from the run's seed: reproducible with OCS_TEST_SEED.
    let mut state = ocs_testkit::test_seed() | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state as usize
    };
    for errors in 2..=4 {
        for _ in 0..20_000 {
            let mut positions = Vec::new();
            while positions.len() < errors {
                let p = data.start + next() % data.len();
                if !positions.contains(&p) {
                    positions.push(p);
                }
            }
            let typo = with_errors(&key, &positions, &mut next);
            assert_eq!(PublicKey::parse(&typo), Err(KeyError::Checksum), "{typo}");
        }
    }
}

#[test]
fn typos_are_caught_in_x_wing_keys_and_other_strings_are_refused() {
    let key = SecretKey::generate(Suite::XWing)
        .unwrap()
        .public_key()
        .unwrap()
        .to_string();
    let data_start = key.rfind('1').unwrap() + 1;
    for i in (data_start..key.len()).step_by(7) {
        let mut shift = i;
        let typo = with_errors(&key, &[i], || {
            shift += 1;
            shift
        });
        assert_eq!(PublicKey::parse(&typo), Err(KeyError::Checksum), "at {i}");
    }
    assert!(PublicKey::parse(&key[..key.len() - 1]).is_err());
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

/// Every key whose secret is published in this repository is on the list a collector refuses,
/// each id derived here from the published secret (not copied): the envelope test vector, the
/// fuzz fixtures (32 bytes of 0x5a, each suite) and the X-Wing draft's test vectors.
#[test]
fn every_published_secret_key_is_refused_by_id() {
    let hex = |s: &str| -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    };
    let mut published: Vec<(String, SecretKey)> = vec![(
        "envelope.md".into(),
        SecretKey::from_bytes(
            Suite::X25519,
            &hex("a1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899aabbccddeeff00"),
        )
        .unwrap(),
    )];
    for suite in Suite::all() {
        published.push((
            format!("fuzz {suite:?}"),
            SecretKey::from_bytes(suite, &[0x5a; 32]).unwrap(),
        ));
    }
    let vectors: serde_json::Value = serde_json::from_str(include_str!(
        "vectors/xwing-draft-connolly-cfrg-xwing-kem.json"
    ))
    .unwrap();
    for v in vectors.as_array().unwrap() {
        let sk = hex(v["sk"].as_str().unwrap());
        published.push((
            "x-wing draft".into(),
            SecretKey::from_bytes(Suite::XWing, &sk).unwrap(),
        ));
    }
    for (name, secret) in &published {
        let public = secret.public_key().unwrap();
        assert!(
            ocs_core::keys::published_key(&public).is_some(),
            "{name}: key id {} is not on the list",
            public
                .key_id()
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        );
    }
    assert_eq!(ocs_core::keys::PUBLISHED_KEY_IDS.len(), published.len());
    let fresh = SecretKey::generate(Suite::X25519)
        .unwrap()
        .public_key()
        .unwrap();
    assert_eq!(ocs_core::keys::published_key(&fresh), None);
}
