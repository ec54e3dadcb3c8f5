//! End to end, the seam between two normalisers: the worker normalises with the JavaScript
//! runtime's ICU (`src/unicode.rs`), the organiser's tools and every native test with
//! unicode-normalization's tables (`ocs_core::normalize`). Names drawn at random from Unicode's
//! corners (precomposed and combining accents in every order, polytonic Greek, Cyrillic,
//! conjoining Hangul jamo, singletons such as the Ångström and Ohm signs, ligatures, full-width
//! and mathematical letters) are signed through the worker; what it stored must be exactly what
//! the tables make of the same input, and a variant the tables fold to the same person (another
//! normal form, another case, compatibility characters spelled out) must be refused as the same
//! signatory.
#![cfg(feature = "e2e")]

mod support;

use std::collections::BTreeMap;

use ocs_core::normalize::{clean_text, fold, is_forbidden, normalized, Form};
use ocs_testkit::part_a;
use support::*;

/// Characters to draw names from, by kind (each a letter or a combining mark, as names allow).
const BASES: [(u32, u32); 9] = [
    (0x41, 0x5A),       // A–Z
    (0xC0, 0xFF),       // Latin-1 letters (precomposed accents)
    (0x100, 0x17F),     // Latin Extended-A
    (0x1EA0, 0x1EF9),   // Vietnamese (stacked accents)
    (0x386, 0x3CE),     // Greek with tonos
    (0x1F00, 0x1FBC),   // polytonic Greek (canonical singletons among them)
    (0x410, 0x44F),     // Cyrillic
    (0xFF21, 0xFF3A),   // full-width Latin (compatibility)
    (0x1D400, 0x1D433), // mathematical bold (compatibility)
];
/// Combining marks, in any order after a letter (NFC reorders them by combining class).
const MARKS: (u32, u32) = (0x300, 0x36F);
/// Characters whose normal form is another character, or several.
const ODD: [char; 10] = [
    '\u{212B}', // ANGSTROM SIGN → Å
    '\u{2126}', // OHM SIGN → Ω
    '\u{FB01}', // ﬁ
    '\u{FB00}', // ﬀ
    '\u{1E9E}', // ẞ
    '\u{0149}', // ŉ (ʼn)
    '\u{01C4}', // Ǆ
    '\u{1100}', // ᄀ, a leading jamo ...
    '\u{1161}', // ᅡ ... and a vowel: together one syllable in NFC
    '\u{00B5}', // MICRO SIGN → μ
];

/// Names drawn from the ranges above.
trait Names {
    fn next(&mut self, below: u32) -> u32;
    fn from(&mut self, range: (u32, u32)) -> char;
    fn name(&mut self) -> String;
}

impl Names for Draw {
    fn next(&mut self, below: u32) -> u32 {
        self.below(below as usize) as u32
    }

    fn from(&mut self, (first, last): (u32, u32)) -> char {
        loop {
            if let Some(c) = char::from_u32(first + self.next(last - first + 1)) {
                // Not the grapheme joiner among the marks: it is default-ignorable, refused.
                if (c.is_alphabetic() || first == MARKS.0) && !is_forbidden(c) {
                    return c;
                }
            }
        }
    }

    fn name(&mut self) -> String {
        let mut name = String::new();
        for _ in 0..2 + self.next(6) {
            let base = BASES[self.next(BASES.len() as u32) as usize];
            name.push(self.from(base));
            for _ in 0..self.next(3) {
                name.push(self.from(MARKS));
            }
            if self.next(4) == 0 {
                name.push(ODD[self.next(ODD.len() as u32) as usize]);
            }
        }
        name
    }
}

/// Made only of what names are drawn from (a compatibility decomposition may bring other
/// characters: Ŀ becomes L and a middle dot, which no name may hold).
fn is_a_name(s: &str) -> bool {
    s.chars().all(|c| {
        (c.is_alphabetic() || (MARKS.0..=MARKS.1).contains(&u32::from(c))) && !is_forbidden(c)
    })
}

fn client(n: usize) -> String {
    format!("10.77.{}.{}", n / 250, n % 250 + 1)
}

fn signature(first: &str, family: &str, n: usize) -> Vec<(&'static str, String)> {
    let mut pairs = part_a("DE");
    for (key, value) in pairs.iter_mut() {
        match *key {
            "full_first_names" => *value = first.to_owned(),
            "family_names" => *value = family.to_owned(),
            // A birth date per signatory: two drawn names never count as one person.
            "date_of_birth" => {
                *value = format!("19{:02}-{:02}-{:02}", 40 + n / 28, 1 + n % 12, 1 + n % 28)
            }
            _ => {}
        }
    }
    pairs
}

