//! The HPKE envelope: round trips for both suites, tamper detection on every byte of header,
//! enc and ciphertext, binding (AAD) checks, and wrong keys.

use ocs_core::envelope::{open, seal, Binding, EnvelopeError, Header, Purpose, HEADER_LEN};
use ocs_core::{SecretKey, StatementId, Suite};
use proptest::prelude::*;

fn binding(id: StatementId) -> Binding<'static> {
    Binding {
        purpose: Purpose::Statement,
        statement_id: id,
        initiative: "ECI(2026)000001",
        nationality: "DE",
    }
}

const PLAINTEXT: &[u8] =
    br#"{"annex_revision":"2019/788-annex-III","fields":{"family_names":"M\u00fcller"},"v":1}"#;

#[test]
fn round_trip_both_suites() {
    for suite in Suite::all() {
        let sk = SecretKey::generate(suite).unwrap();
        let pk = sk.public_key().unwrap();
        let id = StatementId::generate().unwrap();
        let env = seal(&pk, &binding(id), PLAINTEXT).unwrap();
        assert_eq!(
            env.len(),
            HEADER_LEN + suite.enc_len() + PLAINTEXT.len() + 16,
            "{suite:?}"
        );
        let header = Header::parse(&env).unwrap();
        assert_eq!(header.suite, suite);
        assert_eq!(header.key_id, pk.key_id());
        assert_eq!(&env[..5], b"OCSE\x01");
        assert_eq!(open(&sk, &binding(id), &env).unwrap().as_slice(), PLAINTEXT);
        // Two seals of the same plaintext differ (fresh encapsulation each time).
        assert_ne!(seal(&pk, &binding(id), PLAINTEXT).unwrap(), env);
    }
}

#[test]
fn any_flipped_byte_fails_to_open() {
    for suite in Suite::all() {
        let sk = SecretKey::generate(suite).unwrap();
        let pk = sk.public_key().unwrap();
        let id = StatementId::generate().unwrap();
        let env = seal(&pk, &binding(id), PLAINTEXT).unwrap();
        // Every byte for X25519; for X-Wing every header and ciphertext byte and every 7th of its
        // 1120-byte enc (each open costs an ML-KEM decapsulation).
        let enc_end = HEADER_LEN + suite.enc_len();
        let positions: Vec<usize> = (0..env.len())
            .filter(|&i| suite == Suite::X25519 || i < HEADER_LEN || i >= enc_end || i % 7 == 0)
            .collect();
        for i in positions {
            for bit in [0x01u8, 0x80] {
                let mut bad = env.clone();
                bad[i] ^= bit;
                assert!(
                    open(&sk, &binding(id), &bad).is_err(),
                    "{suite:?}: byte {i} bit {bit:#x}"
                );
            }
        }
        // Truncation and extension.
        for len in [0, 4, HEADER_LEN, enc_end, env.len() - 1] {
            assert!(
                open(&sk, &binding(id), &env[..len]).is_err(),
                "{suite:?}: truncated to {len}"
            );
        }
        let mut longer = env.clone();
        longer.push(0);
        assert!(open(&sk, &binding(id), &longer).is_err());
    }
}

#[test]
fn the_binding_is_authenticated() {
    let sk = SecretKey::generate(Suite::X25519).unwrap();
    let pk = sk.public_key().unwrap();
    let id = StatementId::generate().unwrap();
    let env = seal(&pk, &binding(id), PLAINTEXT).unwrap();
    let other_id = StatementId::generate().unwrap();
    let moved = [
        Binding {
            statement_id: other_id,
            ..binding(id)
        },
        Binding {
            nationality: "AT",
            ..binding(id)
        },
        Binding {
            initiative: "ECI(2026)000002",
            ..binding(id)
        },
        Binding {
            initiative: "ECI(2026)00000",
            ..binding(id)
        },
        Binding {
            purpose: Purpose::Contact,
            ..binding(id)
        },
    ];
    for b in moved {
        assert_eq!(open(&sk, &b, &env), Err(EnvelopeError::Open), "{b:?}");
    }
}

