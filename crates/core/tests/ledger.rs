//! The ledger hash chain: a clean chain verifies; a removed, reordered, altered, duplicated or
//! moved row is reported at its shard and sequence number.

use ocs_testkit as common;

use ocs_core::ledger::{verify_shard, Body, ChainFault, Erasure, Row, Sealed};
use ocs_core::StatementId;

const INITIATIVE: &str = "ECI(2026)000001";

fn chain(shard: u32, n: u64) -> Vec<Row> {
    common::ledger_rows(INITIATIVE, shard, n)
}

#[test]
fn a_clean_chain_verifies() {
    let rows = chain(3, 10);
    let (head, count) = verify_shard(INITIATIVE, 3, &rows).unwrap();
    assert_eq!((head, count), (rows[9].chain, 10));
    assert_eq!(verify_shard(INITIATIVE, 3, &[]).unwrap().1, 0);
}

#[test]
fn a_removed_row_is_named() {
    let mut rows = chain(0, 5);
    rows.remove(2);
    let faults = verify_shard(INITIATIVE, 0, &rows).unwrap_err();
    assert!(
        faults.contains(&ChainFault::Sequence {
            shard: 0,
            expected: 3,
            found: 4
        }),
        "{faults:?}"
    );
    assert!(
        faults.contains(&ChainFault::Hash { shard: 0, seq: 4 }),
        "{faults:?}"
    );
    // The last row removed: the chain itself cannot tell; the count against the worker's
    // counters does (ocs verify compares them).
    let mut rows = chain(0, 5);
    rows.pop();
    assert_eq!(verify_shard(INITIATIVE, 0, &rows).unwrap().1, 4);
}

/// A change made to one row, named for the failure message.
type Alteration = fn(&mut Row);

#[test]
fn altered_rows_are_named() {
    let rows = chain(1, 6);
    let alterations: [(&str, Alteration); 7] = [
        ("envelope", |r| sealed(r).envelope[0] ^= 1),
        ("nationality", |r| r.nationality = "AT".into()),
        ("time", |r| r.submitted_at = "2026-11-22T13:00:00Z".into()),
        ("token", |r| sealed(r).token[5] ^= 1),
        ("id", |r| r.id = StatementId::generate().unwrap()),
        ("contact added", |r| sealed(r).contact = Some(vec![1])),
        ("tombstone with another digest", |r| {
            r.body = Body::Erased {
                erased: Erasure {
                    at: "2026-11-23T00:00:00Z".into(),
                    sealed: [9; 32],
                },
            }
        }),
    ];
    for (what, alter) in alterations {
        let mut bad = rows.clone();
        alter(&mut bad[3]);
        let faults = verify_shard(INITIATIVE, 1, &bad).unwrap_err();
        assert_eq!(
            faults,
            vec![ChainFault::Hash { shard: 1, seq: 4 }],
            "{what}"
        );
    }
}

#[test]
fn reordered_duplicated_and_moved_rows_are_named() {
    let mut rows = chain(2, 5);
    rows.swap(1, 2);
    let faults = verify_shard(INITIATIVE, 2, &rows).unwrap_err();
    assert!(
        faults.contains(&ChainFault::Sequence {
            shard: 2,
            expected: 2,
            found: 3
        }),
        "{faults:?}"
    );

    let mut rows = chain(2, 5);
    let dup = rows[1].clone();
    rows.insert(2, dup);
    let faults = verify_shard(INITIATIVE, 2, &rows).unwrap_err();
    assert!(
        faults.contains(&ChainFault::Sequence {
            shard: 2,
            expected: 3,
            found: 2
        }),
        "{faults:?}"
    );

    // Shard 2's rows presented as shard 4's: genesis differs, so the first row does not chain.
    let rows = chain(2, 3);
    let faults = verify_shard(INITIATIVE, 4, &rows).unwrap_err();
    assert!(faults.contains(&ChainFault::Hash { shard: 4, seq: 1 }));
    assert!(faults.contains(&ChainFault::WrongShard {
        shard: 4,
        seq: 1,
        found: 2
    }));
    // And another initiative's chain does not verify as this one's.
    assert!(verify_shard("ECI(2026)000002", 2, &chain(2, 2)).is_err());
}

#[test]
fn rows_round_trip_through_json() {
    for row in chain(0, 4) {
        let json = serde_json::to_string(&row).unwrap();
        let back: Row = serde_json::from_str(&json).unwrap();
        assert_eq!(back, row);
        assert_eq!(
            json.contains("\"contact\""),
            row.sealed().unwrap().contact.is_some()
        );
    }
}

fn sealed(row: &mut Row) -> &mut Sealed {
    match &mut row.body {
        Body::Sealed(sealed) => sealed,
        Body::Erased { .. } => panic!("erased"),
    }
}

#[test]
fn an_erased_row_keeps_the_chain_and_shows_as_a_tombstone() {
    let rows = chain(3, 5);
    let mut erased = rows.clone();
    erased[2].erase("2026-12-01T10:00:00Z");
    assert!(erased[2].is_erased() && erased[2].dedupe_token().is_none());
    assert_eq!(
        verify_shard(INITIATIVE, 3, &erased).unwrap(),
        verify_shard(INITIATIVE, 3, &rows).unwrap()
    );
    // As JSON: no token, no envelope, the erasure time and the digest the chain covers.
    let json: serde_json::Value = serde_json::to_value(&erased[2]).unwrap();
    assert!(
        json.get("token").is_none() && json.get("envelope").is_none(),
        "{json}"
    );
    assert_eq!(json["erased"]["at"], "2026-12-01T10:00:00Z");
    let back: Row = serde_json::from_value(json).unwrap();
    assert_eq!(back, erased[2]);
    // Erasing again changes nothing.
    let mut twice = erased[2].clone();
    twice.erase("2027-01-01T00:00:00Z");
    assert_eq!(twice, erased[2]);
}
