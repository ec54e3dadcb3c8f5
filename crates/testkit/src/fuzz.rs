//! The bodies of the fuzz targets. `fuzz/fuzz_targets/*.rs` hand libFuzzer's input to these
//! (`scripts/fuzz`); `tests/fuzz_corpora.rs` replays the committed corpora through them on stable
//! in every `scripts/test`. Each must never panic on any input, and where a parse succeeds what
//! it parsed must survive its round trip: a panic is a finding.

use ocs_core::envelope::{self, Binding, Purpose};
use ocs_core::keys::Suite;
use ocs_core::ledger::{Row, ShardVerifier};
use ocs_core::normalize::is_forbidden;
use ocs_core::statement::Contact;
use ocs_core::{PublicKey, RawSubmission, Ruleset, SecretKey, Statement, StatementId, Validator};

use crate::{initiative, rules, NOW};

/// A fuzz target's body.
pub type Target = fn(&[u8]);

/// Every target: its name (the folder of its corpus) and its body.
pub const TARGETS: [(&str, Target); 8] = [
    ("submission", submission),
    ("envelope", envelope),
    ("ledger_rows", ledger_rows),
    ("key_string", key_string),
    ("ruleset", ruleset),
    ("plaintext", plaintext),
    ("log", log),
    ("wallet", wallet),
];

/// The statement id the envelope target binds to (its seeds are sealed to it).
pub const STATEMENT: [u8; 16] = *b"fuzz-statementid";

/// The organiser key of the envelope target, one per suite, from fixed bytes (made once: an
/// X-Wing key takes an ML-KEM key generation, which would otherwise dominate every run).
pub fn organiser_key(suite: Suite) -> &'static SecretKey {
    static KEYS: std::sync::OnceLock<Vec<(Suite, SecretKey)>> = std::sync::OnceLock::new();
    let keys = KEYS.get_or_init(|| {
        Suite::all()
            .map(|s| {
                let key = SecretKey::from_bytes(s, &[0x5a; 32])
                    .expect("32 bytes make a secret key of either suite");
                let _ = key.key_id(); // computed once, here
                (s, key)
            })
            .collect()
    });
    keys.iter()
        .find(|(s, _)| *s == suite)
        .map(|(_, key)| key)
        .expect("a key of every suite")
}

/// What the envelope target's seeds are sealed for.
pub fn binding(purpose: Purpose) -> Binding<'static> {
    Binding {
        purpose,
        statement_id: StatementId::from_random_bytes(STATEMENT),
        initiative: "ECI(2026)000001",
        nationality: "DE",
    }
}

/// A body as the worker receives it (JSON and form): parsed, validated, and if accepted, its
/// canonical form read back equal, with no character that is unsafe downstream.
pub fn submission(data: &[u8]) {
    let initiative = initiative();
    let validator = Validator {
        rules: rules(),
        initiative: &initiative,
        now: NOW,
    };
    for raw in [
        RawSubmission::from_json(data),
        RawSubmission::from_form(data),
    ]
    .into_iter()
    .flatten()
    {
        let shown = raw.redisplayable();
        for key in shown.keys() {
            assert!(!shown.get(key).unwrap_or("").chars().any(is_forbidden));
        }
        let Ok(valid) = validator.validate(&raw, StatementId::from_random_bytes(STATEMENT)) else {
            continue;
        };
        let canonical = valid.statement.to_canonical();
        let back = Statement::from_canonical(&canonical).expect("an accepted statement reads back");
        assert_eq!(back, valid.statement);
        for field in ocs_core::Field::all() {
            let value = valid.statement.field(field).unwrap_or("");
            assert!(
                !value.chars().any(is_forbidden),
                "{field:?} holds a forbidden character"
            );
        }
    }
}

/// An envelope as `ocs` reads it from a bundle: opened with the organiser's key of each suite,
/// for a statement and for a contact. Only an envelope sealed for exactly this binding opens.
pub fn envelope(data: &[u8]) {
    let _ = envelope::Header::parse(data);
    for suite in Suite::all() {
        let key = organiser_key(suite);
        for purpose in [Purpose::Statement, Purpose::Contact] {
            if let Ok(plain) = envelope::open(key, &binding(purpose), data) {
                plaintext(&plain);
            }
        }
    }
}

/// A shard file of a bundle, line by line, as `ocs verify` reads it: every row that parses
/// serialises back to itself, and the chain verifier takes any sequence of them.
pub fn ledger_rows(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut verifier = ShardVerifier::new("ECI(2026)000001", 0);
    for line in text.lines() {
        let Ok(row) = serde_json::from_str::<Row>(line) else {
            continue;
        };
        let again: Row =
            serde_json::from_str(&serde_json::to_string(&row).expect("a row serialises"))
                .expect("a serialised row parses");
        assert_eq!(again, row);
        let _ = row.dedupe_token();
        verifier.push(&row);
    }
    let _ = verifier.finish();
}

/// A key string as pasted into wrangler.toml or found in a key file.
pub fn key_string(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(pk) = PublicKey::parse(text) {
        assert_eq!(
            PublicKey::parse(&pk.to_string()).expect("printed key parses"),
            pk
        );
    }
    if let Ok(sk) = SecretKey::parse(text) {
        let again = SecretKey::parse(&sk.to_bech32()).expect("printed key parses");
        assert_eq!(again.expose_bytes(), sk.expose_bytes());
        let _ = sk.public_key();
    }
}

