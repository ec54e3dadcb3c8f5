//! Statement ids and dedupe tokens that appear twice in a bundle, found in a few bytes per row.
//!
//! A first pass keeps an 8-byte fingerprint of each id and token (16 bytes a row: 16 MB for a
//! million, where maps of the full keys with their places took some 200 MB); sorting them shows
//! the fingerprints that repeat, which a clean bundle has none of. Only then does a second pass
//! look at the rows with those fingerprints, exactly, so a fingerprint that two different keys
//! share is never reported: the answer is the exact one.

use std::collections::{BTreeMap, HashSet};

use ocs_core::ledger::Row;

/// The fingerprints of the first pass.
#[derive(Default)]
pub struct Fingerprints {
    ids: Vec<u64>,
    tokens: Vec<u64>,
}

fn fingerprint(bytes: &[u8]) -> u64 {
    // SipHash of the whole key (fixed keys: the same in both passes). A crafted bundle that
    // makes fingerprints collide only costs the exact second pass.
    use std::hash::Hasher;
    #[allow(
        deprecated,
        reason = "SipHasher is stable and keyed the same in every pass"
    )]
    let mut h = std::hash::SipHasher::new();
    h.write(bytes);
    h.finish()
}

/// What a second pass must look at: fingerprints seen more than once.
pub struct Suspects {
    ids: HashSet<u64>,
    tokens: HashSet<u64>,
}

fn repeated(mut all: Vec<u64>) -> HashSet<u64> {
    all.sort_unstable();
    all.windows(2)
        .filter_map(|w| match w {
            [a, b] if a == b => Some(*a),
            _ => None,
        })
        .collect()
}

impl Fingerprints {
    /// Records one row.
    pub fn push(&mut self, row: &Row) {
        self.ids.push(fingerprint(row.id.as_bytes()));
        if let Some(sealed) = row.sealed() {
            self.tokens.push(fingerprint(&sealed.token));
        }
    }

    /// The fingerprints that repeat, or `None` when none does (a clean bundle: no second pass).
    pub fn suspects(self) -> Option<Suspects> {
        let suspects = Suspects {
            ids: repeated(self.ids),
            tokens: repeated(self.tokens),
        };
        (!suspects.ids.is_empty() || !suspects.tokens.is_empty()).then_some(suspects)
    }
}

/// Where a key was found: (shard, row), in bundle order.
pub type Places = Vec<(u32, u64)>;

/// The second pass: exact keys of the suspect rows (the whole key, shown as `what`) and where
/// each is.
#[derive(Default)]
pub struct Exact {
    places: BTreeMap<Vec<u8>, (String, Places)>,
}

impl Exact {
    /// Records `row` if one of its fingerprints is a suspect.
    pub fn push(&mut self, suspects: &Suspects, row: &Row) {
        let place = (row.shard, row.seq);
        if suspects.ids.contains(&fingerprint(row.id.as_bytes())) {
            let key = [b"i".as_slice(), row.id.as_bytes()].concat();
            self.places
                .entry(key)
                .or_insert_with(|| (format!("statement {}", row.id), Vec::new()))
                .1
                .push(place);
        }
        if let Some(sealed) = row.sealed() {
            if suspects.tokens.contains(&fingerprint(&sealed.token)) {
                let key = [b"t".as_slice(), &sealed.token].concat();
                let shown = hex::encode(sealed.token.get(..8).unwrap_or_default());
                self.places
                    .entry(key)
                    .or_insert_with(|| (format!("dedupe token {shown}"), Vec::new()))
                    .1
                    .push(place);
            }
        }
    }

    /// Every key found in more than one place, with its places in bundle order.
    pub fn repeats(self) -> Vec<(String, Places)> {
        self.places
            .into_values()
            .filter(|(_, places)| places.len() > 1)
            .collect()
    }
}
