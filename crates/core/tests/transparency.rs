//! The transparency log's maths and formats: trees, proofs and checkpoints held against an
//! implementation we did not write (ct-merkle, RFC 6962/9162), forged signatures refused.

use ct_merkle::mem_backed_tree::MemoryBackedTree;
use ct_merkle::{ConsistencyProof, InclusionProof, RootHash};
use ocs_core::transparency::{
    check_consistency, check_inclusion, consistency_proof, first_difference, inclusion_proof,
    receipt::{decode_hashes, encode_hashes, LogReceipt, FORMAT},
    sign_checkpoint, split_notes, verify_checkpoint, Hash, Leaf, LogKey, MemoryTree,
};
use proptest::prelude::*;
use sha2::Sha256;

fn tree_of(data: &[Vec<u8>]) -> (MemoryTree, MemoryBackedTree<Sha256, Vec<u8>>) {
    let ours = MemoryTree::from_leaf_hashes(data.iter().map(|d| tlog_hash(d))).expect("tree");
    let mut theirs = MemoryBackedTree::<Sha256, Vec<u8>>::new();
    for d in data {
        theirs.push(d.clone());
    }
    (ours, theirs)
}

fn tlog_hash(data: &[u8]) -> Hash {
    // The leaf hash as ocs computes it: RFC 9162 SHA-256(0x00 || data).
    tlog_tiles::record_hash(data)
}

fn theirs_root(tree: &MemoryBackedTree<Sha256, Vec<u8>>) -> [u8; 32] {
    let mut out = [0u8; 32];
    out.copy_from_slice(tree.root().as_bytes());
    out
}

proptest! {
    #![proptest_config(ocs_testkit::proptest_config(96))]

    /// Roots, inclusion proofs and consistency proofs agree with ct-merkle, both ways.
    #[test]
    fn the_tree_agrees_with_an_independent_implementation(
        data in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..40), 1..300),
        pick in any::<u64>(),
        old_pick in any::<u64>(),
    ) {
        let (ours, theirs) = tree_of(&data);
        let n = ours.size();
        prop_assert_eq!(ours.root(n).expect("root").0, theirs_root(&theirs));

        // Inclusion: our proof verifies with theirs, and theirs with ours.
        let index = pick % n;
        let proof = inclusion_proof(index, n, &ours).expect("proof");
        let root = RootHash::<Sha256>::new(*theirs.root().as_bytes(), n);
        let as_theirs = InclusionProof::<Sha256>::from_digests(proof.iter().map(|h| h.0.as_slice().try_into().expect("32")));
        let leaf = &data[usize::try_from(index).expect("index")];
        prop_assert!(root.verify_inclusion(leaf, index, &as_theirs).is_ok());
        let their_proof = theirs.prove_inclusion(usize::try_from(index).expect("index"));
        let hashes: Vec<Hash> = their_proof.as_bytes().chunks(32).map(|c| Hash(c.try_into().expect("32"))).collect();
        prop_assert!(check_inclusion(&hashes, n, ours.root(n).expect("root"), index, tlog_hash(leaf)).is_ok());

        // Consistency from every older size to this one.
        let old = 1 + old_pick % n;
        if old < n {
            let proof = consistency_proof(old, n, &ours).expect("proof");
            let (older, older_theirs) = tree_of(&data[..usize::try_from(old).expect("old")]);
            let old_root = RootHash::<Sha256>::new(*older_theirs.root().as_bytes(), old);
            let as_theirs = ConsistencyProof::<Sha256>::from_digests(proof.iter().map(|h| h.0.as_slice().try_into().expect("32")));
            prop_assert!(root.verify_consistency(&old_root, &as_theirs).is_ok());
            let their_proof = theirs.prove_consistency(usize::try_from(n - old).expect("additions"));
            let hashes: Vec<Hash> = their_proof.as_bytes().chunks(32).map(|c| Hash(c.try_into().expect("32"))).collect();
            prop_assert!(check_consistency(&hashes, old, older.root(old).expect("root"), n, ours.root(n).expect("root")).is_ok());
            // A tree whose old part changed is not consistent with the old one.
            let mut changed = data.clone();
            changed[usize::try_from(pick % old).expect("index")].push(0xff);
            let (forked, _) = tree_of(&changed);
            let proof = consistency_proof(old, n, &forked).expect("proof");
            prop_assert!(check_consistency(&proof, old, older.root(old).expect("root"), n, forked.root(n).expect("root")).is_err());
            prop_assert_eq!(first_difference(ours.leaves(), forked.leaves()), Some(pick % old));
        }
    }
}