/// A ruleset file (the national ruleset an operator may deploy): loaded, and if it loads,
/// serialised and loaded again to the same rules.
pub fn ruleset(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(rules) = Ruleset::from_json(text) {
        let json = serde_json::to_string(&rules).expect("a ruleset serialises");
        let again = Ruleset::from_json(&json).expect("a serialised ruleset loads");
        assert_eq!(serde_json::to_string(&again).expect("serialises"), json);
    }
}

/// An opened envelope's plaintext, as the exporter reads it.
pub fn plaintext(data: &[u8]) {
    if let Ok(statement) = Statement::from_canonical(data) {
        let again = Statement::from_canonical(&statement.to_canonical()).expect("reads back");
        assert_eq!(again, statement);
    }
    let _ = Contact::from_canonical(data);
}

/// The log key the `log` target's seeds are signed with.
pub fn log_key() -> ocs_core::transparency::LogKey {
    ocs_core::transparency::LogKey::from_seed("ECI(2026)000001", &[7u8; 32])
}

/// What `ocs` reads of a collector's log: checkpoints (one or several), receipts and witness
/// cosignatures. What verifies must say what was signed.
pub fn log(data: &[u8]) {
    use ocs_core::transparency::{
        origin_of_key, split_notes, verify_checkpoint, verify_cosignature, LogReceipt,
    };
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let key = log_key().verifier_key();
    for note in split_notes(text) {
        if let Ok(checkpoint) = verify_checkpoint(&note, &key) {
            assert!(note.starts_with(&format!("{}\n{}\n", checkpoint.origin, checkpoint.size)));
        }
        let _ = verify_cosignature(&note, &key);
    }
    if let Ok(receipt) = serde_json::from_str::<LogReceipt>(text) {
        let origin = origin_of_key(&key, receipt.leaf.shard);
        if let Ok(checkpoint) = receipt.verify(&key, &origin) {
            assert!(receipt.leaf.index() < checkpoint.size);
        }
    }
}

/// The trust anchor the `wallet` target's seeds were issued under (tests/wallet/pid_wallet.py,
/// written by `crates/core/tests/wallet.rs`'s `write_fuzz_seeds`).
pub const WALLET_ANCHOR: &str = include_str!("../fuzz-wallet/anchor.pem");
/// The nonce and the clock of the `wallet` target's seeds.
pub const WALLET_NONCE: &str = "b2NzLWVkZ2UgZnV6eiBzZWVkcw";
/// The origin the `wallet` target's seeds are bound to.
pub const WALLET_ORIGIN: &str = "https://sign.example.eu";

/// A PID presentation (SD-JWT VC or mdoc) as the worker receives it from a wallet: read, every
/// digest and claim checked, every signature verified. One that verifies must name its PID provider, and
/// be refused for any other page or request.
pub fn wallet(data: &[u8]) {
    use ocs_core::wallet::{
        request::audience, verify_mdoc, verify_sd_jwt_vc, Expectations, WalletError,
    };
    static ANCHORS: std::sync::OnceLock<ocs_core::wallet::TrustAnchors> =
        std::sync::OnceLock::new();
    let anchors = ANCHORS.get_or_init(|| {
        ocs_core::wallet::TrustAnchors::from_pem(WALLET_ANCHOR).expect("the seeds' anchor reads")
    });
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let now_unix = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz-wallet/now"))
        .ok()
        .and_then(|t| t.trim().parse().ok())
        .unwrap_or(0);
    let expect = Expectations {
        anchors,
        nonce: WALLET_NONCE,
        audience: &audience(WALLET_ORIGIN),
        now_unix,
        encrypted_to: None,
    };
    // An encrypted answer (the worker opens it first): read, its content key derived.
    if ocs_core::wallet::response::SealedResponse::is_jwe(text) {
        if let Ok(sealed) = ocs_core::wallet::response::SealedResponse::parse(text) {
            assert!(matches!(sealed.content_key(&[7; 32]).len(), 16 | 32));
        }
        return;
    }
    // The worker tells the formats apart as this does (src/wallet.rs).
    let mdoc = !text.contains('~');
    let verify = |expect: &Expectations<'_>| {
        if mdoc {
            verify_mdoc(text, expect)
        } else {
            verify_sd_jwt_vc(text, expect)
        }
    };
    if let Ok(pid) = verify(&expect).and_then(|p| p.verify_natively()) {
        assert!(!pid.provenance.issuer.is_empty());
        let elsewhere = audience("https://elsewhere.example");
        let other_page = Expectations {
            audience: &elsewhere,
            ..expect
        };
        let other_request = Expectations {
            nonce: "another-request",
            ..expect
        };
        // An mdoc's origin and nonce are only in its device signature's session transcript.
        let (wrong_page, wrong_request) = if mdoc {
            (WalletError::BadKeyBinding, WalletError::BadKeyBinding)
        } else {
            (WalletError::WrongAudience, WalletError::UnknownRequest)
        };
        let refusal = |expect: &Expectations<'_>| {
            verify(expect).and_then(|p| p.verify_natively()).map(|_| ())
        };
        assert_eq!(refusal(&other_page), Err(wrong_page));
        assert_eq!(refusal(&other_request), Err(wrong_request));
    }
}
