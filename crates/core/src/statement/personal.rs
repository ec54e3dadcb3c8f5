//! A map of personal data by key, wiped from memory when dropped and never printed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

/// Values by key (a field name, or whatever key a client sent). The values are personal data:
/// `Debug` shows only the keys, and the values are overwritten when the map is dropped or
/// zeroised by its owner.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PersonalData(BTreeMap<String, String>);

impl PersonalData {
    /// The value under `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }

    /// Whether `key` has a value.
    pub fn contains(&self, key: &str) -> bool {
        self.0.contains_key(key)
    }

    /// Sets `key`; returns false, keeping the first value, when it was already set.
    pub fn insert_new(&mut self, key: &str, value: String) -> bool {
        if self.0.contains_key(key) {
            let mut value = value;
            value.zeroize();
            return false;
        }
        self.0.insert(key.to_owned(), value);
        true
    }

    /// Sets `key`, wiping any previous value.
    pub fn set(&mut self, key: &str, value: String) {
        if let Some(mut old) = self.0.insert(key.to_owned(), value) {
            old.zeroize();
        }
    }

    /// Removes and returns the value under `key`, still wiped when the caller drops it.
    pub fn take(&mut self, key: &str) -> Option<zeroize::Zeroizing<String>> {
        self.0.remove(key).map(zeroize::Zeroizing::new)
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    /// Keys and values, in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// How many keys have a value.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no key has a value.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Zeroize for PersonalData {
    fn zeroize(&mut self) {
        for value in self.0.values_mut() {
            value.zeroize();
        }
        self.0.clear();
    }
}

impl Drop for PersonalData {
    fn drop(&mut self) {
        self.zeroize();
    }
}

impl zeroize::ZeroizeOnDrop for PersonalData {}

impl std::fmt::Debug for PersonalData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map()
            .entries(self.0.keys().map(|k| (k, "<redacted>")))
            .finish()
    }
}

impl<K: AsRef<str>> FromIterator<(K, String)> for PersonalData {
    fn from_iter<I: IntoIterator<Item = (K, String)>>(iter: I) -> Self {
        let mut map = PersonalData::default();
        for (k, v) in iter {
            map.set(k.as_ref(), v);
        }
        map
    }
}