fn key() -> LogKey {
    LogKey::from_seed("ECI(2026)000001", &[7u8; 32])
}

const ORIGIN: &str = "ocs-edge/ECI(2026)000001/shard/0";

#[test]
fn a_checkpoint_verifies_with_its_key_only_and_a_forged_one_is_refused() {
    let key = key();
    let text = sign_checkpoint(&key, ORIGIN, 5, Hash([3u8; 32]), 1).expect("signed");
    let read = verify_checkpoint(&text, &key.verifier_key()).expect("verifies");
    assert_eq!(
        (read.origin.as_str(), read.size, read.root, read.erased),
        (ORIGIN, 5, Hash([3u8; 32]), 1)
    );
    assert!(text.starts_with(&format!("{ORIGIN}\n5\n")), "{text}");
    assert!(
        text.contains("\nerased 1\n\n\u{2014} ocs-edge/ECI(2026)000001 "),
        "{text}"
    );

    // Another key with the same name (a forger who knows the name but not the seed).
    let other = LogKey::from_seed("ECI(2026)000001", &[8u8; 32]);
    assert!(verify_checkpoint(&text, &other.verifier_key()).is_err());
    // A changed size, root or erased count under the original signature.
    for (from, to) in [("\n5\n", "\n6\n"), ("erased 1", "erased 0")] {
        let forged = text.replacen(from, to, 1);
        assert_ne!(forged, text);
        assert!(
            verify_checkpoint(&forged, &key.verifier_key()).is_err(),
            "{forged}"
        );
    }
    // A signature by the forger's key under the right name.
    let forged = sign_checkpoint(&other, ORIGIN, 5, Hash([3u8; 32]), 0).expect("signed");
    assert!(verify_checkpoint(&forged, &key.verifier_key()).is_err());
    // The verifier key names the initiative and is stable for a seed.
    assert!(key.verifier_key().starts_with("ocs-edge/ECI(2026)000001+"));
    assert_eq!(
        key.verifier_key(),
        LogKey::from_seed("ECI(2026)000001", &[7u8; 32]).verifier_key()
    );
}

/// More leaves erased than the tree holds is refused even under a good signature: the one bound
/// a reader without the ledger can hold the `erased` line to (docs/transparency.md).
#[test]
fn a_checkpoint_erasing_more_than_it_holds_is_refused() {
    let key = key();
    let full = sign_checkpoint(&key, ORIGIN, 5, Hash([3u8; 32]), 5).expect("signed");
    assert!(verify_checkpoint(&full, &key.verifier_key()).is_ok());
    let over = sign_checkpoint(&key, ORIGIN, 5, Hash([3u8; 32]), 6).expect("signed");
    let refused = verify_checkpoint(&over, &key.verifier_key()).unwrap_err();
    assert!(refused.to_string().contains("exceeds"), "{refused}");
}