#[test]
fn the_worker_normalises_and_folds_as_the_tables_do() {
    let w = open_worker();
    let mut draw = Draw(0x6F63_732D_6564_6765);
    let mut signed: BTreeMap<String, (String, String)> = BTreeMap::new();
    for n in 0..48 {
        let (first, family) = (draw.name(), draw.name());
        let reply = w.sign_json(&client(n), &signature(&first, &family, n), "pass");
        assert_eq!(reply.status, 201, "{first:?} {family:?}: {}", reply.body);
        let id = reply.json()["id"].as_str().unwrap_or_default().to_owned();

        // The same person in another normal form, case or compatibility spelling: the first
        // of these, from the n-th on, that the tables fold to the same person.
        let clean = |s: &str| clean_text(s).expect("clean");
        let same_person = |a: &str, b: &str| fold(&clean(a)) == fold(&clean(b));
        let variant = |s: &str| -> String {
            let decomposed = normalized(s, Form::Nfd).expect("tables");
            let candidates = [
                decomposed.clone(),
                decomposed.to_uppercase(),
                normalized(s, Form::Nfkd).expect("tables"),
            ];
            (0..3)
                .map(|k| candidates[(n + k) % 3].clone())
                .find(|v| is_a_name(v) && same_person(s, v))
                .unwrap_or(decomposed)
        };
        let (first_again, family_again) = (variant(&first), variant(&family));
        assert!(same_person(&first, &first_again) && same_person(&family, &family_again));
        let again = w.sign_json(
            &client(100 + n),
            &signature(&first_again, &family_again, n),
            "pass",
        );
        assert_eq!(
            (again.status, again.code()),
            (409, "already_supported".into()),
            "{first_again:?} {family_again:?} after {first:?} {family:?}: {}",
            again.body
        );
        signed.insert(id, (first, family));
    }

    let organiser = &setup().organiser;
    let mut compared = 0;
    for row in w.export_all().into_iter().flatten() {
        let Some((first, family)) = signed.get(&row.id.to_string()) else {
            continue;
        };
        let statement = open_statement(organiser, &row);
        let stored = |field: &str| statement.fields.get(field).map(str::to_owned);
        assert_eq!(stored("full_first_names"), clean_text(first), "{first:?}");
        assert_eq!(stored("family_names"), clean_text(family), "{family:?}");
        compared += 1;
    }
    assert_eq!(compared, signed.len(), "every accepted statement compared");
}

/// A free-text field takes any assigned character the tables accept, but the worker refuses a
/// code point its runtime's Unicode does not assign: a later Unicode version could give it
/// another normal form, and so change what was stored.
#[test]
fn a_code_point_unicode_does_not_assign_is_refused() {
    let street = "Hauptstra\u{378}e";
    assert!(
        clean_text(street).is_some(),
        "the tables alone would take it"
    );
    let w = open_worker();
    let mut pairs = signature("Anna", "Unassigned", 200);
    for (key, value) in pairs.iter_mut() {
        if *key == "street" {
            *value = street.to_owned();
        }
    }
    let reply = w.sign_json(&client(200), &pairs, "pass");
    assert_eq!(
        (reply.status, reply.code()),
        (422, "invalid".into()),
        "{}",
        reply.body
    );
    let errors = reply.json()["errors"].clone();
    assert_eq!(errors[0]["field"], "street", "{errors}");
    assert_eq!(errors[0]["code"], "invalid_characters", "{errors}");
}

/// A Greek name typed in capitals is the same person: the worker lowers case character by
/// character, as the tables do, and the fold writes the final sigma as the medial one.
#[test]
fn a_greek_name_in_capitals_is_refused_as_the_same_signatory() {
    let w = open_worker();
    let first = w.sign_json(
        &client(300),
        &signature("Γιώργος", "Παπαδόπουλος", 300),
        "pass",
    );
    assert_eq!(first.status, 201, "{}", first.body);
    let again = w.sign_json(
        &client(301),
        &signature("ΓΙΩΡΓΟΣ", "ΠΑΠΑΔΟΠΟΥΛΟΣ", 300),
        "pass",
    );
    assert_eq!(
        (again.status, again.code()),
        (409, "already_supported".into()),
        "{}",
        again.body
    );
}