#[test]
fn other_keys_do_not_open() {
    for suite in Suite::all() {
        let sk = SecretKey::generate(suite).unwrap();
        let env = seal(
            &sk.public_key().unwrap(),
            &binding(StatementId::generate().unwrap()),
            PLAINTEXT,
        )
        .unwrap();
        let id = Header::parse(&env).unwrap();
        for other_suite in Suite::all() {
            let other = SecretKey::generate(other_suite).unwrap();
            let b = binding(StatementId::generate().unwrap());
            assert!(matches!(
                open(&other, &b, &env),
                Err(EnvelopeError::WrongKey { .. })
            ));
            // Even with the key id rewritten to the other key's, the AEAD refuses.
            if other_suite == suite {
                let mut forged = env.clone();
                forged[11..19].copy_from_slice(&other.public_key().unwrap().key_id());
                assert_eq!(open(&other, &b, &forged), Err(EnvelopeError::Open));
            }
        }
        assert_eq!(id.suite, suite);
    }
}

#[test]
fn header_errors_are_precise() {
    let sk = SecretKey::generate(Suite::X25519).unwrap();
    let id = StatementId::generate().unwrap();
    let env = seal(&sk.public_key().unwrap(), &binding(id), PLAINTEXT).unwrap();
    let mut v2 = env.clone();
    v2[4] = 2;
    assert_eq!(
        Header::parse(&v2),
        Err(EnvelopeError::UnsupportedVersion(2))
    );
    let mut magic = env.clone();
    magic[0] = b'X';
    assert_eq!(Header::parse(&magic), Err(EnvelopeError::BadMagic));
    let mut aead = env.clone();
    aead[10] = 1; // AES-128-GCM: not a suite this format allows
    assert!(matches!(
        Header::parse(&aead),
        Err(EnvelopeError::UnsupportedSuite { aead: 1, .. })
    ));
    assert_eq!(Header::parse(&env[..10]), Err(EnvelopeError::Truncated));
}

#[test]
fn sealing_refuses_a_malformed_binding() {
    let sk = SecretKey::generate(Suite::X25519).unwrap();
    let pk = sk.public_key().unwrap();
    let id = StatementId::generate().unwrap();
    for nationality in ["D", "de", "DEU", ""] {
        let b = Binding {
            nationality,
            ..binding(id)
        };
        assert_eq!(
            seal(&pk, &b, PLAINTEXT),
            Err(EnvelopeError::Seal),
            "{nationality}"
        );
    }
}

proptest! {
    #![proptest_config(ocs_testkit::proptest_config(64))]
    #[test]
    fn any_plaintext_round_trips(plaintext in proptest::collection::vec(any::<u8>(), 0..4096),
                                 initiative in "[ -~]{1,64}", nationality in "[A-Z]{2}") {
        let sk = SecretKey::generate(Suite::X25519).unwrap();
        let id = StatementId::generate().unwrap();
        let b = Binding { purpose: Purpose::Statement, statement_id: id, initiative: &initiative, nationality: &nationality };
        let env = seal(&sk.public_key().unwrap(), &b, &plaintext).unwrap();
        let opened = open(&sk, &b, &env).unwrap();
        prop_assert_eq!(opened.as_slice(), plaintext.as_slice());
    }

    #[test]
    fn xwing_round_trips(plaintext in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let sk = SecretKey::generate(Suite::XWing).unwrap();
        let id = StatementId::generate().unwrap();
        let env = seal(&sk.public_key().unwrap(), &binding(id), &plaintext).unwrap();
        let opened = open(&sk, &binding(id), &env).unwrap();
        prop_assert_eq!(opened.as_slice(), plaintext.as_slice());
    }

    #[test]
    fn garbage_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..1400)) {
        let sk = SecretKey::generate(Suite::X25519).unwrap();
        let _ = Header::parse(&bytes);
        prop_assert!(open(&sk, &binding(StatementId::generate().unwrap()), &bytes).is_err());
    }
}

