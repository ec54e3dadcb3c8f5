//! Duplicates found after decryption, for `ocs stats --key`.
//!
//! The collector refuses a second statement with the same dedupe token, so exact duplicates in a
//! bundle mean the dedupe secret changed or two ledgers were merged. Near duplicates are what the
//! token cannot see: the same number given as two document types, names in the other field or
//! with a middle name left out. They are listed for the organiser to examine, never removed
//! automatically: two people can share a name and a birthday.
//!
//! Only (truncated) SHA-256 digests of the comparison keys are kept, so a million statements are compared
//! without holding their personal data.

use std::collections::HashMap;

use sha2::{Digest, Sha256};

use ocs_core::dedupe::canonical_identity;
use ocs_core::normalize::{compact_postal_code, fold};
use ocs_core::rules::{Field, Part, Ruleset};
use ocs_core::statement::{Statement, StatementId};

/// What makes a group of statements look like one person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Likeness {
    /// The same identity as the collector's dedupe token sees it.
    Exact,
    /// Part B: the same document number once letters are upper-cased and everything but letters
    /// and digits dropped, whatever document type was chosen.
    SameNumber,
    /// Part A: the same birth date and the same name words, in whichever name field.
    SameNameWords,
    /// Part A: the same birth date, family name, first given name and postal code (a middle name
    /// left out).
    SameFirstGivenName,
    /// Part A: the same birth date and names that look the same (Unicode confusable skeletons,
    /// UTS #39: a Cyrillic "М" for a Latin "M", a Greek "Ο" for an "O").
    LookAlikeNames,
}

impl Likeness {
    /// What the statements have in common, for people.
    pub fn describe(self) -> &'static str {
        match self {
            Likeness::Exact => "exact duplicate (same identity as the dedupe token sees it)",
            Likeness::SameNumber => "same document number, written or typed differently",
            Likeness::SameNameWords => {
                "same birth date and name words, fields swapped or spaced differently"
            }
            Likeness::SameFirstGivenName => {
                "same birth date, family name, first given name and postal code"
            }
            Likeness::LookAlikeNames => {
                "same birth date and names that look alike (letters of other scripts)"
            }
        }
    }

    /// Whether this is the dedupe token's own identity.
    pub fn is_exact(self) -> bool {
        self == Likeness::Exact
    }
}

/// Statements that look like one person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// What they have in common.
    pub likeness: Likeness,
    /// Their nationality.
    pub nationality: String,
    /// The statements, by id.
    pub statements: Vec<StatementId>,
}

/// Collects comparison keys statement by statement; [`Finder::groups`] reports the clusters.
#[derive(Default)]
pub struct Finder {
    seen: HashMap<(Likeness, Digest128), Slot>,
}

/// The first 128 bits of a SHA-256: collisions among a few million keys are out of reach, and a
/// million statements' keys fit in a few hundred MiB.
type Digest128 = [u8; 16];

/// The statements that share one key: the first inline, the rest (rare) in a list.
struct Slot {
    nationality: [u8; 2],
    first: StatementId,
    more: Vec<StatementId>,
}

fn digest(parts: &[&str]) -> Digest128 {
    let mut h = Sha256::new();
    for part in parts {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    let full: [u8; 32] = h.finalize().into();
    let mut short = [0u8; 16];
    short.copy_from_slice(&full[..16]);
    short
}

fn alphanumeric_upper(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect()
}

/// The words of a name, each folded (normalize::fold drops the separators themselves).
fn folded_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect()
}

/// The words of a name by their confusable skeletons (UTS #39), then folded: two names that
/// look the same on paper give the same words, whatever scripts their letters come from.
fn skeleton_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .map(|word| fold(&unicode_security::skeleton(word).collect::<String>()))
        .filter(|w| !w.is_empty())
        .collect()
}

impl Finder {
    /// Adds a decrypted statement's comparison keys.
    pub fn add(&mut self, rules: &Ruleset, statement: &Statement) {
        let Some(state) = rules.state(&statement.nationality) else {
            return;
        };
        let nationality = statement.nationality.as_str();
        let get = |f: Field| statement.field(f).unwrap_or_default();
        let mut keys = Vec::with_capacity(3);
        if let Ok(identity) = canonical_identity(rules, statement) {
            keys.push((Likeness::Exact, digest(&[&identity])));
        }
        match state.part() {
            Part::B => {
                let number = alphanumeric_upper(get(Field::IdNumber));
                keys.push((Likeness::SameNumber, digest(&[nationality, &number])));
            }
            Part::A => {
                let born = get(Field::DateOfBirth);
                let family = fold(get(Field::FamilyNames));
                let given_words = folded_words(get(Field::FullFirstNames));
                let mut words = folded_words(get(Field::FamilyNames));
                words.extend(given_words.iter().cloned());
                words.sort_unstable();
                let words = words.join(" ");
                keys.push((
                    Likeness::SameNameWords,
                    digest(&[nationality, born, &words]),
                ));
                let first = given_words.first().map(String::as_str).unwrap_or_default();
                let postal = compact_postal_code(get(Field::PostalCode));
                keys.push((
                    Likeness::SameFirstGivenName,
                    digest(&[nationality, born, &family, first, &postal]),
                ));
                let mut look_alike = skeleton_words(get(Field::FamilyNames));
                look_alike.extend(skeleton_words(get(Field::FullFirstNames)));
                look_alike.sort_unstable();
                keys.push((
                    Likeness::LookAlikeNames,
                    digest(&[nationality, born, &look_alike.join(" ")]),
                ));
            }
        }
        let code = nationality.as_bytes();
        let code = [
            code.first().copied().unwrap_or(b'?'),
            code.get(1).copied().unwrap_or(b'?'),
        ];
        for key in keys {
            match self.seen.entry(key) {
                std::collections::hash_map::Entry::Occupied(mut slot) => {
                    slot.get_mut().more.push(statement.id)
                }
                std::collections::hash_map::Entry::Vacant(slot) => {
                    slot.insert(Slot {
                        nationality: code,
                        first: statement.id,
                        more: Vec::new(),
                    });
                }
            }
        }
    }

    /// Every group of two or more statements, each set once under its strongest likeness.
    pub fn groups(self) -> Vec<Group> {
        let mut groups: Vec<Group> = self
            .seen
            .into_iter()
            .filter(|(_, slot)| !slot.more.is_empty())
            .map(|((likeness, _), slot)| {
                let mut statements = slot.more;
                statements.push(slot.first);
                statements.sort();
                Group {
                    likeness,
                    nationality: String::from_utf8_lossy(&slot.nationality).into_owned(),
                    statements,
                }
            })
            .collect();
        groups.sort_by(|a, b| {
            (a.likeness, &a.nationality, &a.statements).cmp(&(
                b.likeness,
                &b.nationality,
                &b.statements,
            ))
        });
        // Groups are in likeness order, exact first: report each set of statements once, under
        // the strongest likeness.
        let mut reported = std::collections::HashSet::new();
        groups.retain(|g| reported.insert(g.statements.clone()));
        groups
    }
}
