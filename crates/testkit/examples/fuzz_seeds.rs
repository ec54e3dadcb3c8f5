//! Writes the seed corpora of the fuzz targets (fuzz/corpus/<target>/seed-*): valid inputs of
//! every kind, from which libFuzzer mutates. `cargo run -p ocs-testkit --example fuzz_seeds`;
//! the seeds are committed, so run it again only when a format changes.

use std::fs;
use std::path::{Path, PathBuf};

use ocs_core::envelope::{seal, Purpose};
use ocs_core::keys::Suite;
use ocs_core::{RawSubmission, StatementId, Validator};
use ocs_testkit::fuzz::{binding, organiser_key, STATEMENT};
use ocs_testkit::{initiative, ledger_rows, part_a, part_b, rules, NOW, PART_A, PART_B};

fn corpus(target: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus")
        .join(target);
    fs::create_dir_all(&dir).expect("corpus folder");
    dir
}

fn write(target: &str, name: &str, bytes: impl AsRef<[u8]>) {
    fs::write(corpus(target).join(format!("seed-{name}")), bytes).expect("seed");
}

fn json(pairs: &[(&'static str, String)]) -> String {
    let object: serde_json::Map<String, serde_json::Value> = pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone().into()))
        .collect();
    serde_json::Value::Object(object).to_string()
}

fn form(pairs: &[(&'static str, String)]) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        out.append_pair(k, v);
    }
    out.finish()
}

fn main() {
    let every = PART_A
        .iter()
        .map(|nat| part_a(nat))
        .chain(PART_B.iter().map(|(n, d, x)| part_b(n, d, x)));
    for pairs in every {
        let nationality = pairs[0].1.to_lowercase();
        write("submission", &format!("{nationality}.json"), json(&pairs));
        write("submission", &format!("{nationality}.form"), form(&pairs));
    }
    let mut with_email = part_a("DE");
    with_email.extend([
        ("email", "anna@example.eu".to_owned()),
        ("email_consent", "true".to_owned()),
    ]);
    write("submission", "de-email.json", json(&with_email));

    // Envelopes sealed to the target's key, for its binding, of each suite and purpose.
    let initiative = initiative();
    let validator = Validator {
        rules: rules(),
        initiative: &initiative,
        now: NOW,
    };
    let raw = RawSubmission::from_pairs(with_email.iter().map(|(k, v)| (*k, v.clone())));
    let valid = validator
        .validate(&raw, StatementId::from_random_bytes(STATEMENT))
        .expect("the seed statement is valid");
    let statement = valid.statement.to_canonical();
    let contact = valid.contact.expect("a contact").to_canonical();
    write("plaintext", "statement", &*statement);
    write("plaintext", "contact", &*contact);
    for suite in Suite::all() {
        let pk = organiser_key(suite).public_key().expect("public key");
        for (purpose, plain, name) in [
            (Purpose::Statement, &statement, "statement"),
            (Purpose::Contact, &contact, "contact"),
        ] {
            let sealed = seal(&pk, &binding(purpose), plain).expect("seal");
            write("envelope", &format!("{}-{name}", suite.name()), sealed);
        }
        write(
            "key_string",
            &format!("{}-public", suite.name()),
            pk.to_string(),
        );
        write(
            "key_string",
            &format!("{}-secret", suite.name()),
            &*organiser_key(suite).to_bech32(),
        );
    }

    let mut rows = ledger_rows("ECI(2026)000001", 0, 6);
    if let Some(row) = rows.get_mut(2) {
        row.erase("2026-11-23T10:00:00Z");
    }
    let lines: String = rows
        .iter()
        .map(|r| serde_json::to_string(r).expect("row") + "\n")
        .collect();
    write("ledger_rows", "shard-0", lines);

    write(
        "ruleset",
        "eci",
        serde_json::to_string_pretty(rules()).expect("ruleset"),
    );
    let national =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures/national-ruleset.json");
    write(
        "ruleset",
        "national",
        fs::read(national).expect("the national ruleset fixture"),
    );
    log_seeds();
    println!("seeds written under fuzz/corpus/");
}

/// Checkpoints of a three-leaf tree, alone and combined, a receipt and a cosigned checkpoint.
fn log_seeds() {
    use ocs_core::transparency::{
        inclusion_proof, origin, receipt, sign_checkpoint, Leaf, MemoryTree, WitnessKey,
    };
    let key = ocs_testkit::fuzz::log_key();
    let leaves: Vec<Leaf> = ledger_rows("ECI(2026)000001", 0, 3)
        .iter()
        .map(Leaf::of_row)
        .collect();
    let tree = MemoryTree::from_leaf_hashes(leaves.iter().map(Leaf::hash)).expect("tree");
    let origin = origin("ECI(2026)000001", 0);
    let note = sign_checkpoint(&key, &origin, 3, tree.root(3).expect("root"), 1).expect("sign");
    write("log", "checkpoint", &note);
    let other = sign_checkpoint(
        &key,
        "ocs-edge/ECI(2026)000001/shard/1",
        0,
        tree.root(0).expect("root"),
        0,
    )
    .expect("sign");
    write("log", "combined", format!("{note}\n{other}"));
    let receipt = receipt::LogReceipt {
        format: receipt::FORMAT.into(),
        v: 1,
        key: key.verifier_key(),
        leaf: leaves[1].clone(),
        checkpoint: note.clone(),
        inclusion: receipt::encode_hashes(&inclusion_proof(1, 3, &tree).expect("proof")),
    };
    write(
        "log",
        "receipt",
        serde_json::to_string_pretty(&receipt).expect("json"),
    );
    let witness = WitnessKey::from_seed("witness.example.org/ocs", &[5u8; 32]).expect("witness");
    write(
        "log",
        "cosigned",
        witness.cosign(&note, 1_790_000_000).expect("cosign"),
    );
}
