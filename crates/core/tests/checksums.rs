//! Check-digit algorithms against python-stdnum, an independent implementation: numbers it
//! accepts pass (with the birth date it reads), numbers it refuses fail for the same reason.

use ocs_core::checksum::{Checksum, ChecksumError};
use ocs_core::dates::parse_iso_date;

const TODAY: &str = "2026-11-22";

fn today() -> time::Date {
    parse_iso_date(TODAY).unwrap()
}

/// The verdicts of python-stdnum (`vectors/stdnum_checksums.py`, committed as
/// `vectors/checksums.json`).
fn vectors() -> serde_json::Value {
    serde_json::from_str(include_str!("vectors/checksums.json")).expect("JSON")
}

fn algorithm(name: &str) -> Checksum {
    Checksum::all()
        .find(|c| format!("{c:?}") == name)
        .unwrap_or_else(|| panic!("no algorithm {name}"))
}

#[test]
fn every_algorithm_has_stdnum_verdicts() {
    let v = vectors();
    let covered: Vec<String> = v["algorithms"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    for algorithm in Checksum::all() {
        assert!(covered.contains(&format!("{algorithm:?}")), "{algorithm:?}");
    }
}

#[test]
fn numbers_stdnum_accepts_pass_and_give_the_same_birth_date() {
    for (name, verdicts) in vectors()["algorithms"].as_object().unwrap() {
        let algorithm = algorithm(name);
        for valid in verdicts["valid"].as_array().unwrap() {
            let number = valid["number"].as_str().unwrap();
            let born = valid["born"].as_str().map(|b| parse_iso_date(b).unwrap());
            let ours = algorithm.verify(number, today());
            // Where stdnum reads no date (or the format has none), ours may still read one.
            match born {
                Some(_) => assert_eq!(ours, Ok(born), "{name} {number}"),
                None => assert!(ours.is_ok(), "{name} {number}: {ours:?}"),
            }
        }
    }
}

#[test]
fn numbers_stdnum_refuses_fail_for_the_same_reason() {
    for (name, verdicts) in vectors()["algorithms"].as_object().unwrap() {
        let algorithm = algorithm(name);
        for invalid in verdicts["invalid"].as_array().unwrap() {
            let number = invalid["number"].as_str().unwrap();
            let expected = match invalid["error"].as_str().unwrap() {
                "check_digit" => ChecksumError::CheckDigit,
                "encoded_date" => ChecksumError::EncodedDate,
                _ => ChecksumError::Shape,
            };
            assert_eq!(
                algorithm.verify(number, today()),
                Err(expected),
                "{name} {number}"
            );
        }
    }
}

#[test]
fn the_committed_verdicts_are_what_stdnum_says() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
    let out = std::process::Command::new("python3")
        .arg(dir.join("stdnum_checksums.py"))
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "python-stdnum (scripts/test installs it): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(
        printed,
        vectors(),
        "regenerate: python3 {}",
        dir.join("stdnum_checksums.py").display()
    );
}

#[test]
fn wrong_shapes_are_errors_not_panics() {
    for algorithm in Checksum::all() {
        for junk in [
            "",
            "1",
            "ABCDEFGHIJKLM",
            "12345678901234567890",
            "１２３４５６７８９０１",
            "ÄÖÜ",
        ] {
            assert_eq!(
                algorithm.verify(junk, today()),
                Err(ChecksumError::Shape),
                "{algorithm:?} {junk:?}"
            );
        }
    }
}

#[test]
fn every_single_digit_change_is_caught_by_mod_11_and_mod_97_algorithms() {
    // Weighted mod-11/97 checks detect every single-digit substitution; Luhn-style ones too.
    let samples = [
        (Checksum::BeNationalNumber, "85073003328"),
        (Checksum::HrOib, "33392005961"),
        (Checksum::PlPesel, "44051401359"),
        (Checksum::SePersonnummer, "6101164546"),
        (Checksum::PtCitizenCard, "622838191AB3"),
    ];
    for (algorithm, number) in samples {
        for i in 0..number.len() {
            for digit in '0'..='9' {
                let original = number.as_bytes()[i] as char;
                if digit == original || !original.is_ascii_digit() {
                    continue;
                }
                let mut changed: Vec<char> = number.chars().collect();
                changed[i] = digit;
                let changed: String = changed.into_iter().collect();
                let outcome = algorithm.verify(&changed, today());
                assert!(
                    matches!(
                        outcome,
                        Err(ChecksumError::CheckDigit | ChecksumError::EncodedDate)
                    ),
                    "{algorithm:?}: {changed} should fail its check, not {outcome:?}"
                );
            }
        }
    }
}
