//! Fixtures of the micro-benchmarks (benches/floors.rs): one valid submission, the signer of
//! the test initiative, and the organiser's keys of both suites.

use ocs_core::{PublicKey, RawSubmission, SecretKey, Suite};

/// A valid Part B submission (Italy: passport), the larger of the two parts.
pub fn submission() -> RawSubmission {
    let (nat, doc, number) = ocs_testkit::PART_B
        .iter()
        .find(|(n, _, _)| *n == "IT")
        .copied()
        .unwrap_or(ocs_testkit::PART_B[0]);
    let pairs = ocs_testkit::part_b(nat, doc, number);
    RawSubmission::from_pairs(pairs.iter().map(|(k, v)| (*k, v.clone())))
}

/// The organiser's key of `suite` and its public key.
pub fn keys(suite: Suite) -> (&'static SecretKey, PublicKey) {
    let secret = ocs_testkit::fuzz::organiser_key(suite);
    let public = secret.public_key().expect("a public key");
    (secret, public)
}