/// The test vector in docs/envelope.md opens to its plaintext, so the document stays true.
#[test]
fn the_documented_test_vector_opens() {
    let doc = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/envelope.md"
    ))
    .unwrap();
    let vector = doc.split("## Test vector").nth(1).unwrap();
    let value = |label: &str| -> String {
        vector
            .lines()
            .find_map(|l| l.strip_prefix(label))
            .map(|v| v.trim().to_owned())
            .unwrap_or_else(|| panic!("{label} missing from docs/envelope.md"))
    };
    let sk = SecretKey::from_bytes(
        Suite::X25519,
        &hex::decode(value("secret key (hex):")).unwrap(),
    )
    .unwrap();
    let pk = sk.public_key().unwrap();
    assert_eq!(hex::encode(pk.as_bytes()), value("public key (hex):"));
    assert_eq!(pk.to_string(), value("public key string:"));
    assert_eq!(hex::encode(pk.key_id()), value("key id (hex):"));
    let id = StatementId::parse(&value("statement id:")).unwrap();
    let nationality = value("nationality:");
    let initiative = value("initiative:");
    let b = Binding {
        purpose: Purpose::Statement,
        statement_id: id,
        initiative: &initiative,
        nationality: &nationality,
    };
    assert_eq!(hex::encode(b.aad().unwrap()), value("aad (hex):"));
    let env = hex::decode(value("envelope (hex):")).unwrap();
    let opened = open(&sk, &b, &env).unwrap();
    assert_eq!(std::str::from_utf8(&opened).unwrap(), value("plaintext:"));
    let statement = ocs_core::Statement::from_canonical(&opened).unwrap();
    assert_eq!(statement.id, id);
    assert_eq!(statement.to_canonical().as_slice(), opened.as_slice());
}

/// The opening KEM (src/receiver.rs) keeps the receiver's public key instead of deriving it per
/// envelope: its decapsulation must be hpke's own, bit for bit, for any key and any encapsulated
/// key, including the low-order points whose shared secret is all zeros (refused by both).
#[test]
fn the_opening_kem_decapsulates_exactly_as_hpkes_own() {
    use hpke::kem::{Kem, X25519HkdfSha256 as Stock};
    use hpke::{Deserializable, Serializable};
    use ocs_core::receiver::{ReceiverKey, X25519Receiver};
    use proptest::test_runner::{RngAlgorithm, TestRng};

    let mut rng = TestRng::from_seed(
        RngAlgorithm::ChaCha,
        &[
            ocs_testkit::test_seed().to_le_bytes(),
            [0; 8],
            [0; 8],
            [0; 8],
        ]
        .concat(),
    );
    let mut bytes = || {
        let mut b = [0u8; 32];
        rng.fill_bytes(&mut b);
        b
    };
    for _ in 0..200 {
        let sk_bytes = bytes();
        let stock = <Stock as Kem>::PrivateKey::from_bytes(&sk_bytes).unwrap();
        let ours = ReceiverKey::from_bytes(&sk_bytes).unwrap();
        assert_eq!(
            Stock::sk_to_pk(&stock).to_bytes(),
            X25519Receiver::sk_to_pk(&ours).to_bytes()
        );
        // A real encapsulation, and an arbitrary 32-byte string as the encapsulated key.
        let (_, enc) = Stock::encap(&Stock::sk_to_pk(&stock), None).unwrap();
        let arbitrary = bytes();
        for enc_bytes in [enc.to_bytes().to_vec(), arbitrary.to_vec()] {
            let enc = <Stock as Kem>::EncappedKey::from_bytes(&enc_bytes).unwrap();
            let theirs = Stock::decap(&stock, None, &enc).map(|s| s.0.to_vec());
            let mine = X25519Receiver::decap(&ours, None, &enc).map(|s| s.0.to_vec());
            assert_eq!(theirs, mine);
        }
    }
    // Low-order points: the DH output is zero; both refuse.
    let sk = ReceiverKey::from_bytes(&[7u8; 32]).unwrap();
    for low in [[0u8; 32], {
        let mut one = [0u8; 32];
        one[0] = 1;
        one
    }] {
        let enc = <Stock as Kem>::EncappedKey::from_bytes(&low).unwrap();
        assert!(X25519Receiver::decap(&sk, None, &enc).is_err());
        let stock = <Stock as Kem>::PrivateKey::from_bytes(&[7u8; 32]).unwrap();
        assert!(Stock::decap(&stock, None, &enc).is_err());
    }
    // It never seals.
    let public = X25519Receiver::sk_to_pk(&sk);
    assert!(X25519Receiver::encap(&public, None).is_err());
}