proptest! {
    /// The log key signs with an Ed25519 of its own (without precomputed tables): the notes it
    /// signs are byte for byte those of signed_note's own signer made from the same seed, and
    /// its verifier key is the one signed_note derives for that signer.
    #[test]
    fn the_log_key_signs_as_signed_notes_own_signer(seed in any::<[u8; 32]>(), size in 0u64..1 << 40) {
        use base64::Engine as _;
        let ours = LogKey::from_seed("ECI(2026)000001", &seed);
        let mut private = vec![1u8];
        private.extend_from_slice(&seed);
        let id = ours.verifier_key().split('+').nth(1).unwrap().to_owned();
        let skey = format!(
            "PRIVATE+KEY+ocs-edge/ECI(2026)000001+{id}+{}",
            base64::engine::general_purpose::STANDARD.encode(&private)
        );
        // StandardSigner::new refuses a key id that is not the one of the derived public key.
        let theirs = signed_note::StandardSigner::new(&skey).expect("the same key id");
        let text = format!("{ORIGIN}\n{size}\nAAAA\n");
        let sign = |signer: &dyn signed_note::Signer| {
            let mut note = signed_note::Note::new(text.as_bytes(), &[]).unwrap();
            note.add_sigs(&[signer]).unwrap();
            note.to_bytes()
        };
        prop_assert_eq!(sign(ours.signer()), sign(&theirs));
        prop_assert!(signed_note::StandardVerifier::new(&ours.verifier_key()).is_ok());
    }
}

#[test]
fn the_combined_checkpoint_splits_into_its_notes() {
    let key = key();
    let notes: Vec<String> = (0..3)
        .map(|s| {
            sign_checkpoint(
                &key,
                &format!("ocs-edge/X/shard/{s}"),
                s,
                Hash([s as u8; 32]),
                0,
            )
            .expect("signed")
        })
        .collect();
    let combined = notes.join("\n");
    assert_eq!(split_notes(&combined), notes);
    assert_eq!(split_notes(&notes[0]), vec![notes[0].clone()]);
    assert!(split_notes("").is_empty());
}

fn leaf(seq: u64) -> Leaf {
    Leaf {
        shard: 0,
        seq,
        statement: "0b9a3c1e-5f7d-4c1a-9e2b-7d8f6a5b4c3d".into(),
        submitted_at: "2026-11-23T10:00:00Z".into(),
        nationality: "DE".into(),
        sealed: "ab".repeat(32),
    }
}

#[test]
fn a_receipt_verifies_and_every_change_to_it_is_caught() {
    let key = key();
    let leaves: Vec<Leaf> = (1..=9).map(leaf).collect();
    let tree = MemoryTree::from_leaf_hashes(leaves.iter().map(Leaf::hash)).expect("tree");
    let checkpoint =
        sign_checkpoint(&key, ORIGIN, 9, tree.root(9).expect("root"), 0).expect("signed");
    let receipt = LogReceipt {
        format: FORMAT.into(),
        v: 1,
        key: key.verifier_key(),
        leaf: leaves[4].clone(),
        checkpoint,
        inclusion: encode_hashes(&inclusion_proof(4, 9, &tree).expect("proof")),
    };
    assert_eq!(
        receipt
            .verify(&key.verifier_key(), ORIGIN)
            .expect("verifies")
            .size,
        9
    );
    let json = serde_json::to_string(&receipt).expect("json");
    let back: LogReceipt = serde_json::from_str(&json).expect("parses");
    assert!(back.verify(&key.verifier_key(), ORIGIN).is_ok());

    let mut other_leaf = receipt.clone();
    other_leaf.leaf.nationality = "FR".into();
    let mut other_seq = receipt.clone();
    other_seq.leaf.seq = 6;
    let mut bad_proof = receipt.clone();
    bad_proof.inclusion.pop();
    let mut not_base64 = receipt.clone();
    not_base64.inclusion[0] = "not base64!".into();
    for broken in [other_leaf, other_seq, bad_proof, not_base64] {
        assert!(
            broken.verify(&key.verifier_key(), ORIGIN).is_err(),
            "{broken:?}"
        );
    }
    assert!(receipt
        .verify(&key.verifier_key(), "ocs-edge/ECI(2026)000001/shard/1")
        .is_err());
    let other = LogKey::from_seed("ECI(2026)000001", &[8u8; 32]);
    assert!(receipt.verify(&other.verifier_key(), ORIGIN).is_err());
    assert_eq!(
        decode_hashes(&receipt.inclusion).map(|h| h.len()),
        Some(receipt.inclusion.len())
    );
}

