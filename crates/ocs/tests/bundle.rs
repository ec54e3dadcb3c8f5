//! The organiser's bundle: append-only shard files that survive an interrupted pull, private
//! file modes, and verification across shards.

use ocs_testkit as common;

use common::ledger_rows;
use ocs::bundle::{Bundle, BundleError, Manifest, FORMAT, VERSION};
use std::os::unix::fs::PermissionsExt;

const INITIATIVE: &str = "ECI(2026)000001";

fn manifest(shards: u32) -> Manifest {
    Manifest {
        format: FORMAT.into(),
        version: VERSION,
        initiative: INITIATIVE.into(),
        shards,
        source: "http://127.0.0.1:8787".into(),
        initiative_data: None,
        ruleset_sha256: None,
    }
}

#[test]
fn rows_appended_in_pages_read_back_and_verify() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b");
    let bundle = Bundle::open_or_create(&path, manifest(2)).unwrap();
    for shard in 0..2 {
        let rows = ledger_rows(INITIATIVE, shard, 10);
        bundle.append(shard, &rows[..4]).unwrap();
        bundle.append(shard, &rows[4..]).unwrap();
        assert_eq!(bundle.read_shard(shard).unwrap(), rows);
    }
    let report = Bundle::open(&path).unwrap().verify().unwrap();
    assert!(report.is_clean(), "{report:?}");
    assert_eq!(report.rows, 20);
    assert_eq!(report.per_nationality["DE"], 10);
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o700);
    assert_eq!(mode(&bundle.shard_path(0)), 0o600);
    assert_eq!(mode(&path.join("bundle.json")), 0o600);
}

#[test]
fn an_interrupted_append_is_cut_off_and_refetched() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = Bundle::open_or_create(dir.path(), manifest(1)).unwrap();
    let rows = ledger_rows(INITIATIVE, 0, 5);
    bundle.append(0, &rows[..3]).unwrap();
    let line = serde_json::to_string(&rows[3]).unwrap();
    let mut content = std::fs::read(bundle.shard_path(0)).unwrap();
    content.extend_from_slice(&line.as_bytes()[..line.len() / 2]);
    std::fs::write(bundle.shard_path(0), content).unwrap();
    assert_eq!(
        bundle.read_shard(0).unwrap().len(),
        3,
        "partial line ignored"
    );
    bundle.append(0, &rows[3..]).unwrap();
    assert_eq!(bundle.read_shard(0).unwrap(), rows);
    assert!(bundle.verify().unwrap().is_clean());
}

#[test]
fn the_same_statement_in_two_shards_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = Bundle::open_or_create(dir.path(), manifest(2)).unwrap();
    let first = ledger_rows(INITIATIVE, 0, 3);
    let mut second = ledger_rows(INITIATIVE, 1, 3);
    // A copy of shard 0's second statement, re-chained into shard 1 so each chain is intact.
    second[2].id = first[1].id;
    second[2].body = first[1].body.clone();
    second[2].chain = second[2].compute_chain(&second[1].chain);
    bundle.append(0, &first).unwrap();
    bundle.append(1, &second).unwrap();
    let report = bundle.verify().unwrap();
    assert!(report.faults.is_empty());
    let places: Vec<_> = report.duplicates.iter().map(|(_, p)| p.clone()).collect();
    assert_eq!(
        places,
        vec![vec![(0, 2), (1, 3)]; 2],
        "{:?}",
        report.duplicates
    );
}

#[test]
fn a_bundle_of_another_initiative_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    Bundle::open_or_create(dir.path(), manifest(2)).unwrap();
    let mut other = manifest(2);
    other.initiative = "ECI(2026)000002".into();
    assert!(matches!(
        Bundle::open_or_create(dir.path(), other),
        Err(BundleError::Mismatch { .. })
    ));
    let empty = tempfile::tempdir().unwrap();
    assert!(matches!(
        Bundle::open(empty.path()),
        Err(BundleError::NotABundle(_))
    ));
}

#[test]
fn erasures_from_the_collector_become_tombstones_and_the_chain_still_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = Bundle::open_or_create(dir.path(), manifest(1)).unwrap();
    let rows = ledger_rows(INITIATIVE, 0, 6);
    bundle.append(0, &rows).unwrap();
    let before = bundle.verify().unwrap();
    let digest = rows[3].body.digest();
    let at = "2026-12-01T09:00:00Z".to_owned();
    // Row 4 erased at the collector; row 9 not pulled yet.
    let erasures = [(4, at.clone(), digest), (9, at.clone(), [0; 32])];
    assert_eq!(bundle.apply_erasures(0, &erasures).unwrap(), 1);
    assert_eq!(
        bundle.apply_erasures(0, &erasures).unwrap(),
        0,
        "idempotent"
    );
    let stored = bundle.read_shard(0).unwrap();
    assert!(stored[3].is_erased() && stored[3].sealed().is_none());
    assert_eq!(stored[2], rows[2]);
    let after = bundle.verify().unwrap();
    assert!(after.is_clean(), "{after:?}");
    assert_eq!(after.erased, 1);
    assert_eq!(after.rows, 6);
    assert_eq!(
        after.per_nationality.values().sum::<u64>(),
        before.per_nationality.values().sum::<u64>() - 1
    );
    assert_eq!(after.shards[0].2, before.shards[0].2, "same head hash");
    let mode = std::fs::metadata(bundle.shard_path(0))
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600);
    // An erasure that names other content than this bundle holds is refused.
    let wrong = [(5, at, [1; 32])];
    assert!(matches!(
        bundle.apply_erasures(0, &wrong),
        Err(BundleError::Erasure { seq: 5, .. })
    ));
}

/// A symbolic link planted where the bundle writes (by whoever could write the folder) is
/// refused, never written through: the files it points to stay as they were.
#[test]
fn links_planted_in_the_bundle_are_never_written_through() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let outside = dir.path().join("outside.txt");
    std::fs::write(&outside, "untouched").unwrap();
    let path = dir.path().join("b");
    let bundle = Bundle::open_or_create(&path, manifest(1)).unwrap();
    let rows = ledger_rows(INITIATIVE, 0, 2);

    symlink(&outside, bundle.shard_path(0)).unwrap();
    assert!(bundle.append(0, &rows).is_err(), "the shard file");
    std::fs::remove_file(bundle.shard_path(0)).unwrap();

    symlink(&outside, path.join("checkpoints.jsonl")).unwrap();
    assert!(
        bundle.record_checkpoint(0, "origin\n1\nroot\n").is_err(),
        "the checkpoints"
    );
    symlink(&outside, path.join("log-0000.leaves")).unwrap();
    assert!(
        bundle
            .append_log_leaves(0, &[ocs_core::transparency::Hash([7; 32])])
            .is_err(),
        "the leaves"
    );
    symlink(&outside, path.join("log-key.txt")).unwrap();
    assert!(
        bundle.pin_log_key("ocs-edge/x+1234+AAAA").is_err(),
        "the pinned key"
    );
    assert_eq!(std::fs::read_to_string(&outside).unwrap(), "untouched");

    // Nor is a bundle folder that is itself a link.
    let linked = dir.path().join("linked");
    symlink(dir.path().join("elsewhere"), &linked).unwrap();
    std::fs::create_dir(dir.path().join("elsewhere")).unwrap();
    assert!(Bundle::open_or_create(&linked, manifest(1)).is_err());
}
