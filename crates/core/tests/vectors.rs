//! Known-answer vectors computed outside the code under test: `vectors/generate.py` computes the
//! dedupe identity, token and shard rule (docs/dedupe.md) and the ledger chain (docs/ledger.md)
//! with Python's standard library from the documents alone. A change to either format, or a
//! document that no longer says what the code does, fails here.

use ocs_core::dedupe::{canonical_identity, DedupeSecret, DedupeToken};
use ocs_core::ledger::{genesis, verify_shard, Body, Row, Sealed};
use ocs_core::{RawSubmission, StatementId, Validator};
use ocs_testkit::{initiative, part_a, rules, NOW};
use serde_json::Value;

const VECTORS: &str = include_str!("vectors/ledger-dedupe.json");

fn vectors() -> Value {
    serde_json::from_str(VECTORS).expect("the vectors are JSON")
}

fn hex32(v: &Value) -> [u8; 32] {
    let mut out = [0u8; 32];
    hex::decode_to_slice(v.as_str().expect("hex"), &mut out).expect("32 bytes of hex");
    out
}

fn bytes(v: &Value) -> Vec<u8> {
    hex::decode(v.as_str().expect("hex")).expect("hex")
}

/// The vector's submission completed to a valid one (names, address, declaration as needed).
fn statement(submission: &Value) -> ocs_core::Statement {
    let given = submission.as_object().expect("a submission");
    let nationality = given["nationality"].as_str().expect("nationality");
    let mut pairs: Vec<(String, String)> = if given.contains_key("id_number") {
        vec![
            ("full_first_names".into(), "Jan".into()),
            ("family_names".into(), "Kowalski".into()),
            ("declaration".into(), "true".into()),
        ]
    } else {
        part_a(nationality)
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect()
    };
    pairs.retain(|(k, _)| !given.contains_key(k));
    pairs.extend(
        given
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().expect("text").to_owned())),
    );
    let initiative = initiative();
    let validator = Validator {
        rules: rules(),
        initiative: &initiative,
        now: NOW,
    };
    validator
        .validate(
            &RawSubmission::from_pairs(pairs),
            StatementId::generate().unwrap(),
        )
        .unwrap_or_else(|e| panic!("{submission}: {e:?}"))
        .statement
}

#[test]
fn dedupe_identity_token_and_shard_match_the_independent_vectors() {
    let v = vectors();
    let secret = DedupeSecret::from_hex(v["dedupe_key"].as_str().unwrap()).unwrap();
    let cases = v["dedupe"].as_array().unwrap();
    assert!(cases.len() >= 8);
    for case in cases {
        let statement = statement(&case["submission"]);
        let identity = canonical_identity(rules(), &statement).unwrap();
        assert_eq!(identity.as_str(), case["identity"].as_str().unwrap());
        let token = secret.token(rules(), &statement).unwrap();
        assert_eq!(token, DedupeToken(hex32(&case["token"])), "{identity:?}");
        for (shards, expected) in case["shards"].as_object().unwrap() {
            assert_eq!(
                u64::from(token.shard(shards.parse().unwrap())),
                expected.as_u64().unwrap(),
                "{identity:?} over {shards} shards"
            );
        }
    }
    // Both spellings of a Swedish personnummer are one person.
    assert_eq!(cases[2]["token"], cases[3]["token"]);
}

#[test]
fn the_ledger_chain_matches_the_independent_vectors() {
    let v = vectors();
    let ledger = &v["ledger"];
    let initiative = ledger["initiative"].as_str().unwrap();
    let shard = ledger["shard"].as_u64().unwrap() as u32;
    assert_eq!(genesis(initiative, shard), hex32(&ledger["genesis"]));
    let mut prev = genesis(initiative, shard);
    let mut rows = Vec::new();
    for r in ledger["rows"].as_array().unwrap() {
        let sealed = Sealed {
            token: hex32(&r["token"]),
            envelope: bytes(&r["envelope"]),
            contact: r["contact"].as_str().map(|c| hex::decode(c).unwrap()),
        };
        assert_eq!(
            sealed.digest(),
            hex32(&r["sealed"]),
            "sealed digest, row {}",
            r["seq"]
        );
        let mut row = Row {
            shard,
            seq: r["seq"].as_u64().unwrap(),
            id: StatementId::from_random_bytes(bytes(&r["id"]).try_into().unwrap()),
            submitted_at: r["submitted_at"].as_str().unwrap().to_owned(),
            nationality: r["nationality"].as_str().unwrap().to_owned(),
            body: Body::Sealed(sealed),
            chain: [0; 32],
        };
        row.chain = row.compute_chain(&prev);
        assert_eq!(row.chain, hex32(&r["chain"]), "chain, row {}", row.seq);
        prev = row.chain;
        rows.push(row);
    }
    assert_eq!(verify_shard(initiative, shard, &rows).unwrap().0, prev);
    // A tombstone keeps the chain: erase row 2 and it still verifies to the same head.
    rows[1].erase("2026-12-01T09:00:00Z");
    assert_eq!(verify_shard(initiative, shard, &rows).unwrap().0, prev);
}

#[test]
fn the_committed_vectors_are_what_the_script_prints() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
    let out = std::process::Command::new("python3")
        .arg(dir.join("generate.py"))
        .output()
        .expect("python3 runs (it is part of the base toolchain)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(
        printed,
        vectors(),
        "regenerate: python3 {}",
        dir.join("generate.py").display()
    );
}

/// The test vectors of the X-Wing draft (draft-connolly-cfrg-xwing-kem, `spec/test-vectors.json`
/// of github.com/dconnolly/draft-connolly-cfrg-xwing-kem at 9b6ce9e), computed by the draft's
/// own Python reference: our secret key (the 32-byte X-Wing seed) yields the draft's public key,
/// and the HPKE library we seal with decapsulates the draft's ciphertext to its shared secret.
#[test]
fn x_wing_matches_the_drafts_test_vectors() {
    use hpke::{Deserializable, Kem as _};
    type XWing = hpke::kem::XWing;
    let vectors: Value = serde_json::from_str(include_str!(
        "vectors/xwing-draft-connolly-cfrg-xwing-kem.json"
    ))
    .unwrap();
    let vectors = vectors.as_array().unwrap();
    assert_eq!(vectors.len(), 3);
    for v in vectors {
        let sk = bytes(&v["sk"]);
        let ours = ocs_core::SecretKey::from_bytes(ocs_core::Suite::XWing, &sk).unwrap();
        assert_eq!(
            ours.public_key().unwrap().as_bytes(),
            bytes(&v["pk"]).as_slice()
        );
        let private = <XWing as hpke::Kem>::PrivateKey::from_bytes(&sk).unwrap();
        let encapped = <XWing as hpke::Kem>::EncappedKey::from_bytes(&bytes(&v["ct"])).unwrap();
        let shared = XWing::decap(&private, None, &encapped).unwrap();
        assert_eq!(shared.0.as_slice(), bytes(&v["ss"]).as_slice());
    }
}