#[test]
fn the_leaf_encoding_is_as_documented() {
    // docs/transparency.md spells the bytes out; this is that example.
    let data = leaf(1).data();
    let mut want = b"ocs-edge leaf v1".to_vec();
    want.extend_from_slice(&0u32.to_be_bytes());
    want.extend_from_slice(&1u64.to_be_bytes());
    want.extend_from_slice(&hex_16("0b9a3c1e5f7d4c1a9e2b7d8f6a5b4c3d"));
    want.extend_from_slice(&20u64.to_be_bytes());
    want.extend_from_slice(b"2026-11-23T10:00:00Z");
    want.extend_from_slice(&2u64.to_be_bytes());
    want.extend_from_slice(b"DE");
    want.extend_from_slice(&[0xab; 32]);
    assert_eq!(data, want);
}

fn hex_16(s: &str) -> Vec<u8> {
    (0..16)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex"))
        .collect()
}

#[test]
fn a_witness_cosignature_verifies_and_covers_the_whole_checkpoint() {
    use ocs_core::transparency::{verify_cosignature, WitnessKey};
    let log = key();
    let note = sign_checkpoint(&log, ORIGIN, 5, Hash([3u8; 32]), 1).expect("signed");
    let witness = WitnessKey::from_seed("witness.example.org/ocs", &[5u8; 32]).expect("key");
    let cosigned = witness.cosign(&note, 1_790_000_000).expect("cosigned");
    assert!(cosigned.starts_with(&note));
    assert_eq!(
        verify_cosignature(&cosigned, &witness.verifier_key()).expect("verifies"),
        1_790_000_000
    );
    // Still the log's checkpoint: the log's signature verifies with the witness line added.
    assert_eq!(
        verify_checkpoint(&cosigned, &log.verifier_key())
            .expect("log signature")
            .size,
        5
    );
    // The key id is SHA-256(name || "\n" || 0x04 || public key)[:4] (C2SP tlog-cosignature).
    let vkey = witness.verifier_key();
    // splitn: the base64 part may itself hold '+'.
    let parts: Vec<&str> = vkey.splitn(3, '+').collect();
    use base64::Engine as _;
    let material = base64::engine::general_purpose::STANDARD
        .decode(parts[2])
        .expect("base64");
    assert_eq!(material[0], 4);
    let mut h = <sha2::Sha256 as sha2::Digest>::new();
    sha2::Digest::update(&mut h, b"witness.example.org/ocs\n\x04");
    sha2::Digest::update(&mut h, &material[1..]);
    assert_eq!(parts[1], hex::encode(&sha2::Digest::finalize(h)[..4]));
    // Another witness, an uncosigned note, or a changed extension line: no cosignature.
    let other = WitnessKey::from_seed("witness.example.org/ocs", &[6u8; 32]).expect("key");
    assert!(verify_cosignature(&cosigned, &other.verifier_key()).is_err());
    assert!(verify_cosignature(&note, &witness.verifier_key()).is_err());
    let changed = cosigned.replacen("erased 1", "erased 2", 1);
    assert!(verify_cosignature(&changed, &witness.verifier_key()).is_err());
    assert!(WitnessKey::from_seed("has space", &[5u8; 32]).is_err());
}

/// Every stored hash belongs to exactly one leaf's run of hashes, as tlog lays them out: the
/// inverse the collector uses to keep each leaf's hashes in its ledger row.
#[test]
fn each_stored_hash_is_found_in_its_leafs_run() {
    use ocs_core::transparency::{first_stored_index, leaf_of_stored_index};
    let mut stored = 0u64;
    for leaf in 0..5000u64 {
        assert_eq!(first_stored_index(leaf), stored);
        let run = 1 + u64::from(leaf.trailing_ones());
        for offset in 0..run {
            assert_eq!(
                leaf_of_stored_index(stored + offset),
                (leaf, offset as usize)
            );
        }
        stored += run;
    }
    // Far out, and at the top of the range: no overflow, and the run starts where it should.
    for leaf in [1u64 << 40, (1 << 40) + 12345, u64::MAX / 4] {
        let first = first_stored_index(leaf);
        assert_eq!(leaf_of_stored_index(first), (leaf, 0));
    }
}
