//! End to end, the seam between two regular-expression engines: the worker matches the ruleset's
//! patterns with the JavaScript runtime's `RegExp` (`src/patterns.rs`), `ocs` and every native
//! test with regex-lite (`ocs_core::rules::Pattern`). Identification numbers and postal codes
//! drawn at random, shaped like what people type (mostly digits, some letters, now and then a
//! character no pattern names), are signed through the worker against every document and every
//! postal-code rule of the ECI's ruleset; the worker's verdict on each must be exactly the native
//! validator's on the same submission: accepted by both, or refused by both with the same codes.
#![cfg(feature = "e2e")]

mod support;

use std::collections::BTreeSet;

use ocs_core::ValidationError;
use ocs_testkit::{part_a, part_b, rules, validate_at, PART_B};
use support::*;

/// Values shaped like what people type.
trait Values {
    fn value(&mut self) -> String;
    fn value_like(&mut self, like: &str) -> String;
}

impl Values for Draw {
    /// A value of 1 to 14 characters: digits mostly, capitals often, else something odd.
    fn value(&mut self) -> String {
        const ODD: [char; 6] = ['a', 'Ä', 'Ø', 'Σ', '_', '0'];
        (0..1 + self.below(14))
            .map(|_| match self.below(20) {
                0..=12 => char::from(b'0' + self.below(10) as u8),
                13..=18 => char::from(b'A' + self.below(26) as u8),
                _ => ODD[self.below(ODD.len())],
            })
            .collect()
    }

    /// Mostly a value of the same length as `like` (a valid one, so that many drawn values
    /// match), else any value.
    fn value_like(&mut self, like: &str) -> String {
        if self.below(3) == 0 {
            return self.value();
        }
        like.chars()
            .map(|c| match (c.is_ascii_digit(), self.below(20)) {
                (true, 0) => char::from(b'A' + self.below(26) as u8),
                (true, _) => char::from(b'0' + self.below(10) as u8),
                (false, 0) => char::from(b'0' + self.below(10) as u8),
                (false, _) => char::from(b'A' + self.below(26) as u8),
            })
            .collect()
    }
}

fn client(n: usize) -> String {
    format!("10.88.{}.{}", n / 250, n % 250 + 1)
}

/// The verdict as the JSON API words it: accepted, or the sorted `field:code` refusals.
type Verdict = Result<(), BTreeSet<String>>;

fn native_verdict(pairs: &[(&'static str, String)]) -> Verdict {
    let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    match validate_at(&borrowed, time::OffsetDateTime::now_utc()) {
        Ok(_) => Ok(()),
        Err(ValidationError::Invalid(errors)) => Err(errors
            .into_iter()
            .map(|e| format!("{}:{}", e.field, e.code.as_str()))
            .collect()),
        Err(other) => panic!("the collection is open: {other}"),
    }
}

fn worker_verdict(reply: &Reply) -> Verdict {
    match reply.status {
        201 => Ok(()),
        422 => Err(reply.json()["errors"]
            .as_array()
            .expect("errors")
            .iter()
            .map(|e| {
                format!(
                    "{}:{}",
                    e["field"].as_str().unwrap_or(""),
                    e["code"].as_str().unwrap_or("")
                )
            })
            .collect()),
        other => panic!("neither accepted nor refused: {other} {}", reply.body),
    }
}

#[test]
fn the_worker_matches_patterns_as_regex_lite_does() {
    let w = open_worker();
    let mut draw = Draw(0x7061_7474_6572_6e73);
    let mut submissions: Vec<Vec<(&'static str, String)>> = Vec::new();

    // Every document of every state: the number drawn (like a valid one where the test kit
    // has one, so that many match), the rest a valid Part B submission.
    for (code, state) in &rules().states {
        for doc in &state.documents {
            let valid = PART_B
                .iter()
                .find(|(nat, t, _)| nat == code && *t == doc.doc_type)
                .map_or("AB1234567", |(_, _, number)| number);
            for k in 0..6 {
                let number = if k % 2 == 0 {
                    draw.value_like(valid)
                } else {
                    draw.value()
                };
                submissions.push(part_b(code, &doc.doc_type, &number));
            }
        }
    }
    // Every postal-code rule, by country of residence, for a German signatory living there.
    for (country, rule) in &rules().postal_codes {
        // As long as the first count the pattern names ("^[0-9]{5}$": five digits).
        let length = rule
            .pattern
            .as_str()
            .split('{')
            .nth(1)
            .and_then(|count| count.split([',', '}']).next()?.parse().ok())
            .unwrap_or(4);
        for _ in 0..4 {
            let mut pairs = part_a("DE");
            let postal = draw.value_like(&"0".repeat(length));
            for (key, value) in pairs.iter_mut() {
                match *key {
                    "country" => *value = country.clone(),
                    "postal_code" => *value = postal.clone(),
                    _ => {}
                }
            }
            submissions.push(pairs);
        }
    }

    let (mut accepted, mut refused) = (0, 0);
    for (n, mut pairs) in submissions.into_iter().enumerate() {
        // One signatory each: an accepted statement is never a duplicate of another.
        for (key, value) in pairs.iter_mut() {
            if *key == "family_names" {
                *value = format!("Muster{}", ocs_testkit::letters(n as u64));
            }
        }
        let expected = native_verdict(&pairs);
        let reply = w.sign_json(&client(n), &pairs, "pass");
        let got = worker_verdict(&reply);
        assert_eq!(got, expected, "{pairs:?}");
        match got {
            Ok(()) => accepted += 1,
            Err(_) => refused += 1,
        }
    }
    eprintln!("patterns seam: {accepted} accepted, {refused} refused alike");
    assert!(
        accepted >= 20 && refused >= 20,
        "both verdicts exercised: {accepted} accepted, {refused} refused"
    );
}
